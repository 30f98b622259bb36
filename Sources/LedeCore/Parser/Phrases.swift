import Foundation

/// Words and phrases that mark a line as page furniture rather than story text. General web
/// vocabulary, not any one site's.
enum Phrases {
    /// "keep reading", "read more", "show less" … alone or run together ("keep readingShow less").
    /// (`key`: the bytes of the line's `shortKey`.)
    /// (Inlined: its first checks turn nearly every line away without a call.)
    @inline(__always)
    static func isExpandControl(_ line: Subject, key: UnsafeBufferPointer<UInt8>, lists: borrowing LineLists) -> Bool {
        guard line.wordCount <= 8, let first = key.first,
              first >= 0x40, first < 0x80, lists.expandControlStarts >> UInt64(first - 0x40) & 1 != 0 else { return false }
        return isExpandControl(key: key)
    }

    /// Whether a key is made of expand controls and nothing else.
    @inline(never)
    private static func isExpandControl(key: UnsafeBufferPointer<UInt8>) -> Bool {
        var rest = key[...]
        while !rest.isEmpty {
            guard let control = expandControlBytes.first(where: { rest.starts(with: $0) }) else { return false }
            rest = rest.dropFirst(control.count)
        }
        return true
    }

    /// The controls' first bytes, a bit each counted from 0x40 (all are lower-case ASCII letters).
    static let expandControlStarts: UInt64 = expandControls.reduce(0) { $0 | 1 << UInt64($1.utf8.first! - 0x40) }
    static let expandControlBytes = expandControls.map { Array($0.utf8) }
    static let expandControls = [
        "keepreading", "readmore", "continuereading", "showless", "showmore", "readfullstory",
        "readthefullstory", "readfullarticle", "seemore", "expand", "collapse",
    ]

    /// The text after an image-credit prefix (`Top image credit: X` → `X`), or nil.
    static func credit(in line: Line) -> String? { line.credit }

    /// The credit in a line's text, if it starts with a credit prefix (`lower`: the text lower-cased).
    /// (Inlined: a line whose first byte opens no credit, nearly every line, is turned away
    /// without a call.)
    @inline(__always)
    static func credit(in text: String, lower: LoweredBytes, lists: borrowing LineLists) -> String? {
        guard let first = lower.bytes.first, first == 0xC2 || lists.creditPrefixes.mayOpen(lower.bytes) else { return nil }
        return creditAfterAll(in: text, lower: lower)
    }

    @inline(never)
    private static func creditAfterAll(in text: String, lower: LoweredBytes) -> String? {
        // "© AGENCY / PHOTOGRAPHER" under a picture; a copyright notice has its year.
        let bytes = lower.bytes
        if bytes.first == 0xC2, bytes.dropFirst().first == 0xA9, bytes.count <= 60,
           !bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            return String(text.dropFirst()).trimmingSpaces()
        }
        guard let prefix = creditPrefixes.first(opening: lower) else {
            // "CreditKevin Frayer/Getty Images": the label run into the name.
            guard text.utf8.starts(with: "Credit".utf8), runInCreditStart(in: text) == 6 else { return nil }
            return String(text.dropFirst(6)).trimmingSpaces()
        }
        let rest = text.dropFirst(prefix.count).drop { $0 == ":" || $0 == " " || $0 == "-" }
        return String(rest).trimmingSpaces()
    }

    static let creditPrefixes = Prefixes([
        "top image credit:", "top image credit", "image credit:", "image credits:", "photo credit:", "photo credits:",
        "image source:", "photo source:", "image source, ", "image caption, ", "media caption, ", "image courtesy of ", "photo courtesy of ", "courtesy of ",
        "image:", "photo:", "photograph:", "credit:", "credits:", "picture:", "illustration:", "foto:",
        "photographer:", "photo by ", "photos by ", "photography by ", "image by ", "illustration by ",
        "photo :", "crédit photo", "crédits photo", "bild:", "foto di ", "foto de ", "fot.", "zdjęcie:",
        "Фото:", "ФОТО:", "Φωτογραφία:", "写真：", "照片：", "图片来源", "사진=", "사진 =",
        "fotó:", "kuva:", "φωτο:", "ảnh:", "Ảnh:", "ภาพ:", "ภาพ :", "צילום:", "صورة:", "تصوير:", "عکس:", "फोटो:", "फोटो :",
        "摄影：", "攝影：", "图片：", "圖片：",
        "photographs by ", "photographs and words by ", "words and photographs by ", "words and pictures by ", "text and photos by ",
        // "Photo by … on Unsplash" as Dutch, German and the Nordic languages write it.
        "foto door ", "foto van ", "foto von ", "bild von ", "foto av ", "foto af ",
    ])

    /// The lists a line is looked up in as it is read, searched in one pass over its lowered text
    /// (lines of up to `lineListsWordLimit` words). `promotion` is `isPromotion`'s list, whose
    /// word limit is the same.
    struct Hits: OptionSet {
        let rawValue: UInt8
        static let callToAction = Hits(rawValue: 1)
        static let copyright = Hits(rawValue: 2)
        static let footer = Hits(rawValue: 4)
        static let caption = Hits(rawValue: 8)
        static let creditLabel = Hits(rawValue: 16)
        static let month = Hits(rawValue: 32)
        static let promotion = Hits(rawValue: 64)
        static let legal = Hits(rawValue: 128)
    }

    static let lineListsWordLimit = 60
    static let lineLists = LineLists()

    /// The line lists, searched for only those whose answer a check will ask: each check asks
    /// some of them only of some lines (see `needed`), and a list left out of the search is
    /// phrases fewer to stop at in every line's bytes ("mar", "dec" open many a word).
    ///
    /// It holds the key sets and prefixes that the checks look every line up in too, read
    /// through the one value `Line.init` fetches: each static list a check read was a
    /// `swift_once` call, some eight a line.
    struct LineLists: Sendable {
        /// The search for each set of the lists that some lines do not need (by `Hits` raw value).
        private let searches: [PhraseSet]
        let expandControlStarts = Phrases.expandControlStarts
        let creditPrefixes = Phrases.creditPrefixes
        let controlLabels = Phrases.controlLabels
        let relatedPrefixes = Phrases.relatedPrefixes, relatedLowerPrefixes = Phrases.relatedLowerPrefixes
        let bylinePrefixes = Phrases.bylinePrefixes
        let articleEnds = Phrases.articleEnds, articleEndPrefixes = Phrases.articleEndPrefixes, feedbackQuestions = Phrases.feedbackQuestions
        let paywallOpenings = Phrases.paywallOpenings
        let linkBoxes = Phrases.linkBoxes, linkBoxPrefixes = Phrases.linkBoxPrefixes
        let addressFields = SignupBox.fieldLabels
        /// The lists that some lines need and others do not.
        private static let optional: Hits = [.callToAction, .copyright, .footer, .caption, .month]

        init() {
            let lists: [(phrases: [String], hit: Hits)] = [
                (callToAction, .callToAction), (["copyright"], .copyright), (footer, .footer), (captionPhrases, .caption),
                (creditHitPhrases, .creditLabel), (months, .month), (promotions, .promotion), (legalNotices, .legal),
            ]
            // Made for the sets `needed` gives alone: the others are never searched.
            let never = PhraseSet(tagged: [])
            searches = (0...Int(Self.optional.rawValue)).map { raw in
                let optional = Hits(rawValue: UInt8(raw)).intersection(Self.optional)
                guard Self.isGiven(optional) else { return never }
                let wanted = optional.union(Hits(rawValue: ~Self.optional.rawValue))
                return PhraseSet(tagged: lists.filter { wanted.contains($0.hit) }.map { ($0.phrases, $0.hit.rawValue) })
            }
        }

        /// Whether `needed` can give these optional lists: the calls to action and "copyright"
        /// together, the footers with them, the months only with them (their word limits nest).
        private static func isGiven(_ optional: Hits) -> Bool {
            optional.contains(.callToAction) == optional.contains(.copyright)
                && (!optional.contains(.callToAction) || optional.contains(.footer))
                && (!optional.contains(.month) || optional.contains(.callToAction))
        }

        /// The lists whose hits the checks ask of a line like this: `isCallToAction` asks the
        /// calls to action and "copyright" of lines of up to 20 words, the footers of lines of up
        /// to 40; `isBylineOrDate` the months of lines of up to 14 words with two digits or more
        /// that do not end a sentence; `isCaption` the caption phrases of lines with no sentence
        /// break inside. The rest are asked of every line.
        static func needed(words: Int, digits: Int, endsSentence: Bool, innerBreak: Bool) -> Hits {
            var needed = Hits(rawValue: ~optional.rawValue)
            if words <= 20 { needed.formUnion([.callToAction, .copyright]) }
            if words <= 40 { needed.insert(.footer) }
            if words <= 14, digits >= 2, !endsSentence { needed.insert(.month) }
            if !innerBreak { needed.insert(.caption) }
            return needed
        }

        /// The hits among the `needed` lists (others are not looked for).
        func hits(in lower: LoweredBytes, needed: Hits) -> Hits {
            Hits(rawValue: searches[Int(needed.intersection(Self.optional).rawValue)].tags(in: lower.bytes))
        }
    }

    /// Calls to action, sharing, newsletters, cookies, ads: furniture in any position.
    /// (`key`: the bytes of the line's `shortKey`.)
    static func isCallToAction(_ line: Subject, lower: LoweredBytes, key: UnsafeBufferPointer<UInt8>, hits: Hits, lists: borrowing LineLists) -> Bool {
        // Past a short line, "copyright" may be what an article is about; "all rights reserved" is
        // never prose, whatever the length.
        guard line.wordCount <= 40 else { return RightsReserved.isSaid(in: line.bytes) }
        if line.wordCount <= 20 {
            if hits.contains(.copyright) { return true }
            // A phrase the story may say in passing ("sponsored by", "his comments") counts only
            // where it stands as a button's or a box's.
            if hits.contains(.callToAction),
               CallToActionPlace.isFurniture(lower: lower.bytes, words: line.wordCount, endsSentence: line.endsSentence) { return true }
        }
        if lists.controlLabels.contains(bytes: key) { return true }
        // (An ad slot's label beyond ASCII, which `controlLabels` cannot hold; few lines are so short.)
        if !line.isASCII, line.wordCount <= 2, key.count <= 30, holds(adLabelsBeyondASCII, key) { return true }
        // (And a share button's, whose CJK reads as several words.)
        if !line.isASCII, line.wordCount <= 6, key.count <= 30, holds(shareLabelsBeyondASCII, key) { return true }
        return hits.contains(.footer) || isRelatedLink(line, lower: lower, lists: lists)
    }

    /// Legal and citation footers, whatever their length ("copyright" only in short lines, above).
    static let footer = ["all rights reserved", "retrieved from", "quote data provided", "is delayed by"] + seriesNotes + rightsReservedAbroad
    /// The note that a story belongs to a series, under it: the story never says so of itself.
    static let seriesNotes = [
        "this article is part of", "this story is part of", "this piece is part of", "this post is part of", "cet article fait partie",
        "este artículo forma parte", "dieser artikel ist teil", "questo articolo fa parte", "dit artikel is onderdeel", "este artigo faz parte",
    ]
    /// "All rights reserved" in the other languages of the stop-word lists, as sites write it.
    static let rightsReservedAbroad = [
        "droits réservés", "derechos reservados", "direitos reservados", "diritti riservati", "rechte vorbehalten",
        "rechten voorbehouden", "права защищены", "права захищені", "prawa zastrzeżone", "práva vyhrazena",
        "hakları saklıdır", "hak cipta dilindungi", "الحقوق محفوظة", "版权所有", "版權所有", "無断転載", "무단 전재", "무단전재", "सर्वाधिकार सुरक्षित",
        "παντός δικαιώματος",
        // A Chinese blog's reposting notice and licence.
        "转载请注明", "轉載請註明", "版权声明：", "版權聲明：", "未经授权禁止转载", "未經授權禁止轉載",
        // A Chinese site's licence and registration numbers.
        "icp备", "icp證", "公网安备", "网站标识码",
    ]
    /// "All rights reserved" as long paragraphs write it (long lines are not lower-cased).
    static let rightsReservedSet = PhraseSet(["all rights reserved", "All rights reserved", "All Rights Reserved", "ALL RIGHTS RESERVED"])

    /// A link to another story: `Headline [VIDEO]`, `SEE MORE: Headline`, `READ MORE: …`.
    static func isRelatedLink(_ line: Subject, lower: LoweredBytes, lists: borrowing LineLists) -> Bool {
        // (Asked of the text's bytes, without a copy of the text: most lines differ from every
        // phrase in their first bytes.)
        let bytes = line.bytes
        guard let last = bytes.last else { return false }
        // (Past a mark that points at the link, "►延伸閱讀：…".)
        let opening = FramingMarks.trimmed(bytes)
        if lists.relatedPrefixes.mayOpen(opening),
           lists.relatedPrefixes.first(openingBytes: opening, of: { opening.count == bytes.count ? line.text : String(decoding: opening, as: UTF8.self) }) != nil { return true }
        if lists.relatedLowerPrefixes.first(opening: lower) != nil || opensRelatedTitle(lower) { return true }
        // Every tag ends in "]" or "]|". (A text ending in "|" or "]" ends in its byte: the byte is asked first.)
        guard last == 0x5D || last == 0x7C else { return false }
        return RelatedLinkTag.ends(bytes) ?? endsWithCapitalsTag(line.text)
    }

    /// Whether the text ends in a tag of capitals in brackets (`[VIDEO]`, `[VIDEO]|`), read by
    /// characters: for the tags `RelatedLinkTag` cannot tell from their bytes. (A function of its
    /// own: Character's properties, inlined, cost every line a metadata lookup.)
    @inline(never)
    private static func endsWithCapitalsTag(_ text: String) -> Bool {
        let trimmed = text.utf8.last == 0x7C && text.hasSuffix("|") ? String(text.dropLast()) : text
        if trimmed.utf8.last == 0x5D, trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "[") {
            let tag = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            return !tag.isEmpty && tag.allSatisfy { $0.isUppercase || $0 == " " }
        }
        return false
    }

    /// Matched against the text as written: scripts the lowered text leaves as they are.
    static let relatedPrefixes = Prefixes([
        "SEE MORE", "READ MORE", "RELATED", "MORE:", "WATCH:", "READ:", "ALSO READ", "LEIA TAMBÉM", "VEJA TAMBÉM",
        "Читайте также", "ЧИТАЙТЕ ТАКЖЕ", "Смотрите также", "Читайте також", "Дивіться також", "Διαβάστε επίσης", "Διαβάστε ακόμη",
        "اقرأ أيضا", "اقرأ أيضاً", "اقرأ أيضًا", "यह भी पढ़ें", "ये भी पढ़ें", "相关阅读", "延伸阅读", "推荐阅读", "相關閱讀", "延伸閱讀", "関連記事", "続きを読む",
        "あわせて読みたい", "관련기사", "관련 기사", "Δείτε επίσης", "ΔΕΙΤΕ ΕΠΙΣΗΣ", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "CITEȘTE ȘI", "Citește și",
        "İLGİLİ HABER", "İlgili Haber", "Čtěte také", "Čtěte též", "بیشتر بخوانید", "اقرأ المزيد", "อ่านเพิ่มเติม", "อ่านข่าวที่เกี่ยวข้อง", "อ่านข่าวเพิ่มเติม",
        "קראו עוד", "קרא עוד", "আরও পড়ুন", "আরো পড়ুন", "और पढ़ें",
        // Marathi, Tamil, Urdu, Serbian, Bulgarian and Ukrainian.
        "हेही वाचा", "हे देखील वाचा", "हे पण वाचा", "இதையும் படிக்க", "இதையும் படியுங்கள்", "மேலும் படிக்க", "یہ بھی پڑھیں", "مزید پڑھیں",
        "Прочитајте још", "ПРОЧИТАЈТЕ ЈОШ", "Прочитајте и:", "Прочетете още", "ПРОЧЕТЕТЕ ОЩЕ", "Прочетете също", "Вижте още", "Читати також", "MORE :",
        // The links to the previous and next posts under a post.
        "上一篇：", "下一篇：", "上一篇:", "下一篇:", "上一篇 ", "下一篇 ", "前の記事：", "次の記事：", "前の記事 ", "次の記事 ",
        "Предыдущая статья", "Следующая статья", "Попередня стаття", "Наступна стаття",
    ])
    /// "Read also" labels that open a column's sentences too ("Auch interessant: Frauen schliefen
    /// länger.", "Seguí leyendo si tenés paciencia."): a link's only when the line ends in no full
    /// stop, as a story's title does ("Auch interessant: Die schönsten Roadtrips in Nordspanien").
    static let relatedTitlePrefixes = Prefixes(["auch interessant:", "mirá también", "seguí leyendo"])

    /// Whether the line opens with one of `relatedTitlePrefixes` and ends in no full stop.
    static func opensRelatedTitle(_ lower: LoweredBytes) -> Bool {
        lower.bytes.last != 0x2E && relatedTitlePrefixes.first(opening: lower) != nil
    }

    /// `opensRelatedTitle` of a line's lowered text.
    static func opensRelatedTitle(_ lower: String) -> Bool {
        lower.utf8.last != 0x2E && relatedTitlePrefixes.first(opening: lower) != nil
    }

    /// "Read also" and its like in the languages of the stop-word lists, matched lowered.
    static let relatedLowerPrefixes = Prefixes([
        "related:", "see also:", "main article:", "main articles:", "further information:", "read also:", "also read:", "baca juga", "lesen sie auch", "mehr zum thema", "lire aussi",
        "à lire aussi", "lire également", "lee también", "leer también", "lea también", "te puede interesar", "leggi anche",
        "leia também", "veja também", "lees ook", "les også", "lue myös", "czytaj też", "czytaj także",
        "zobacz też", "zobacz także", "čtěte také", "čtěte též", "citiți și", "xem thêm", "đọc thêm", "ilgili haber",
        "läs även", "läs också", "läs mer:", "les også:", "læs også", "kapcsolódó cikk", "kapcsolódó:", "olvassa el",
        "read more:", "also read |", "also read|", "read |", "llegiu també", "llegeix també", "přečtěte si také", "přečtěte si též",
        "prečítajte si tiež", "prečítajte si aj", "čítajte aj", "čítajte tiež", "lue lisää", "ez is érdekelheti", "basahin din",
        "les mer:", "læs mere:", "soma pia", "soma zaidi", "tazama pia",
        // (With their colon: bare, they open the article's sentences too, "Se også etter skader …",
        // "Te recomendamos reservar …".)
        "pročitajte još:", "pročitajte i:", "preberite tudi:", "lasiet arī:", "taip pat skaitykite:", "te recomendamos:", "recomendamos:",
        "bekijk ook:", "se også:", "se även:", "watch:", "read:", "czytaj więcej:", "przeczytaj także:", "zobacz również:", "vezi și:",
        "ti potrebbe interessare:", "voir aussi :", "voir aussi:", "à voir aussi :", "à voir aussi:", "das könnte sie auch interessieren:",
        "leia mais:", "bunu da okuyun:", "ayrıca okuyun:",
        "previous post:", "next post:", "previous article:", "next article:", "article précédent", "article suivant",
        "artículo anterior", "artículo siguiente", "siguiente artículo", "vorheriger artikel", "nächster artikel",
        "artigo anterior", "próximo artigo", "articolo precedente", "articolo successivo", "bài trước:", "bài sau:",
    ])

    /// An image caption: ends with an agency or credit in brackets, or names the photo agency.
    static func isCaption(_ line: Subject, lower: LoweredBytes, hits: Hits) -> Bool {
        guard line.wordCount <= 60 else { return false }
        // A text ending in ")" ends in its byte: the byte is asked first, and only then the String.
        if lower.bytes.last == 0x29, endsWithCaptionTag(line, lower: lower) { return true }
        return (hits.contains(.caption) && !line.hasInnerSentenceBreak)
            || (hits.contains(.creditLabel) && (endsWithCredit(lower.bytes) || runInCreditStart(in: line.text) != nil))
            || CaptionCredit.closes(line.bytes) || CaptionCredit.isBareCredit(line.bytes, words: line.wordCount)
            || CaptionCredit.opensWithPictureMark(line.bytes)
    }

    /// Where the name after a "Credit" label run into the text begins, as a page's hidden label
    /// leaves it in innerText: "…in Queens.CreditChang W. Lee/The New York Times", or a line
    /// "CreditKevin Frayer/Getty Images" (a capital right after it, and no space before it).
    static func runInCreditStart(in text: String) -> Int? {
        text.withUTF8Bytes { bytes in
            let label = "Credit".utf8, length = label.count
            guard bytes.count > length else { return nil }
            for index in stride(from: bytes.count - length - 1, through: 0, by: -1)
            where bytes[index] == 0x43 && bytes[index + length] &- 0x41 < 26 && (index == 0 || bytes[index - 1] != 0x20)
                && bytes[index ..< index + length].elementsEqual(label) {
                // The name runs to the end: a few words, not a sentence. ("Photo Illustration by
                // Andrew B. Myers for The New York Times" is eleven.)
                let name = bytes[(index + length)...].split(separator: 0x20)
                return name.count <= creditNameWords && !".?!".utf8.contains(bytes[bytes.count - 1]) ? index + length : nil
            }
            return nil
        }
    }

    /// The most words a credit run into its label may have.
    static let creditNameWords = 12

    /// Whether a line ends in a bracket that credits a picture: `(Photo: …)`, `(AP)`.
    /// (`lower` ends in a ")" byte.)
    private static func endsWithCaptionTag(_ line: Subject, lower: LoweredBytes) -> Bool {
        // Told from the bytes when the last "(" and all after it are ASCII, and what stands
        // before each bracket is ASCII too: each is then a character of its own (see
        // `Parenthesis`), and ASCII compares as bytes. (A String of the lowered text, hashed
        // as a Substring into `galleryMarks`, cost thousands of instructions a line.)
        let bytes = lower.bytes
        if bytes.count >= 2, bytes[bytes.count - 2] < 0x80, let open = bytes.lastIndex(of: 0x28),
           open == 0 || bytes[open - 1] < 0x80, bytes[open...].allSatisfy({ $0 < 0x80 }) {
            let inside = bytes[open...]
            if galleryMarkBytes.contains(where: { inside.elementsEqual($0) }) { return false }
            if captionTagBytes.contains(where: { inside.starts(with: $0) }) { return true }
            return line.wordCount >= 6 && (isAgencyTag(line.text) && !isWireParagraph(line) || closesWithCapitalsCredit(line.text))
        }
        return endsWithCaptionTag(line, lower: lower.string)
    }

    /// `endsWithCaptionTag` read by characters.
    private static func endsWithCaptionTag(_ line: Subject, lower: String) -> Bool {
        guard lower.hasSuffix(")") else { return false }
        // The bracket from its bytes when they settle it; ASCII compares as bytes.
        let open: String.Index?, plain: Bool
        switch Parenthesis.lastOpening(in: lower) {
        case .none: (open, plain) = (nil, true)
        case .plain(let index): (open, plain) = (index, true)
        case .character(let index): (open, plain) = (index, false)
        case .unknown: (open, plain) = (lower.lastIndex(of: "("), false)
        }
        guard let open else { return false }
        let inside = lower[open...]
        // "(photos)", "(images)" alone mark a gallery's headline, not a caption's credit.
        if galleryMarks.contains(inside) { return false }
        let tagged = plain
            ? inside.utf8.withContiguousStorageIfAvailable { bytes in captionTagBytes.contains { bytes.starts(with: $0) } } ?? false
            : captionTags.contains(where: inside.hasPrefix)
        if tagged { return true }
        return line.wordCount >= 6 && (isAgencyTag(line.text) && !isWireParagraph(line) || closesWithCapitalsCredit(line.text))
    }

    /// Whether a line that closes with an agency's tag is a wire story's last paragraph, signed
    /// off ("… De Europese Centrale Bank streeft naar … 2 procent. (ANP)"), not a caption: two
    /// sentences or more before the tag, `Line.wireParagraphWords` words at least.
    private static func isWireParagraph(_ line: Subject) -> Bool {
        line.wordCount >= Line.wireParagraphWords && Line.isSignedOff(line.bytes)
    }

    static let captionTags = ["(image", "(photo", "(picture", "(credit", "(foto", "(pictured"]
    static let galleryMarks: Set<Substring> = ["(photo)", "(photos)", "(image)", "(images)", "(pictures)", "(fotos)"]
    /// (Their bytes, for comparing with an ASCII text's.)
    static let captionTagBytes = captionTags.map { Array($0.utf8) }
    static let galleryMarkBytes = galleryMarks.map { Array($0.utf8) }

    /// A picture's credit's label, lowered (as ASCII: Cyrillic and Greek in both cases), in the
    /// languages of the stop-word lists and a few more.
    static let creditLabels = [
        "credit:", "credits:", "photo:", "photograph:", "image:", "source:", "foto:", "bild:", "photo :", "foto :", "fot.", "fotó:",
        "fotoğraf:", "beeld:", "zdroj:", "forrás:", "kuva:", "фото:", "Фото:", "ФОТО:", "φωτ.:", "Φωτ.:", "φωτογραφία:", "Φωτογραφία:",
        "צילום:", "عکس:", "تصوير:", "صورة:", "फोटो:", "फोटो :", "ảnh:", "Ảnh:", "ภาพ:", "사진=", "사진:", "写真：", "写真=", "摄影：", "攝影：",
        "illustration:", "ilustración:", "иллюстрация:", "Иллюстрация:", "courtesy of ", "courtesy:", "© ",
        "grafik:",
    ]
    /// What a line is searched for to ask `endsWithCredit` and `runInCreditStart` ("credit" holds
    /// "credit:" and "credits:", and the label run into a name).
    static let creditHitPhrases = ["credit"] + creditLabels.filter { !$0.hasPrefix("credit") }

    /// A caption of several sentences still ends with its credit: `… hibernation pods. Credit: ESA`,
    /// `… for two years. Source: Supplied`, `… ve Villa Parku. | Foto: Reuters`
    /// (`lower` holds one of `creditLabels`).
    static func endsWithCredit(_ lower: UnsafeBufferPointer<UInt8>) -> Bool {
        // The last label, found by its bytes: the lowered text spells it as the list does (a
        // search through Foundation for each label beyond ASCII cost a caption ~90,000 instructions).
        guard let label = lastCreditLabel(in: lower), label.lowerBound > 0 else { return false }
        // The label opens its own part ("… the cruise. Credit: ESA"), not a clause ("the tax credit: up to …"),
        // and a credit is a name, not a sentence.
        var before = String(decoding: UnsafeBufferPointer(rebasing: lower[..<label.lowerBound]), as: UTF8.self).trimmingSpaces()
        // (A file picture's label says so before the word: "(File photo: AP)", "(फाइल फोटो: PTI)".)
        if let file = fileWords.first(where: { before.hasSuffix(" (" + $0) }) { before = String(before.dropLast(file.count)) }
        // (Nor is "crédit" before "photo :" part of the caption: "… bâtiment. Crédit photo : CHU".)
        if let word = creditLabelOpeners.first(where: { before.hasSuffix(" " + $0) }) { before = String(before.dropLast(word.count)).trimmingSpaces() }
        guard let end = before.last, creditPrecedents.contains(end) || opensCreditPart(before) else { return false }
        let rest = String(decoding: UnsafeBufferPointer(rebasing: lower[label.upperBound...]), as: UTF8.self).trimmingSpaces()
        guard let last = rest.last, !".?!".contains(last) else { return false }
        // (A slash between the photographer and the source is no word: "Dr Helena Marsh / University of Northmoor".)
        return (1...6).contains(rest.split(separator: " ").count { $0 != "/" && $0 != "|" })
    }

    static let fileWords = ["file", "फाइल"]
    static let creditLabelOpeners = ["crédit", "crédits"]

    /// Where the last of `creditLabels` stands in `lower`: the text is walked back once, and at
    /// each byte only the labels that open with it are compared (the longest first).
    static func lastCreditLabel(in lower: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = lower.count - 1
        while start >= 0 {
            for label in creditLabelsByFirstByte[Int(lower[start])] where start + label.count <= lower.count
                && lower[start..<(start + label.count)].elementsEqual(label) {
                return start..<(start + label.count)
            }
            start -= 1
        }
        return nil
    }

    /// `creditLabels`' bytes by their first byte, longest first.
    static let creditLabelsByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for label in creditLabels.map({ Array($0.utf8) }).sorted(by: { $0.count > $1.count }) { table[Int(label[0])].append(label) }
        return table
    }()

    /// What stands before a credit's label: a sentence's end, a bar or a bracket ("… Teatr
    /// Bagatela. Fot. …", "…在车站。（摄影：…", "… © Foto: …").
    /// (A slash or a dash sets the credit off too: "… en Pijao. / FOTO: Crónica del Eje", "… — Foto: Defesa Civil".)
    static let creditPrecedents: Set<Character> = [".", "!", "?", "|", ")", "。", "）", "।", "©", "/", "—", "–"]

    /// Whether `before` (trimmed) ends in a bracket opened after the caption's text ("…ท่าแพ
    /// (ภาพ: รฟม.)"; a credit alone in brackets, "(Source: …)", is a line of its own), or in a
    /// dash after a sentence's end ("…समारोह। - फोटो : …"; "… costs $35 - Image: …" is a
    /// caption's clause).
    static func opensCreditPart(_ before: String) -> Bool {
        guard let end = before.last else { return false }
        if end == "(" || end == "（" { return before.count > 1 }
        guard end == "-" || end == "–" || end == "—" else { return false }
        return String(before.dropLast()).trimmingSpaces().last.map { ".!?。।".contains($0) } ?? false
    }

    /// A photo agency in brackets closing a caption: `… near Nogales, Ariz. (AP)`, `(Jane Doe/Reuters)`.
    static func isAgencyTag(_ text: String) -> Bool {
        if let plain = isPlainAgencyTag(text) { return plain }
        if tailOutrunsAgencies(text) { return false }
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return false }
        let tag = text[open...].dropFirst().dropLast()
        let agency = tag.split(separator: "/").last.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return agencies.contains(agency)
    }

    /// `isAgencyTag` from the bytes, or nil when they cannot tell: when the last "(" and all after
    /// it are printable ASCII, the tag's last part is cut at the last "/" and trimmed of spaces
    /// (the only white space there) and lowered as bytes, as Foundation would.
    /// (Read where the bytes lie, the part compared with each agency's bytes: copied into arrays
    /// and hashed as a String, it cost thousands of instructions a caption.)
    static func isPlainAgencyTag(_ text: String) -> Bool? {
        text.withUTF8Bytes { bytes -> Bool? in
            guard bytes.last == 0x29 else { return false }  // no ")" at the end
            // The last "(" (`Parenthesis.lastOpening`'s plain case), with printable ASCII after it.
            guard let open = bytes.lastIndex(of: 0x28), open == 0 || bytes[open - 1] < 0x80 else { return nil }
            var start = open + 1, end = bytes.count - 1
            guard bytes[start..<end].allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            // The last part between slashes that is not empty, without the spaces around it.
            while end > start, bytes[end - 1] == 0x2F { end -= 1 }
            if let slash = bytes[start..<end].lastIndex(of: 0x2F) { start = slash + 1 }
            while start < end, bytes[start] == 0x20 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
            let agency = bytes[start..<end].lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            return agencyBytes.contains { $0.count == end - start && $0.elementsEqual(agency) }
        }
    }

    /// Whether the text closes with a source and a photographer in capitals in brackets, parted
    /// by a slash, after the caption's full stop, as Indonesian and Malaysian sites credit a
    /// picture ("… Selasa (8/10/2024). (KOMPAS.COM/RIZAL SETYO NUGROHO)"): ASCII, letters on both
    /// sides of the slash and none of them lower case (a date, "(8/10/2024)", has none). (A
    /// sentence's agencies in brackets close it before its full stop: "… 1,5 meter (BPBD/BNPB).")
    static func closesWithCapitalsCredit(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard bytes.last == 0x29, let open = bytes.lastIndex(of: 0x28) else { return false }
            var before = open
            while before > 0, bytes[before - 1] == 0x20 { before -= 1 }
            guard before > 0, bytes[before - 1] == 0x2E else { return false }
            let tag = bytes[(open + 1)..<(bytes.count - 1)]
            guard let slash = tag.firstIndex(of: 0x2F), tag.allSatisfy({ $0 < 0x80 && $0 &- 0x61 >= 26 }) else { return false }
            let isCapital = { (byte: UInt8) in byte &- 0x41 < 26 }
            return tag[..<slash].count(where: isCapital) >= 2 && tag[(slash + 1)...].count(where: isCapital) >= 2
        }
    }

    /// Whether the text, before its last byte, has more ASCII bytes other than spaces and tabs
    /// since its last "/" or "(" byte than any agency has scalars. The tag's last part then
    /// names none: it holds all those bytes (trimming takes only white space, and no "/" or
    /// "(" character lies past the last such byte), lowering keeps each, and a text of more
    /// scalars than an ASCII one is never equal to it. (Asked before the tag is read by
    /// characters, trimmed and lowered through Foundation, some hundred thousand instructions.)
    static func tailOutrunsAgencies(_ text: String) -> Bool {
        return text.withUTF8Bytes { bytes in
            var count = 0
            var index = bytes.count - 2
            while index >= 0 {
                let byte = bytes[index]
                if byte == 0x2F || byte == 0x28 { return false }
                if byte < 0x80, byte != 0x20, byte != 0x09 {
                    count += 1
                    if count > longestAgency { return true }
                }
                index -= 1
            }
            return false
        }
    }

    static let longestAgency = agencies.map(\.unicodeScalars.count).max()!
    static let agencyBytes = agencies.map { Array($0.utf8) }

    static let agencies: Set<String> = [
        "ap", "afp", "reuters", "getty", "getty images", "epa", "dpa", "xinhua", "bloomberg", "ansa", "efe", "upi", "pa", "anp", "aap", "kyodo", "yonhap",
    ]

    static let captionPhrases = ["getty images", "credit: ", "photo: ", "(pictured)", "| reuters", "/ reuters", "ap photo", "| afp", "afp via", "shutterstock"]

    static let callToAction = [
        "subscribe", "sign up", "sign in", "log in", "newsletter", "follow us", "share this", "share on", "to your inbox",
        "click here", "cookie", "advertisement", "sponsored", "download the app", "get the app",
        "all rights reserved", "privacy policy", "terms of use", "terms of service", "skip to", "jump to navigation",
        "jump to search", "jump to content", "the free encyclopedia",
        "want more of our", "preferred source", "google cta", "related articles", "recommended for you",
        "most popular", "most read", "trending now", "trending:", "watch now", "email the author", "follow on twitter",
        "follow on facebook", "follow on instagram", "listen live", "listen to this article", "get short url",
        "copyright ©", "accept all", "manage preferences", "enable javascript", "javascript is disabled", "javascript is required",
        "requires javascript", "javascript enabled", "turn on javascript", "without javascript", "comments", "leave a comment",
        "you may also like", "more from", "read next", "up next", "support our", "donate",
        "inscreva-se", "assine", "suscríbete", "abonnieren", "s'abonner", "publicidade", "publicidad",
        // Sharing and the page's own questions and labels, in the languages of the stop-word lists.
        "sdílet na", "sdílet článek", "bagikan ini", "bagikan artikel", "dela artikeln", "dela på", "deel deze", "deel dit", "compartir en",
        "compartilhe", "partager sur", "partager cet", "comparte esto", "compártelo", "teilen mit:", "condividi:", "partilhe isto",
        "me gusta esto:", "auf facebook teilen", "artikel teilen", "condividi su", "udostępnij", "поделиться",
        "chia sẻ bài", "salve no pinterest", "was this article helpful", "war dieser artikel hilfreich", "cet article vous a-t-il",
        "offrir cet article", "réservé aux abonnés", "temps de lecture", "lesezeit:", "min. lesezeit", "reading time:", "min read",
        "打印本页", "关闭窗口", "打印本頁", "關閉窗口",
        "was this page helpful", "was this helpful", "did you find this article helpful", "did you find this helpful",
        "te ha sido útil", "thanks for letting us know", "thanks for your feedback", "scroll to continue", "haberin devamı",
        "gostou da receita", "affiliate link", "affiliate-link", "zum angebot bei", "bei amazon ansehen", "view on amazon", "check price on",
        "check price at", "see price on", "link di affiliazione", "enlaces de afiliado", "liens affiliés",
        "unbeauftragte werbung", "disclosure policy", "was originally published", "receives financial support from",
        // A story's own small print and the page's notes under it: where else it ran, that a
        // machine made it, feedback prompts, reading times, follow and support notes.
        "print edition as", "appears in print on", "affiliate commission", "vyšel v tištěném", "disclaimer:", "डिस्क्लेमर", "risikohinweis:", "disclosure:",
        "would you like to comment", "kövesd a", "विज्ञापन", "Підтримайте", "підтримайте", "the trust principles",
        "did you make this recipe", "pin it for later", "we're hiring", "we are hiring", "receba as notícias",
        "lästid", "læsetid", "lesetid", "lukuaika", "czas czytania", "doba čtení", "tempo de leitura", "tiempo de lectura",
        "tempo di lettura", "leestijd", "okuma süresi", "waktu baca", "auto-generated from a syndicated feed", "simak breaking news",
        "vous avez aimé cet article", "avez-vous aimé cet article", "did you enjoy this article", "did you like this article",
        "hat ihnen dieser artikel gefallen", "gostou deste artigo", "te gustó este artículo", "ti è piaciuto questo articolo",
        "この記事が気に入ったら", "好文章，需要你的鼓励",
        // A social post's embed around its text, and a paywall's note over a story's first paragraphs.
        "view this post on instagram", "a post shared by", "voir cette publication sur instagram", "une publication partagée par",
        "diesen beitrag auf instagram ansehen", "ein beitrag geteilt von", "ver esta publicación en instagram", "una publicación compartida",
        "forbeholdt abonnenter", "för prenumeranter", "kun for abonnenter", "tarkoitettu tilaajille", "vain tilaajille", "alleen voor abonnees",
        "nur für abonnenten", "gehört zum angebot von", "solo para suscriptores", "riservato agli abbonati", "exclusivo para assinantes", "tylko dla subskrybentów",
        // "Skip to content" in the languages pages come in.
        "aller au contenu", "saltar al contenido", "ir al contenido", "zum inhalt springen", "direkt zum inhalt", "vai al contenuto",
        "pular para o conteúdo", "ir para o conteúdo", "przejdź do treści", "naar de inhoud", "hoppa till innehåll", "gå til indhold",
        "hopp til innhold", "siirry sisältöön", "přejít k obsahu", "prejsť na obsah", "ugrás a tartalomhoz", "sari la conținut",
        "İçeriğe geç", "içeriğe geç", "langsung ke konten", "lompat ke konten", "chuyển đến nội dung", "Перейти к содержанию",
        "Перейти к основному содержанию", "Перейти до вмісту", "Μετάβαση στο περιεχόμενο", "דלג לתוכן", "انتقل إلى المحتوى",
        "پرش به محتوا", "सामग्री पर जाएं", "ข้ามไปยังเนื้อหา", "跳到主要内容", "跳转到主要内容", "跳至主要內容", "跳到主要內容",
        "メインコンテンツへスキップ", "本文へスキップ", "본문 바로가기",
        // Asking the reader to rate the article or pin it, ask for more, give or follow a channel.
        "оцените статью", "Оцените статью", "оцените материал", "Оцените материал", "оцініть статтю", "Оцініть статтю", "rate this article", "bewerten sie diesen artikel",
        "évaluez cet article", "notez cet article", "valora este artículo", "califica este artículo", "avalie este artigo",
        "oceń artykuł", "ohodnoťte článek", "vota questo articolo", "beoordeel dit artikel", "makaleyi değerlendir",
        "đánh giá bài viết", "pin this for later", "pin this post", "pin deze post", "want more like this",
        "to send flowers to the family", "подписывайтесь на наш", "Подписывайтесь на наш", "подпишитесь на наш",
        "Подпишитесь на наш", "підписуйтесь на наш", "Підписуйтесь на наш",
        "print edition with the headline", "print edition.", "was this guide helpful", "was this guide useful", "was this article useful",
    ] + consentPlaceholders + smallPrint + affiliateDisclosures + [
        // A recipe's buttons.
        "rate this recipe", "save recipe", "print recipe", "jump to recipe", "noter cette recette", "valora esta receta",
        "rezept speichern", "rezept drucken", "oceń przepis", "avalie esta receita", "valuta la ricetta",
    ]

    /// A consent placeholder where a social post is embedded ("Empfohlener redaktioneller
    /// Inhalt"): furniture wherever it stands (`CallToActionPlace.anywhere`).
    static let consentPlaceholders = ["empfohlener redaktioneller inhalt", "externen inhalt anzeigen", "externe inhalte angezeigt"]

    /// The small print under an opinion or a market report, furniture wherever it stands
    /// (`CallToActionPlace.anywhere`). (Phrases that open with a common trigram, "as ", "le ",
    /// "ver", cost every line's search: their rarer words first.)
    static let smallPrint = [
        "not investment advice", "keine anlageberatung", "keine anlageempfehlung", "views expressed in this", "views expressed are",
        "views expressed here", "opinions expressed in this", "opinions expressed are", "opinioni espresse sono",
        "opiniones expresadas son", "opiniones expresadas en", "opinions exprimées dans", "opiniões expressas",
    ]

    /// The note that the site is paid for what readers buy through its links, in the languages
    /// review sites write in: furniture wherever it stands (`CallToActionPlace.anywhere`).
    static let affiliateDisclosures = [
        "may earn a commission", "may earn a small commission", "we may receive a commission", "buy through our links",
        "buy something through this", "buy something through our", "purchase through links", "percevoir une commission",
        "podemos recibir una comisión", "podemos ganar una comisión", "erhalten wir eine provision", "bekommen wir eine provision",
        "potremmo ricevere una commissione", "riceviamo una commissione", "podemos receber uma comissão", "ontvangen wij een commissie",
    ]

    /// Whether the line is an ad slot's label alone ("Advertisement", "Pubblicità"): the article
    /// can go on under it.
    static func isAdLabel(_ line: Line) -> Bool {
        guard line.wordCount <= 2, line.isCallToAction else { return false }
        var key = line.shortKey
        return adLabels.contains(key) || key.withUTF8 { holds(adLabelsBeyondASCII, $0) }
    }

    static let adLabels: Set<String> = [
        "advertisement", "advertising", "ad", "ads", "anzeige", "werbung", "reklama", "reklam", "iklan", "annons", "reclame",
        "mainos", "anuncio", "anúncio", "publicidad", "publicidade", "reportthisad", "sponsored", "publicitate", "oglas", "publicitat",
    ]

    /// An ad slot's label alone on its line, as a short key, where it opens or ends beyond ASCII.
    static let adLabelsBeyondASCII: [[UInt8]] = [
        "pubblicità", "publicité", "Реклама", "РЕКЛАМА", "Реклама18", "广告", "廣告", "広告", "광고", "Διαφήμιση", "ΔΙΑΦΗΜΙΣΗ",
        "إعلان", "פרסומת", "reklâm", "โฆษณา", "विज्ञापन", "বিজ্ঞাপন", "تبلیغات", "quảngcáo", "Quảngcáo", "hirdetés", "اشتہار",
    ].map { Array($0.utf8) }

    /// Whether `key` is one of `keys`, byte for byte: lists of keys beyond ASCII, which a `KeySet`
    /// cannot hold, compared without a String made and hashed for every short line.
    static func holds(_ keys: [[UInt8]], _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        keys.contains { $0.count == key.count && $0.elementsEqual(key) }
    }

    /// A share button's label alone on its line, as a short key's bytes, beyond ASCII ("この記事をシェア").
    /// (Compared as bytes: a `Set<String>` hashed every short CJK line's key, normalising it first.)
    static let shareLabelsBeyondASCII: [[UInt8]] = [
        "シェア", "シェアする", "この記事をシェア", "この記事をシェアする", "このニュースをシェア", "記事をシェア", "分享", "分享到",
        "分享本文", "分享此文", "分享文章", "分享這篇文章", "分享这篇文章", "공유하기", "기사공유", "기사공유하기",
        "Поделиться", "Поделитьсястатьей", "Поділитися", "Κοινοποίηση", "Μοιραστείτε", "paylaş", "chiasẻ",
    ].map { Array($0.utf8) }

    /// Whether the line is a share button's label alone, "Share" or "Partager", between a live
    /// blog's entries or under a photo. (Not a call to action: as one it would be a line model
    /// feature, and the labels sit in headers the model has learnt as they are.)
    static func isShareButton(_ line: Line) -> Bool {
        // (Its first letter first: the short key is made again for a line whose key was not kept.)
        guard line.wordCount <= 2, !line.endsSentence, let first = line.text.utf8.first, shareButtonFirstBytes.contains(first | 0x20) else { return false }
        return shareButtons.contains(line.shortKey)
    }

    static let shareButtons = KeySet([
        "share", "sharethis", "partager", "teilen", "compartir", "compartilhar", "condividi", "bagikan", "delen",
        "dela", "sdílet", "udostępnij", "megosztás", "distribuie", "podijeli",
    ])  // (Those beyond ASCII that a `KeySet` cannot hold are calls to action: `shareLabelsBeyondASCII`.)
    /// The first letters of `shareButtons`: most lines open otherwise, and skip making their key.
    static let shareButtonFirstBytes = Set(shareButtons.keys.map { $0.utf8.first! })

    /// Whole lines that are an ad slot's label or a button's, as short keys: a call to action
    /// only alone on their line ("Advertising" may open a sentence about it). (`KeySet` keys end in
    /// ASCII: "publicité" and "pubblicità" cannot be listed.)
    static let controlLabels = KeySet([
        "advertising", "ad", "ads", "werbung", "anzeige", "reklama", "reklame", "inreadinventedbyteads", "publicitate", "oglas", "publicitat",
        "copy", "copied", "copycode", "copytoclipboard",
        "buyphoto", "pinit", "sharethelink", "emailthis", "printthis", "sharethisarticle", "sharethisstory",
        "viewfullsize", "suggestacorrection", "thanksforsigningup", "sponsormessage", "deelartikel",
        "reportthisad", "annonce", "annonse", "buynow", "shopnow", "checkprice", "viewdeal", "seedeal", "vediofferta", "voirloffre", "veroferta", "verpreço",
        "zumangebot", "reklam", "iklan", "annons", "reclame", "mainos", "anuncio", "anúncio",
        // An ad slot's placeholder inside the article, which a page may say at every slot.
        "articlecontinuesbelowthisad", "articlecontinuesbelow", "articlecontinuesbelowadvertisement", "storycontinuesbelow",
        "storycontinuesbelowadvertisement", "storycontinuesbelowthisad", "continuereadingbelow", "contentcontinuesbelow",
        "scrolltocontinuewithcontent", "advertisementscrolltocontinue", "articlecontinuesafteradvertisement",
        "storycontinuesafteradvertisement", "weiterlesennachderanzeige", "artikelgehtnachderwerbungweiter",
        // A recipe card's buttons and its prompt under the steps.
        "jumptorecipe", "printrecipe", "pinrecipe", "triedthisrecipe", "ratethisrecipe",
    ])

    /// A heading that closes an article: comments, related stories, tags, author boxes.
    /// (`key`: the bytes of the line's `shortKey`.)
    /// (`lower`: the line's lowered text, as `Line.lower`.)
    static func endsArticle(_ line: Subject, key: UnsafeBufferPointer<UInt8>, lower: LoweredBytes, lists: borrowing LineLists) -> Bool {
        // "10 thoughts on “<the headline>”", "3 Responses to …": as long as the headline it names,
        // which may be short in quotes ("6 thoughts on “They're back!”"; a short line that names
        // none is looked at as headings are, below). (The quotes are looked for last: walking a
        // line's characters for them, asked of every line opening with a figure, showed in profiles.)
        if line.wordCount >= 4, line.wordCount <= 40, let first = line.bytes.first, first >= 0x30, first <= 0x39 {
            // Past the leading digits and spaces: an ASCII byte there is a character of its own
            // after them, and when no title opens with it the characters need not be walked.
            let bytes = lower.bytes
            if let after = bytes.firstIndex(where: { ($0 < 0x30 || $0 > 0x39) && $0 != 0x20 }),
               bytes[after] >= 0x80 || commentTitles.mayOpen(UnsafeBufferPointer(rebasing: bytes[after...])),
               commentTitles.first(opening: lower.string.drop { $0.isNumber || $0 == " " }) != nil,
               line.wordCount > 8 || CommentHeading.quotes.contains(where: { line.text.contains($0) }) { return true }
            if line.wordCount > 8 { return false }
        }
        // A paywall's notice, where the text a visitor may read stops ("Cet article est réservé
        // aux abonnés. Il vous reste 79% à découvrir.", "Weiterlesen mit Plus"): sentences too.
        if line.wordCount <= paywallWords, isPaywallNotice(line, lower: lower, lists: lists) { return true }
        // The reader's feedback asked under the article: a question, as no heading is.
        if line.wordCount <= 8, line.endsSentence, lists.feedbackQuestions.contains(bytes: key) { return true }
        guard line.wordCount >= 1, line.wordCount <= 8, !line.endsSentence || line.endsInColon else { return false }
        let heading = FramingMarks.trimmed(key)
        if lists.articleEnds.contains(bytes: key) || AboutHeading.matches(line, lower: lower)
            || lists.articleEndPrefixes.first(openingBytes: heading, of: { String(decoding: heading, as: UTF8.self) }) != nil { return true }
        // "Comments (12)": the heading with its count after it.
        if let last = key.last, last >= 0x30, last <= 0x39, let letters = key.lastIndex(where: { $0 < 0x30 || $0 > 0x39 }),
           lists.articleEnds.contains(bytes: UnsafeBufferPointer(rebasing: key[...letters])) { return true }
        // The same in scripts a `KeySet` cannot hold, whose headings no prefix can tell from a
        // subheading that opens with the word ("コメント全文").
        // (The key keeps bytes beyond ASCII, the count's full-width brackets too: "コメント（42）".)
        if let first = key.first, first >= 0x80 {
            var letters = key[...]
            if letters.suffix(3).elementsEqual(fullWidthBrackets.close) { letters = letters.dropLast(3) }
            // The count's counter word after its figures ("コメント（5件）", "댓글 12개").
            if let counter = countCounters.first(where: { letters.dropLast($0.count).last.map { $0 >= 0x30 && $0 <= 0x39 } == true && letters.suffix($0.count).elementsEqual($0) }) {
                letters = letters.dropLast(counter.count)
            }
            letters = letters.prefix(through: letters.lastIndex { $0 < 0x30 || $0 > 0x39 } ?? letters.startIndex)
            if letters.suffix(3).elementsEqual(fullWidthBrackets.open) { letters = letters.dropLast(3) }
            if threadHeadings.contains(where: { $0.elementsEqual(letters) }) || notesHeadings.contains(where: { $0.elementsEqual(key) }) { return true }
        }
        // "12 Comments", "10 thoughts on “…”", "3 responses"
        let digits = key.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        if digits > 0 {
            // Past the digits as characters (a mark after a digit is part of its character).
            if digits < key.count, key[digits] >= 0x80 {
                return commentCounts.first(opening: String(decoding: key, as: UTF8.self).dropFirst(digits)) != nil
            }
            let rest = UnsafeBufferPointer(rebasing: key[digits...])
            return commentCounts.first(openingBytes: rest, of: { String(decoding: rest, as: UTF8.self) }) != nil
        }
        return false
    }

    /// Whether the line is a paywall's notice: it says the rest is for subscribers; or it is a
    /// short prompt to read on, no sentence ("Weiterlesen mit Plus", "Wil je verder lezen?"):
    /// "Para seguir leyendo en verano, los socios …" opens text; or it says what share of the
    /// article is left ("Pozostało 78% artykułu"): "Pozostało do przeliczenia 3% głosów" counts votes.
    /// (The three lists are looked up as one: asked of nearly every line, three lookups showed in
    /// the instruction count.)
    static func isPaywallNotice(_ line: Subject, lower: LoweredBytes, lists: borrowing LineLists) -> Bool {
        guard let opening = lists.paywallOpenings.first(opening: lower) else { return false }
        if paywallPromptSet.contains(opening) { return line.wordCount <= paywallPromptWords && line.bytes.last != 0x2E }  // .
        guard paywallShareSet.contains(opening) else { return true }
        guard line.bytes.contains(0x25) else { return false }  // %
        let text = lower.string
        return articleWords.contains { text.contains($0) }
    }

    /// The most words of a paywall's notice, and of its prompt to read on.
    static let paywallWords = 20
    static let paywallPromptWords = 8

    /// The three lists below as one lookup, and which list an opening found is of.
    static let paywallOpenings = Prefixes(paywallNotices + paywallPrompts + paywallShares)
    static let paywallPromptSet = Set(paywallPrompts), paywallShareSet = Set(paywallShares)

    /// How paywalls say the rest of the article is for subscribers, in the languages of the
    /// stop-word lists (lowered as `Line.lower` lowers).
    static let paywallNotices = [
        "this article is for subscribers", "this article is only available to subscribers", "this article is exclusive to subscribers",
        "this story is for subscribers", "this content is for subscribers", "this content is only available to subscribers",
        "subscribe to continue reading", "subscribe to keep reading", "subscribe to read the full", "the rest of this article is for subscribers",
        "you have reached your free article limit", "you've reached your free article limit",
        "cet article est réservé aux abonnés", "article réservé aux abonnés", "la suite de cet article est réservée", "la suite est réservée aux abonnés",
        "dieser artikel ist nur für abonnenten", "dieser artikel ist exklusiv für abonnenten", "dieser beitrag ist nur für abonnenten",
        "questo articolo è riservato agli abbonati", "articolo riservato agli abbonati", "contenuto riservato agli abbonati",
        "este artículo es exclusivo para suscriptores", "este contenido es exclusivo para suscriptores", "contenido exclusivo para suscriptores",
        "artículo exclusivo para suscriptores", "este artigo é exclusivo para assinantes", "este conteúdo é exclusivo para assinantes",
        "conteúdo exclusivo para assinantes", "dit is een premium artikel", "dit artikel is alleen voor abonnees",
        "resten af artiklen er kun for abonnenter", "denne artikel er kun for abonnenter", "denne saken er for abonnenter",
        "denne saken er kun for abonnenter", "denne artikkelen er for abonnenter", "denna artikel är för prenumeranter",
        "resten av artikeln är för prenumeranter", "tento článek je dostupný pouze pro předplatitele", "pokračujte ve čtení s předplatným",
        "ten artykuł jest dostępny tylko dla", "artykuł dostępny tylko dla",
    ]

    /// How paywalls prompt the reader to read on, as sentences open too.
    static let paywallPrompts = [
        "to continue reading", "continue reading with", "keep reading with", "vous souhaitez lire la suite", "pour lire la suite",
        "weiterlesen mit", "jetzt weiterlesen mit", "lesen sie jetzt weiter mit", "um diesen artikel zu lesen", "um den artikel weiterzulesen",
        "per continuare a leggere", "para seguir leyendo", "para continuar leyendo", "sigue leyendo con", "continúa leyendo con",
        "para continuar a ler", "para continuar lendo", "continue lendo com", "wil je verder lezen", "wilt u verder lezen", "lees verder met",
        "læs resten af artiklen", "les resten av saken", "läs resten av artikeln", "dostęp do tego artykułu",
    ]

    /// How a paywall says what share of the article is left ("Il vous reste 79% à découvrir"),
    /// and the words that say it is the article's.
    static let paywallShares = ["pozostało", "il vous reste", "te queda", "ti resta", "zbývá"]
    static let articleWords = ["artyku", "article", "à découvrir", "à lire", "artícul", "articol", "článk"]

    static let commentTitles = Prefixes([
        "thoughts on", "responses to", "replies to", "comments on", "comments to",
        // As WordPress writes them in the languages it is most used in ("23 Gedanken zu „…“").
        "gedanken zu", "kommentare zu", "antworten auf", "réponses à", "commentaires sur", "respuestas a", "comentarios en",
        "risposte a", "commenti su", "reacties op", "comentários em", "respostas para", "odpowiedzi na", "komentarzy do",
    ])
    static let commentCounts = Prefixes([
        "comments", "comment", "thoughtson", "responses", "replies", "kommentare", "comentarios", "comentários",
        "commentaires", "commenti", "komentarzy", "komentarze", "komentar", "reacties", "kommentarer", "yorum", "bìnhluận",
        "σχόλια", "Σχόλια", "комментари", "Комментари", "коментар", "Коментар", "תגובות", "تعليق", "コメント", "条评论", "則留言",
        "개의댓글", "댓글", "ความคิดเห็น", "टिप्पणियां", "মন্তব্য",
    ])

    /// A comment thread's heading alone, as keys, in scripts `articleEnds` cannot hold, and the
    /// brackets and counter word a count after it may have.
    static let threadHeadings = [
        "コメント", "टिप्पणियां", "Σχόλια", "Комментарии", "Коментарі", "תגובות", "التعليقات", "تعليقات", "نظرات", "ความคิดเห็น",
        "留言", "댓글", "মন্তব্য",
    ].map { Array($0.utf8) }
    /// A wiki's notes in scripts a `KeySet` cannot hold (written as the heading is: the key
    /// lowers no Cyrillic letter).
    static let notesHeadings = ["Примечания", "Примітки", "Бележки", "Напомене", "脚注", "参考文献", "參考文獻", "각주"].map { Array($0.utf8) }
    static let fullWidthBrackets = (open: Array("（".utf8), close: Array("）".utf8))
    static let countCounters = ["件", "条", "則", "개"].map { Array($0.utf8) }

    /// Headings after which no article text follows: comments, author boxes, tags.
    /// The question under an article asking the reader whether it helped ("Was this article
    /// helpful?", then "Yes", "No"): nothing of the article follows it.
    static let feedbackQuestions = KeySet([
        "wasthisarticlehelpful", "wasthispagehelpful", "didyoufindthisarticlehelpful", "wardieserartikelhilfreich",
        "cetarticlevousatilétéutile", "questoarticolotièstatoutile", "esteartigofoiútil", "wasditartikelnuttig", "czytenartykułbyłpomocny",
    ])

    static let articleEnds = KeySet([
        "comments", "comment", "leaveareply", "leaveacomment", "postacomment", "abouttheauthor", "aboutthisarticle",
        "aboutthisstatement", "tags", "filedunder", "explorefurther", "sources", "kommentare", "comentarios", "comentários", "commentaires",
        "commenti", "komentar", "komentarze", "kommentarer", "kommentit", "reacties", "yorumlar", "bìnhluận", "hozzászólások", "comentarii",
        // The comment form's heading or button, where the thread has none.
        "comentar", "dejauncomentario", "deixeumcomentário", "laisseruncommentaire", "ajouteruncommentaire",
        "réagir", "lasciauncommento", "kommentarschreiben", "reageer", "plaatseenreactie", "dodajkomentarz", "komentáře",
        // The button that opens a thread folded under the article ("View comments (27)").
        "viewcomments", "showcomments", "loadcomments", "readcomments", "seecomments", "viewallcomments", "showallcomments",
        "seeallcomments", "jointheconversation", "jointhediscussion", "diskuse", "diskusia", "dyskusja", "diskussion",
        // A box about the site or the writer, in the languages `AboutHeading` leaves.
        "overons", "overmij", "overdeauteur", "omoss", "ommig", "omforfatteren", "onas", "oautorze", "onás", "oautorovi",
        "hakkımızda", "yazarhakkında", "vềchúngtôi",
        // The tags' heading in other languages.
        "schlagwörter", "etiquetas", "etiketler", "tagi", "etichette", "topics", "relatedtopics", "categories", "keywords",
        // A press release's end and the notes and contacts for the press under it.
        "ends", "notestoeditors", "notetoeditors", "notesforeditors", "noteforeditors", "formoreinformationcontact", "formoreinformation",
        "mediacontact", "mediacontacts", "presscontact", "pressenquiries", "mediaenquiries", "mediainquiries", "pressinquiries",
        "nootvoorderedactie", "nootvoorredactie", "notealaprensa", "notaparaeditores", "notaparalaprensa", "contactpresse",
        "contactodeprensa", "pressekontakt", "kontaktdlamediów", "kontaktprasowy",
        // A guest book, a science story's sources and citation.
        "guestbook", "signtheguestbook", "storysource", "journalreference", "citethispage", "references", "einzelnachweise", "références",
        "referencias", "referências", "từkhóa", "howwereviewedthisarticle",
        // A wiki's notes and literature in other languages (and `notesHeadings`).
        "literatur", "przypisy", "referenser", "källor", "lähteet", "jegyzetek", "referenties",
        "sourcesandlinks", "quellenundlinks", "linksundquellen", "fuentesyenlaces", "fontielink", "bronnenenlinks",
        "originalpublication", "originalpublikation", "wissenschaftlicheansprechpartner", "wissenschaftlicheansprechpartnerin",
        // The next article's heading, over its headline and opening: nothing of this one follows.
        "nextarticle", "nextstory", "nextpost", "nächsterartikel", "articlesuivant", "siguientenoticia", "próximoartigo",
        "prossimoarticolo", "volgendartikel", "nästaartikel",
        // The files attached under a notice.
        "attachments", "přílohy", "anhänge", "piècesjointes", "załączniki", "bijlagen", "adjuntos",
    ])

    /// Headings of boxes of links to other stories; they may sit inside an article too.
    /// (`key`: the bytes of the line's `shortKey`.)
    static func opensLinkBox(_ line: Subject, key: UnsafeBufferPointer<UInt8>, lists: borrowing LineLists) -> Bool {
        guard line.wordCount >= 1, line.wordCount <= 8, !line.endsSentence || line.endsInColon else { return false }
        if lists.linkBoxes.contains(bytes: key) { return true }
        // (A heading opening or ending beyond ASCII that only alone heads a box: "排行榜", not "排行榜之外的…"; "Se også".)
        if let first = key.first, let last = key.last, first >= 0x80 || last >= 0x80, holds(linkBoxesBeyondASCII, key) { return true }
        let heading = FramingMarks.trimmed(key)
        // "Related recalls", "Related video content": a box of whatever the site publishes, named
        // (not "Related conditions", an article's subheading).
        if line.wordCount >= 2, line.wordCount <= 3, !line.endsInColon, heading.starts(with: relatedWord),
           namesPublished(String(decoding: heading.dropFirst(relatedWord.count), as: UTF8.self)) { return true }
        return lists.linkBoxPrefixes.first(openingBytes: heading, of: { String(decoding: heading, as: UTF8.self) }) != nil
    }
    static let relatedWord = Array("related".utf8)

    /// Whether a heading's key after "related" is one or two of `publishedWords` ("videocontent").
    static func namesPublished(_ rest: String) -> Bool {
        publishedWords.contains(rest) || rest.indices.dropFirst().contains { publishedWords.contains(String(rest[..<$0])) && publishedWords.contains(String(rest[$0...])) }
    }
    /// What a site publishes, as a related box names it.
    static let publishedWords: Set<String> = [
        "recalls", "guides", "articles", "stories", "posts", "videos", "video", "reading", "reads", "content", "links", "news", "coverage",
        "galleries", "photos", "podcasts", "episodes", "reviews", "recipes", "features", "opinion", "analysis", "resources", "topics",
    ]

    /// (And the headings that open or end beyond ASCII, which a `KeySet` cannot hold; keys beyond
    /// Latin-1 keep their case.)
    static let linkBoxPrefixes = Prefixes([
        "morefrom", "morein", "ähnlicheartikel", "lomásleído", "nejčtenější", "související", "Похожиестатьи", "Похожиеновости",
        "Популярное", "相关文章", "相关新闻", "相關文章", "相關新聞", "热门文章", "関連記事", "関連ニュース", "人気記事",
        "관련뉴스", "많이본뉴스", "เรื่องที่เกี่ยวข้อง", "ข่าวที่เกี่ยวข้อง", "أخبارذاتصلة", "مقالاتذاتصلة",
        // "Read also" as the languages of the stop-word lists write it.
        "läsockså", "mestläst", "lesogså", "læsogså", "mestlest", "czytajtakże", "zobaczteż", "przeczytajteż", "zobacztakże", "Čtětetaké",
        "leggianche", "lireaussi", "àlireaussi", "bacajuga", "lesensieauch", "mehrzumthema", "Читайтетакже",
        "läsäven", "kapcsolódó", "xemthêm", "citeșteși", "Citeșteși", "citeȘteȘi", "citeşteşi", "Citeşteşi", "llegeixtambé", "İlgİlİhaberler", "İlgilihaberler",
        "Читайтетакож", "Дивітьсятакож", "Потеме", "Потемі", "Смотритетакже", "Δείτεεπίσης", "ΔΕΙΤΕΕΠΙΣΗΣ", "Διαβάστεεπίσης",
        "相关阅读", "延伸阅读", "推荐阅读", "相關閱讀", "延伸閱讀", "相关链接", "相關連結", "あわせて読みたい", "관련기사",
        "اقرأأيضا", "اقرأأيضاً", "بیشتربخوانید", "مطالبمرتبط", "כתבותנוספות", "כתבותקשורות", "अन्यखबरें",
        "यहभीपढ़ें", "येभीपढ़ें", "अवश्यपढ़ें", "อ่านเพิ่มเติม", "ข่าวอื่นๆ", "อ่านข่าวที่เกี่ยวข้อง",
        "阅读下一篇", "閱讀下一篇", "下一篇", "相关推荐", "相關推薦", "热点推荐", "猜你喜欢", "次の記事",
        // A most-read box's heading ("ランキング", "点击排行", "많이 본 기사"); "排行榜" only alone
        // (`linkBoxesBeyondASCII`): it opens subheadings ("排行榜之外的新势力").
        "ランキング", "アクセスランキング", "人気ランキング", "記事ランキング", "热门排行", "點擊排行", "点击排行", "阅读排行", "閱讀排行",
        "인기기사", "많이본기사",
        "קראועוד", "הכינקראים", "আরওপড়ুন", "আরোপড়ুন", "औरपढ़ें", "llegiutambé", "přečtětesitaké", "luelisää",
        "đọctiếp", "Đọctiếp", "bunlarıdaokuyun", "bunlaridaokuyun", "somapia", "tazamapia",
        "prečítajtesitiež", "ezisérdekelheti", "อ่านข่าวเพิ่มเติม", "İlgİnİzİçekebİlİr", "İlginiziçekebilir", "Ταπιοδημοφιλή", "Ταπιοδιαβασμένα",
        "bunlardailginiziçekebilir", "ezekisérdekelhetik", "aiheestalisää",
        // "More news from the region", "Weitere Nachrichten aus …". (Not "Weitere Folgen",
        // "Weitere Beiträge", "More episodes": an article's subheadings say those of consequences,
        // of premiums, of a series.)
        "morenewsfrom", "weiterenachrichten", "weitereartikel",
        // "Read" as Serbo-Croatian and Slovenian open their boxes; "More from …" as Swedish and Norwegian do.
        "pročitajte", "preberite", "merfrån", "merfra",
    ])

    /// Box headings beyond ASCII that head a box only alone on their line, as short keys' bytes.
    static let linkBoxesBeyondASCII: [[UInt8]] = [
        "排行榜", "가장많이본뉴스",
        // "Most read", "Latest" and "You may be interested in" as sites head their boxes.
        "Самоечитаемое", "Самоепопулярное", "Последниеновости", "Вамможетбытьинтересно", "Найпопулярніше", "Останніновини",
        "Главноезасутки", "Главноезадень", "Новостипартнеров", "Новостипартнёров", "Другиеновости", "Ещёновости", "Ещеновости",
        "よく読まれている記事", "注目記事", "最新記事", "おすすめ記事", "こちらもおすすめ", "新着記事", "最新文章", "推荐文章",
        "热门新闻", "最新新闻", "최신기사", "추천기사", "인기뉴스", "الأكثرقراءة", "الأكثرمشاهدة", "آخرالأخبار",
        "últimasnoticias", "últimasnotícias", "àdécouvriraussi", "ànepasmanquer", "çokokunanlar", "àvoiraussi", "lasietarī", "seogså",
        "Прочитајтејош", "ПРОЧИТАЈТЕЈОШ", "Прочететеоще", "ПРОЧЕТЕТЕОЩЕ", "Прочететесъщо", "Вижтеоще", "Ощепотемата", "Читатитакож",
        "हेहीवाचा", "हेदेखीलवाचा", "हेपणवाचा", "இதையும்படிக்க", "இதையும்படியுங்கள்", "மேலும்படிக்க", "یہبھیپڑھیں", "مزیدپڑھیں",
    ].map { Array($0.utf8) }

    static let linkBoxes = KeySet([
        "related", "relatedarticles", "relatedstories", "relatedposts", "relatedcontent", "relatedlinks", "relatednews", "relatedcoverage",
        "recommended", "recommendedstories", "recommendedforyou", "youmayalsolike", "youmightalsolike",
        "youmayalsobeinterestedin", "mostpopular", "mostread", "trending", "trendingnow", "sharethisarticle", "sharethisstory",
        "sharethis", "readnext", "whattoreadnext", "moreonthistopic", "morestories", "morenews", "weiterebeiträgezumthema",
        "leiatambém", "vejatambém", "notíciasrelacionadas", "artículosrelacionados", "articlesconnexes", "dontmiss", "latestnews",
        "aroundtheweb", "fromtheweb", "morefromtheweb", "fromaroundtheweb", "promotedstories", "sponsoredstories", "morerelatedtothisstory",
        "editorspicks", "editorschoice", "topstories",
        // The same headings in the languages of the stop-word lists (the rest: `linkBoxPrefixes`).
        "verwandteartikel", "daskönntesieauchinteressieren", "meistgelesen", "surlemêmesujet", "articlessimilaires",
        "lespluslus", "noticiasrelacionadas", "maislidas", "articolicorrelati", "notiziecorrelate", "ipiùletti",
        "gerelateerdeartikelen", "meestgelezen", "powiązaneartykuły", "najczęściejczytane", "souvisejícíčlánky",
        "beritaterkait", "artikelterkait", "terpopuler", "ilgilihaberler", "tinliênquan", "bàiviếtliênquan",
        "articolesimilare", "articoleasemanatoare", "relateradeartiklar", "kapcsolódócikkek", "readalso", "alsoread",
        "leesook", "leetambién", "leatambién", "terecomendamos", "moreonthisstory", "luemyös",
        "tincùngchuyênmục", "readnextarticle", "nextarticle", "nextstory", "másinformación", "trendingstories",
        "polecane", "polecamy", "bàiviếtcùngchuyênmục", "bekijkook", "lisääaiheesta", "czytajwięcej",
        "przeczytajtakże", "voiraussi", "recomendamos", "olvassaeleztis", "taippatskaitykite", "seäven",
        // "More news" and "You may also like" as the languages of the stop-word lists head them.
        "meernieuws", "meerartikelen", "mehrnachrichten", "weiterenachrichten", "plusdactualités", "plusdarticles",
        "másnoticias", "maisnotícias", "altrenotizie", "więcejwiadomości", "fleranyheter", "flerenyheder", "flernyheter",
        "beritalainnya", "tinkhác", "vousaimerezaussi", "vouspourriezaussiaimer", "tipotrebbeinteressare",
        // "Most viewed", "Latest" and "You may be interested in" as sites head their boxes.
        "mostviewed", "mostshared", "mostwatched", "mostcommented", "mostemailed", "mostreadstories", "mostviewedstories",
        "popularnow", "popularstories", "popularnews", "popularposts", "latestheadlines", "latestarticles", "latestposts",
        "latestvideos", "recentposts", "recentarticles", "recentstories", "recentnews", "moretoread", "moreforyou", "lomásvisto",
        "másvistas", "másleídas", "másleídos", "tepuedeinteresar", "tepodríainteresar", "tambiénteinteresa", "otrasnoticias",
        "noticiasrecomendadas", "maisvistas", "maisvistos", "maislidos", "artigosrelacionados", "vocêpodegostar",
        "vocêtambémpodegostar", "lesplusvus", "surlemêmethème", "piùvisti", "piùletti", "ipiùvisti", "potrebbeinteressarti",
        "ultimenotizie", "articolirecenti", "meistgesehen", "ammeistengelesen", "meistgeklickt", "meistkommentiert",
        "auchinteressant", "dasinteressiertsieauch", "neuesteartikel", "neuestebeiträge", "meestbekeken", "meestgedeeld",
        "ookinteressant", "laatstenieuws", "najpopularniejsze", "najnowsze", "mohlobyvászajímat", "mestlæste", "senestenyt",
        "senastenytt", "sonhaberler", "beritaterbaru", "palingbanyakdibaca",
        // "More local news", "The latest news" as local papers head their boxes.
        "morelocalnews", "morelocalstories", "latestlocalnews", "dernièresactualités", "lesdernièresactualités", "dernièresnouvelles",
        "lesdernièresnouvelles", "lesdernièresinfos", "neuestenachrichten", "aktuellenachrichten",
        // "You may be interested in" in Catalan.
        "etpotinteressar",
    ])

    /// Headings of a box that sums the article up in a few lines the article then says in full.
    static let summaryHeadings = KeySet([
        "keypoints", "highlights", "keytakeaways", "takeaways", "inbrief", "tldr", "theshortversion", "summary",
        "lessentiel", "enbref", "daswichtigsteinkürze", "loesencial", "enresumen", "claves", "insintesi",
        "ipuntichiave", "emresumo", "oessencial", "samenvatting", "inhetkort", "wskrócie", "najważniejsze", "isammanfattning",
    ])

    /// (Keys of other scripts keep their case: only ASCII and Latin-1 letters are lowered.)
    static let articleEndPrefixes = Prefixes([
        "citation", "thoughtson", "commentson", "Комментарии", "КОММЕНТАРИИ", "Коментарі", "Σχόλια", "التعليقات", "टिप्पणियाँ",
        "发表评论", "网友评论", "全部评论", "コメント一覧", "댓글", "Оставитькомментарий", "Добавитькомментарий",
        "タグ", "标签", "標籤", "Теги", "Štítky", "热门跟贴", "跟贴", "热门评论", "網友評論", "címkék", "תגיות",
        "następnyartykuł", "Следующийматериал", "Следующаястатья", "Наступнийматеріал", "Наступнастаття", "다음기사",
    ])

    /// What a cookie banner, a consent form or a sign-up box's small print says, at any length:
    /// a feature for the line model (an article about privacy says it too, amid its prose).
    static let legalNotices = [
        "privacy policy", "cookie", "personal data", "personal information", "terms of use", "terms of service",
        "consent", "gdpr", "data protection", "datenschutz", "política de privacidad", "política de privacidade",
        "registered trademark", "trademarks of", "informational purposes", "written permission", "we may earn",
        // That the article informs and replaces no doctor's or adviser's advice.
        "not a substitute for professional", "does not replace professional", "not intended as medical advice",
        "does not constitute financial", "does not constitute investment", "does not constitute legal", "does not constitute advice",
        "not financial advice", "not investment advice", "not intended as financial", "educational purposes only",
        "informational and educational purposes", "for general information only", "we may receive compensation",
        "may receive compensation from some", "we receive compensation", "advertiser disclosure",
        "ersetzt keine ärztliche", "artikel ersetzt keine", "beitrag ersetzt keine", "informationen ersetzen keine",
        "ne remplace pas l'avis", "ne remplace pas un avis", "no sustituye el consejo",
        "no sustituye la consulta", "não substitui a consulta", "não substitui o aconselhamento", "non sostituisce il parere",
        "non sostituiscono il parere", "nie zastępuje porady", "artykuł ma charakter informacyjny", "не заменяет консультаци",
        "не может заменить консультаци", "носит ознакомительный характер", "nenahrazuje odbornou", "nenahrazuje lékařskou",
        "tavsiye yerine geçmez", "tidak menggantikan saran", "tidak menggantikan konsultasi", "bài viết chỉ mang tính chất tham khảo",
        "thông tin chỉ mang tính chất tham khảo", "لا تغني عن استشارة", "本文仅供参考", "本文僅供參考", "以上内容仅供参考", "以上內容僅供參考",
        // A comment section's house rules.
        "your comment", "post comments", "comment policy", "stay on topic", "los comentarios", "os comentários",
        "les commentaires", "i commenti", "die kommentare",
    ]

    /// A cookie or consent banner's own sentence: a legal notice opening as banners do ("We use
    /// cookies…", "By continuing…"), where a story about privacy opens with its news.
    /// (Inlined: the dek's test asks it of every candidate, and a call was handed a copy of the line.)
    @inline(__always)
    static func isBanner(_ line: Line) -> Bool {
        line.isLegalNotice && bannerOpenings.first(opening: line.lower) != nil
    }

    /// `isBanner`, or a consent framework's sentence, whatever its length (a long one gets no
    /// phrases looked up: `Line.phraseLimit`): "We and our 842 partners store and/or access
    /// information on a device, such as cookies, …", its opening the framework's and cookies
    /// named in it. (A sentence of the story about partners or consent names no cookie.)
    static func isBannerOfAnyLength(_ line: Line) -> Bool {
        if isBanner(line) { return true }
        guard line.wordCount >= consentWords, let first = line.text.utf8.first, consentFirstBytes.contains(first | 0x20) else { return false }
        // (The opening's ASCII letters lowered into a buffer on the stack: a String of it, made
        // for every paragraph opening with "w", "n" or "y", cost more than the rest of the check.)
        let (asks, opens) = line.text.withUTF8Bytes { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: consentOpeningLength) { buffer in
                let count = min(bytes.count, consentOpeningLength)
                for index in 0..<count { buffer[index] = bytes[index] &- 0x41 < 26 ? bytes[index] | 0x20 : bytes[index] }
                let opening = UnsafeBufferPointer(rebasing: buffer[..<count])
                let text = { String(decoding: opening, as: UTF8.self) }
                return (consentAsks.first(openingBytes: opening, of: text) != nil, consentOpenings.first(openingBytes: opening, of: text) != nil)
            }
        }
        return asks || opens && line.text.contains("ookie")
    }

    /// How much of a line's opening is looked up in `consentOpenings`; the fewest words of a
    /// consent framework's sentence.
    static let consentOpeningLength = 40, consentWords = 15
    /// How consent frameworks open their text, lowered.
    static let consentOpenings = Prefixes([
        "we and our ", "we use cookies", "wir und unsere partner", "wir verwenden cookies", "nous et nos partenaires", "nous utilisons des cookies",
        "nosotros y nuestros socios", "noi e i nostri partner", "nós e os nossos parceiros", "wij en onze partners",
    ])
    /// How they ask for consent, lowered: a sentence that says it all, cookies named or not.
    static let consentAsks = Prefixes(["you may click to consent", "you can change your choices", "you can withdraw your consent"])
    /// The first bytes, lowered, of `consentOpenings` and `consentAsks`: most paragraphs open otherwise.
    static let consentFirstBytes: Set<UInt8> = Set((consentOpenings.texts + consentAsks.texts).map { $0.utf8.first! })

    static let bannerOpenings = Prefixes([
        "we use cookies", "this website uses cookies", "this site uses cookies", "our website uses cookies", "our site uses cookies",
        "by continuing", "by using this", "by using our", "we and our partners", "our partners may", "we value your privacy",
        "you can change your choices", "you can withdraw your consent", "wir verwenden cookies", "diese website verwendet cookies",
        "nous utilisons des cookies", "ce site utilise des cookies", "utilizamos cookies", "usamos cookies", "este sitio utiliza cookies",
        "utilizziamo i cookie", "questo sito utilizza cookie", "wij gebruiken cookies",
    ])

    /// A promotion of the site itself (newsletters, apps, memberships), whatever its length:
    /// a line of up to 60 words (`lineListsWordLimit`) with a promotion among its hits.
    static func isPromotion(hits: Hits) -> Bool { hits.contains(.promotion) }

    static let promotions = [
        "subscribe", "newsletter", "sign up", "join our", "follow us", "download our", "get the app", "click here",
        "learn more", "if you enjoyed", "support our", "get breaking",
        // The publisher's note ("… is part of Future US Inc, an international media group") and a
        // series' ("This article is part of our series on…"): not "is part of" or "media group",
        // which story sentences say as often.
        "an international media group", "entertainment network", "lifestyle network", "is part of our series",
        "is part of a series", "part of an ongoing series", "get the latest", "inscreva-se", "abonnieren",
    ]

    /// A byline or dateline: "By Jane Doe", "Updated: 18 Nov 2019", "Published …".
    /// (`digits`: how many the text has.)
    static func isBylineOrDate(_ line: Subject, lower: LoweredBytes, digits: Int, hits: Hits, lists: borrowing LineLists) -> Bool {
        // (A dateline with its update and reading time runs longer, its parts set apart by bars
        // or told by a clock's time: "Par Thomas Rivoire - 22 janv. 2024 à 17:45 | mis à jour le
        // 22 janv. 2024 à 19:02 - Temps de lecture : 4 min". A list's long item is none.)
        guard line.wordCount <= 24 || line.wordCount <= longDatelineWords && !line.endsSentence
                && (line.bytes.contains(0x7C) || CommentLine.holdsTime(line.bytes)) else { return false }
        let opening = lists.bylinePrefixes.first(opening: lower)
        var hasPrefix = opening != nil
        // "By" then a name is a byline; "By March 2019, …", "By 2030 …", "By the end of …" open sentences.
        // (A page may keep "By" and the name together with a no-break space.)
        // (So do Indonesian "Oleh karena itu, …", Dutch "Door de storm …", Italian "di" in a
        // sentence, Spanish "Por qué …", French "Par ailleurs, …", German "Von der Leyen …" and
        // "Author evening moved …".)
        if let opening, Self.bylineOpeningsBeforeAName.contains(opening) {
            // (Italian writes "di" small in a byline; "Di Maio …", "Di Balik …" open headlines.)
            if opening == "di ", line.bytes.first != 0x64 { hasPrefix = false }
            let next = line.text.dropFirst(opening.count).prefix { $0 != " " && $0 != "," }
            if next.first?.isUppercase != true || monthNames.contains(next.lowercased()) || next == "The" { hasPrefix = false }
            // (Dutch capitalises nationalities: "Door Russische aanvallen zijn … gevlucht." is a sentence.)
            if opening != "by ", opening != "by\u{A0}", line.endsSentence { hasPrefix = false }
        }
        if let opening, Self.bylineOpeningsOfShortLines.contains(opening), line.wordCount > shortBylineWords { hasPrefix = false }
        // A word that opens sentences too ("Veröffentlicht wurde die Studie…", "Publicado en
        // 1967, el libro…") opens a dateline only with the date's figures.
        if let opening, datelineOpenings.contains(opening), digits == 0 || line.endsSentence { hasPrefix = false }
        if let opening, datelineOpeningsBeforeFigures.contains(opening), !opensFigures(lower.bytes, from: opening.utf8.count) { hasPrefix = false }
        // Longer bylines name several authors and the date: "By A, B on Monday, November 18th, 2019 at 11:08 a.m."
        if line.wordCount > 14 {
            // A sentence can hold "dec" (decade) or "mar" (market): here the month must be a word.
            guard hasPrefix, digits >= 2 else { return false }
            return lower.string.split { !$0.isLetter }.contains { bylineMonths.contains(String($0)) }
        }
        return hasPrefix || (digits >= 2 && !line.endsSentence && hits.contains(.month) && MonthDate.occurs(in: line.bytes, lower: lower.bytes)) || namesItsAuthorTwice(line.bytes)
            || (digits >= 6 && !line.endsSentence && ((line.wordCount <= numericDateWords && NumericDate.occurs(in: line.bytes))
                || (line.wordCount <= datelineWords && NumericDate.opens(line.bytes))))
            || (!line.isASCII && namesAKoreanReporter(lower.bytes, words: line.wordCount))
    }

    /// Whether a figure follows `start` in `bytes`, past a colon and spaces.
    static func opensFigures(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x3A { index += 1 }
        return index < bytes.count && bytes[index] &- 0x30 < 10
    }

    /// The most words of a byline with its dates, update and reading time, read by `isBylineOrDate`.
    static let longDatelineWords = 32

    /// The openings of `bylinePrefixes` that open a byline only before a name, capitalised.
    static let bylineOpeningsBeforeAName: Set<String> = ["by ", "by\u{A0}", "oleh ", "door ", "di ", "por ", "par ", "von ", "author ", "autor "]

    /// The openings of `bylinePrefixes` that sentences open with too, in scripts with no capital
    /// to tell a name by (Thai "โดย", Hebrew "מאת": "by"), or that open headlines too ("A guest
    /// post by a councillor sparks row …"): a byline's only on a short line.
    static let bylineOpeningsOfShortLines: Set<String> = ["โดย ", "מאת ", "ein gastbeitrag von", "a guest post by"]
    /// The most words of such a byline: a name or two and a role.
    static let shortBylineWords = 8

    /// The openings of `bylinePrefixes` that sentences open with too: a dateline's only with a date.
    static let datelineOpenings: Set<String> = [
        "diperbarui", "diterbitkan", "aktualisiert", "veröffentlicht", "mis à jour", "publié le", "actualizado", "publicado",
        "atualizado", "pubblicato", "aggiornato", "bijgewerkt", "gepubliceerd", "publicerad", "uppdaterad", "aktualizacja",
        "opublikowano", "aktualizováno", "publikováno", "güncelleme", "yayınlanma", "cập nhật", "Обновлено", "Опубликовано",
        "آخر تحديث", "تاریخ انتشار", "פורסם ", "פורסם:", "עודכן ", "עודכן:", "เผยแพร่ ", "เผยแพร่:", "อัปเดต ", "อัปเดต:", "อัพเดท ",
        "อัพเดท:", "ปรับปรุงล่าสุด", "Δημοσιεύθηκε", "Ενημερώθηκε", "Оновлено", "Опубліковано", "প্রকাশিত:", "প্রকাশ:", "আপডেট:",
    ]
    /// Openings of `bylinePrefixes` that make a dateline only with its figures right after them
    /// ("Laatste update: 24-03-24", "Publisert 3. apr."): headlines open with the words too
    /// ("Laatste update voor Windows 10 …", "Oppdatert kart viser 1200 …", "Publiserte 14 …").
    static let datelineOpeningsBeforeFigures: Set<String> = ["laatste update", "opdateret", "udgivet", "oppdatert", "publisert", "päivitetty", "julkaistu"]

    /// The most words of a line that a numeric date makes a dateline ("22.02.2026 - 11:05",
    /// "Stand: 2026-04-01 09:30 Uhr"; a sentence that gives a date has words of its own).
    static let numericDateWords = 6
    /// The most words of a line that opens with such a date and is a dateline still: the date,
    /// the time, the source and the writer.
    static let datelineWords = 12

    /// A Korean reporter's byline, the name before the title: "홍길동 기자", "홍길동 기자 hong@example.com".
    static func namesAKoreanReporter(_ bytes: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        let title: [UInt8] = [0x20, 0xEA, 0xB8, 0xB0, 0xEC, 0x9E, 0x90]  // " 기자"
        guard words <= 6, bytes.count >= title.count else { return false }
        // (Its last byte first: most lines end otherwise.)
        if bytes[bytes.count - 1] == 0x90, bytes[(bytes.count - title.count)...].elementsEqual(title) { return true }
        // Else only with the reporter's address after the title: most lines have no "@".
        guard memchr(bytes.baseAddress!, 0x40, bytes.count) != nil else { return false }
        for start in 0...(bytes.count - title.count) where bytes[start] == 0x20 && bytes[start + 1] == 0xEA {
            let end = start + title.count
            if bytes[start..<end].elementsEqual(title), end == bytes.count || bytes[end] == 0x20 { return true }
        }
        return false
    }

    /// An author card read as one line: the name, then "By" and the name again
    /// ("Jane Doe, The Daily By Jane Doe, The Daily").
    /// (Read as bytes: a Foundation search on every line was a quarter of all parsing.)
    static func namesItsAuthorTwice(_ text: String) -> Bool {
        return text.withUTF8Bytes(namesItsAuthorTwice)
    }

    /// `namesItsAuthorTwice` of a text's UTF-8 bytes.
    static func namesItsAuthorTwice(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 11, let at = firstBy(in: bytes) else { return false }
        // The name: the line's first two words.
        let spaces = bytes[..<at].indices.filter { bytes[$0] == 0x20 }
        let nameEnd = spaces.count >= 1 ? (spaces.count >= 2 ? spaces[1] : at) : nil
        guard let nameEnd, nameEnd > 0 else { return false }
        let rest = bytes[(at + 4)...]
        return rest.starts(with: bytes[..<nameEnd]) && (rest.count == nameEnd || rest[rest.startIndex + nameEnd] == 0x20)
    }

    /// Where " By " first is in the bytes: its "B" is looked for with memchr, many bytes a step
    /// (the search runs on most short lines, and few hold a capital B).
    private static func firstBy(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = 1
        while index + 3 <= bytes.count, let found = memchr(base + index, 0x42, bytes.count - 2 - index) {
            let at = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
            if bytes[at - 1] == 0x20, bytes[at + 1] == 0x79, bytes[at + 2] == 0x20 { return at - 1 }
            index = at + 1
        }
        return nil
    }

    /// What bylines and datelines open with, in the languages of the stop-word lists and in
    /// Chinese and Japanese ("作者：", "发布时间", "更新日"). (Lines are lowered in ASCII and Latin-1
    /// alone: Cyrillic is listed as written.)
    static let bylinePrefixes = Prefixes([
        "by ", "by\u{A0}", "por ", "von ", "par ", "updated", "published", "posted", "last updated", "written by", "autor:", "autor ", "author:", "author ",
        "oleh ", "door ", "editor:", "penulis:", "rédigé par", "article rédigé par", "écrit par", "geschrieben von", "verfasst von", "scritto da", "escrito por",
        "geschreven door", "special to the", "ein gastbeitrag von", "a guest post by",
        "diperbarui", "diterbitkan", "aktualisiert", "veröffentlicht", "mis à jour", "publié le",
        "actualizado", "publicado", "atualizado", "pubblicato", "aggiornato", "bijgewerkt", "gepubliceerd", "publicerad", "uppdaterad",
        "aktualizacja", "opublikowano", "aktualizováno", "publikováno", "güncelleme", "yayınlanma", "yazar:", "cập nhật",
        "Автор:", "Обновлено", "Опубликовано", "अपडेटेड", "प्रकाशित", "लेखक:",
        "作者：", "作者:", "来源：", "來源：", "来源:", "发布时间", "發布時間", "责任编辑", "責任編輯", "编辑：", "編輯：", "投稿者", "著者：", "更新日", "公開日", "投稿日",
        "本文来源", "本文來源", "文｜", "文／", "编辑｜",
        "（编辑：", "（編輯：", "（责任编辑：", "（責任編輯：", "聞き手・", "聞き手：", "取材・文", "構成・", "di ", "نشر في", "نُشر في", "تاريخ النشر",
        // Arabic, Persian, Hebrew, Thai, Greek, Ukrainian, Bengali and Vietnamese.
        // (As whole words: "מאתיים" is "two hundred", "פורסמו" opens a headline, "เผยแพร่ผลสอบ"
        // too, and "Ενημέρωση:" is an update's label over a headline.)
        "بقلم", "كتب:", "كتبت:", "آخر تحديث", "نویسنده:", "به قلم", "تاریخ انتشار", "מאת ", "מאת:", "פורסם ", "פורסם:", "עודכן ",
        "עודכן:", "โดย ", "เผยแพร่ ", "เผยแพร่:", "อัปเดต ", "อัปเดต:", "อัพเดท ", "อัพเดท:", "ปรับปรุงล่าสุด", "Συντάκτης:",
        "Δημοσιεύθηκε", "Ενημερώθηκε", "Оновлено", "Опубліковано", "লেখক:", "প্রকাশিত:", "প্রকাশ:", "আপডেট:", "শেষ আপডেট", "নিজস্ব সংবাদদাতা", "tác giả:",
        // Dutch, Danish, Norwegian and Finnish datelines ("Laatste update: 24-03-24, 19:02", "Publisert 3. apr.").
        "laatste update", "opdateret", "udgivet", "oppdatert", "publisert", "päivitetty", "julkaistu",
    ])

    static let months = [
        "jan", "feb", "mar", "apr", "may ", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
        // The months of the stop-word lists' languages that the words above do not hold; those that
        // open common words ("mayor", "generous") only with the "de" of a Spanish date. (A hit is
        // a date's only as a word beside a figure: `MonthDate`.)
        "märz", "mai ", "oktober", "dezember", "février", "avril", "juin", "juillet", "août", "décembre", "de enero", "de mayo",
        "diciembre", "gennaio", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "mei ", "agustus", "desember",
        "stycznia", "lutego", "kwietnia", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
        "ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince",
        "января", "февраля", "марта", "апреля", "мая ", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
        "maart", "maj", "március", "április", "május", "június", "július", "szeptember", "október", "ocak", "şubat", "Şubat", "nisan", "mayıs", "haziran", "temmuz", "ağustos",
        "eylül", "ekim", "kasım", "aralık",
        // Ukrainian, Greek (as written: lines are not lowered beyond Latin-1), Arabic (the
        // Egyptian and the Levantine names), Persian (the European and the solar), Urdu, Hebrew (and
        // "in March", as dates say it, but "in May", "במאי", which is "film director" too), Thai (the names and their dotted abbreviations), Hindi, Bengali, Swahili.
        "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
        "Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου",
        "Νοεμβρίου", "Δεκεμβρίου", "ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου",
        "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου",
        "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
        "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
        "ژانویه", "فوریه", "آوریل", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
        "جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر",
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
        "ינואר", "פברואר", "מרץ", "מרס", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר",
        "בינואר", "בפברואר", "במרץ", "במרס", "באפריל", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר",
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
        "जनवरी", "फ़रवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "सितम्बर", "अक्टूबर", "अक्तूबर",
        "नवंबर", "नवम्बर", "दिसंबर", "दिसम्बर",
        "জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
        "machi", "agosti", "oktoba", "desemba",
    ]
    /// The months a long byline's date names, as a word: in the stop-word lists' languages, and
    /// as French, Spanish, Italian, Portuguese and German shorten them ("22 janv. 2024").
    static let bylineMonths: Set<String> = NotAHeadline.monthWords.union([
        "janv", "févr", "avr", "juil", "déc", "ene", "abr", "dic", "dez", "okt", "mrz", "gen", "giu", "lug", "ott",
    ])

    static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
}
