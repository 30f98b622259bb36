import Foundation

/// Lines whose form says they are furniture, never a story's headline, whatever else they look
/// like: a date and time alone, or opening or closing the line (`LeadingDate`), a trail of links,
/// a line of code or of a table, a link to the next post or to another page ("See also: …").
/// Asked of every headline candidate of every article, so read from bytes where it can be.
enum NotAHeadline {
    static func applies(to line: Line) -> Bool {
        // (A row of a table, tabbed or drawn with box-drawing characters: `Line.isTableRow`; a
        // tab between words parts two cells, an infobox's "Founded<tab>1998".)
        if line.isTableRow || line.hasTab || line.edges.contains(.code) || isTrail(line.text) || isPipedMenu(line.text) || isPictureFileName(line) { return true }
        // (Only one line opening like a link to a neighbouring post is looked up: `lower` is made
        // again from the text when asked.)
        if isTimestamp(line) || LeadingDate.opens(line) || LeadingDate.closes(line) || isAsideOrItem(line.text) || isSlashTrail(line.text)
            || opensWithTimeAgo(line) { return true }
        // (A label ends in a colon: only a line with one has its lowered text made and looked up.)
        if line.wordCount <= sourceWords, line.text.utf8.contains(0x3A), sourceLabels.first(opening: line.lower) != nil { return true }
        if line.hasInnerSentenceBreak, closesWithPhotoCredit(line.text) { return true }
        if isCopyrightNotice(line.text) || line.text.endsInOneColon || isKickerOverItsHeadline(line) || holdsEmailAddress(line.text) || holdsWebAddress(line.text)
            || isIngredient(line) { return true }
        if isFact(line) || ScoreLine.matches(line) || MarketQuote.matches(line) { return true }
        // A series' or slideshow's counter ("Part 3 of 5", "1 of 8"); a sponsor's label
        // ("Presented by High Desert Federal Credit Union"): only a line opening like one is looked up.
        if SlideCounter.matches(line) || SlideCounter.opensCaption(line) { return true }
        if line.wordCount <= sponsorWords, let first = line.text.utf8.first, opensLikeSponsor(first),
           sponsorLabels.first(opening: line.lower) != nil { return true }
        // A table of contents' own heading ("On this page", "Contents"): the page's sections, not its title.
        if isContentsHeading(line) { return true }
        if isCookieNotice(line) || isGenreByline(line) { return true }
        // A link to another page ("See also: …", "Main article: …") reads as a call to action:
        // only such a line is looked up.
        if line.isCallToAction, Phrases.relatedLowerPrefixes.first(opening: line.lower) != nil { return true }
        return isNeighbourLink(line) || isPagerControl(line)
    }

    /// A kicker in capitals that runs on into the headline under it, ending in a dash ("THE PART
    /// IS FINE, THE SOFTWARE SAYS NO —"). (Not a headline in sentence case so ending: "Und dann
    /// kam der Anruf –".)
    static func isKickerOverItsHeadline(_ line: Line) -> Bool {
        line.upperCaseShare >= HeadlineModel.kickerCapitals && line.text.endsInOpenDash
    }

    /// Whether the line is a pager's button alone ("Next", "Last", "Older posts"), as a forum
    /// thread or an archive lists its pages between its title and its first post.
    static func isPagerControl(_ line: Line) -> Bool {
        guard line.wordCount <= 3, let first = line.text.utf8.first, pagerFirstBytes.contains(first | 0x20) else { return false }
        return pagerControls.contains(line.shortKey)
    }

    static let pagerControls = KeySet([
        "next", "last", "first", "previous", "prev", "gotopage", "nextpage", "previouspage", "lastpage", "firstpage",
        "older", "newer", "olderposts", "newerposts", "olderentries", "newerentries", "loadmore", "showmore",
        "weiter", "zurück", "nächsteseite", "vorherigeseite", "suivant", "précédent", "pagesuivante", "pageprécédente",
        "siguiente", "anterior", "successivo", "precedente", "próximo", "próxima", "volgende", "vorige", "następna",
        "poprzednia", "sonraki", "selanjutnya", "sebelumnya", "seuraava", "edellinen", "nästa", "föregående",
    ])
    /// The first letters of `pagerControls`: most lines open otherwise, and skip making their key.
    static let pagerFirstBytes = Set(pagerControls.keys.map { $0.utf8.first! })

    /// Whether the line links to the post before or after this one (`neighbourLinks`), maybe
    /// behind an arrow pointing the way ("← Previous post: …", "« Entrada anterior").
    static func isNeighbourLink(_ line: Line) -> Bool {
        guard let first = line.text.utf8.first else { return false }
        if neighbourLinkOpenings[Int(first | 0x20)] { return neighbourLinks.first(opening: line.lower) != nil }
        guard first == 0x3C || first == 0xC2 || first == 0xE2, let arrow = line.lower.first, arrows.contains(arrow) else { return false }
        return neighbourLinks.first(opening: line.lower.dropFirst().drop { $0 == " " }) != nil
    }

    private static let arrows: Set<Character> = ["<", "«", "‹", "←"]

    /// Whether the line is a cookie notice, in any language: cookies named, and a row of
    /// buttons ("Consentimiento de cookies: Aceptar | Rechazar | Configurar"), or a button or
    /// sentences that ask for consent ("We use cookies to improve your experience. Accept |
    /// Settings", "… vous consentez à l'utilisation de cookies."). A headline about cookies is one
    /// title, whatever its abbreviations or question: "Cookie prices rise in U.S. as cocoa
    /// soars", "¿Aceptar todas las cookies? Lo que cambia". (A page's title with its site's
    /// name has one bar and no sentences before it: "Cookie consent rules: … | The Gazette".)
    static func isCookieNotice(_ line: Line) -> Bool {
        // (A line naming cookies is a legal notice's, `Phrases.legalNotices`: most lines are
        // turned away by the flag, before the text is searched.)
        if line.wordCount >= 2, line.wordCount <= privacyHeadingWords, line.text.utf8.count <= privacyHeadingBytes,
           privacyHeadings.contains(line.shortKey) { return true }
        guard line.isLegalNotice, PlainSearch.occurs("ookie", in: line.text) else { return false }
        let bars = line.text.utf8.count(where: { $0 == 0x7C })  // |
        if bars >= 2 { return true }
        // (Its sentences may run into its button: "… ga je akkoord met ons cookiebeleid. OK".)
        guard line.hasInnerSentenceBreak, bars == 1 || HeadlineFeatures.endsWithFullStop(line.text) || line.text.hasSuffix(" OK") else { return false }
        let lower = line.lower
        return consentWords.contains { PlainSearch.occurs($0, in: lower) }
    }

    /// What a cookie notice asks or offers, lowered: consent, or its buttons.
    static let consentWords = ["accept", "akzept", "consent", "acepta", "accett", "aceit", "zustimm", "einverstanden", "agree", "toestemming", "godkänn", "samtyk",
                               "akkoord", "de acord", "souhlas", "zgod", "elfogad", "hyväksy", "prihvać", "kabul"]

    /// A consent banner's heading, as short keys: "We value your privacy" in the languages pages
    /// come in. (A `KeySet`: most short candidates' keys are turned away by their shape, unhashed.)
    static let privacyHeadings = KeySet([
        "wevalueyourprivacy", "wecareaboutyourprivacy", "yourprivacymatters", "yourprivacychoices", "privacysettings", "cookiesettings",
        "wirrespektierenihreprivatsphäre", "ihreprivatsphäre", "datenschutzeinstellungen", "nousrespectonsvotrevieprivée", "votrevieprivée",
        "respetamostuprivacidad", "tuprivacidad", "valorizamosasuaprivacidade", "rispettiamolatuaprivacy", "wijwaarderenuwprivacy",
        "wijrespecterenuwprivacy", "uwprivacy", "vivärnaromdinintegritet", "vivärdesätterdinintegritet", "viverdsetterdittpersonvern",
        "vipasserpådinedata", "arvostammeyksityisyyttäsi",
    ])
    /// The most words and bytes of such a heading: only a line as short has its key made and looked up.
    static let privacyHeadingWords = 6, privacyHeadingBytes = 40

    /// Whether the line names the piece's kind and its writer, as a byline may ("Ein Kommentar
    /// von Stefanie Brockmann", "Recipe by Elena Marchetti", "Una columna de Ana Pérez"): a kind
    /// of piece (`pieceKinds`), alone or after an article ("ein", "a", "una"), then "by" in the
    /// page's language, written small, and a name of two or three capitalised words. (A
    /// headline's agent is no kind of piece, "Town destroyed by Hurricane Helene"; a title-cased
    /// headline says more of its kind, "Lost Essay by Mark Twain Surfaces".)
    static func isGenreByline(_ line: Line) -> Bool {
        guard line.wordCount >= 4, line.wordCount <= 6, line.capitalised >= 2, !line.endsSentence else { return false }
        // (The first word looked up before the line is split: most lines open otherwise.)
        guard let first = firstWordLowered(line.text), pieceKinds.contains(first) || articles.contains(first) else { return false }
        let words = line.text.split(separator: " ")
        guard let by = words.indices.dropFirst().prefix(2).first(where: { bylineWords.contains(String(words[$0])) }),
              pieceKinds.contains(words[by - 1].lowercased()), by == 1 || articles.contains(words[0].lowercased()) else { return false }
        let name = words[(by + 1)...]
        return (2...3).contains(name.count) && name.allSatisfy { $0.first?.isUppercase == true }
    }

    /// The text's first word lowered, when it has `maxBytes` bytes at most (read from the
    /// bytes: a word's Characters cost their grapheme breaks, asked of every short line).
    static func firstWordLowered(_ text: String, maxBytes: Int = 16) -> String? {
        text.withUTF8Bytes { bytes in
            let count = bytes.prefix { $0 != 0x20 }.count
            guard count > 0, count <= maxBytes else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<count]), as: UTF8.self).lowercased()
        }
    }

    /// The articles a kind of piece may open with.
    static let articles: Set<String> = ["a", "an", "ein", "eine", "un", "une", "una", "uno", "en", "et", "ett", "een"]

    /// "By" in the languages of `pieceKinds`.
    static let bylineWords: Set<String> = ["by", "von", "de", "di", "del", "por", "par", "van", "door", "av", "af"]
    /// Kinds of piece a byline may name, lowered.
    static let pieceKinds: Set<String> = [
        "recipe", "review", "column", "commentary", "analysis", "essay", "interview", "report", "feature", "story", "words",
        "kommentar", "reportage", "analyse", "glosse", "kolumne", "gastbeitrag", "gastkommentar", "rezept", "bericht", "text",
        "chronique", "éditorial", "tribune", "recette", "critique", "enquête", "columna", "crónica", "análisis", "receta",
        "reportaje", "entrevista", "tribuna", "ricetta", "rubrica", "analisi", "commento", "intervista", "recept", "krönika",
        "klumme", "kroniek", "recensie", "recension", "anmeldelse", "artigo", "crônica", "coluna", "receita", "reportagem",
    ]

    /// Whether the line is a table of contents' own heading ("On this page", "Contents").
    static func isContentsHeading(_ line: Line) -> Bool {
        line.wordCount <= 4 && contentsHeadingKeys.contains(line.key)
    }

    /// The headings over a table of contents. Looked up by their lines' keys, made once: a
    /// short key made for every candidate looked up showed in the instruction count.
    static let contentsHeadings = [
        "Contents", "Table of contents", "On this page", "In this article", "In this guide", "Jump to", "Inhalt", "Inhaltsverzeichnis",
        "Sommaire", "Contenido", "Contenidos", "Indice", "Índice", "Conteúdo", "Spis treści", "Obsah", "Inhoud", "Innehåll", "Sisällys",
        "目次", "目录", "目錄", "목차", "Содержание",
    ]
    /// (An array: two dozen integers compared cost less than hashing the key for a set.)
    static let contentsHeadingKeys: [LineKey] = contentsHeadings.map { PageParser.split($0)[0].key }

    /// A page's copyright notice: "© 2002, 2003 Jamie Zawinski", "Copyright (c) 2014 …",
    /// "Copyright 2019 The Times". (A headline about copyright goes on in words: "Copyright law …".)
    /// (Read from the text's bytes: the lowered text is made anew each time it is asked for.)
    static func isCopyrightNotice(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard let first = bytes.first, first == 0xC2 || first | 0x20 == 0x63 else { return false }  // © or c
            if bytes.starts(with: [0xC2, 0xA9]) { return true }
            let word = "copyright ".utf8
            guard bytes.count > word.count, zip(bytes, word).allSatisfy({ $0 | 0x20 == $1 }) else { return false }
            let rest = bytes.dropFirst(word.count)
            return rest.starts(with: [0xC2, 0xA9]) || rest.prefix(3).map({ $0 | 0x20 }).elementsEqual("(c)".utf8)
                || rest.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
        }
    }

    /// A recipe's ingredient: a few words opening or closing with a quantity and its unit ("1 1/2
    /// cups all-purpose flour", "200 g butter", "Maccheroni o rigatoni 320 g"). (A headline that
    /// opens so says more: "2 cups of coffee a day cut the risk of …".)
    static func isIngredient(_ line: Line) -> Bool {
        line.wordCount <= ingredientWords && QuantityLists.item(line) == true
    }

    /// The most words of an ingredient's line.
    static let ingredientWords = 6

    /// A fact's label and its figure ("Serves: 4", "Prep time: 15 min", "Kaç kişilik: 4",
    /// "Preis: 19,99 €"): a recipe's or a product's card, never a headline. Up to three words
    /// before the colon, then a figure and at most its unit (`factUnits`). (A headline goes on
    /// after its figure: "Covid: 5 things to know", "Japan quake: 7 dead".)
    static func isFact(_ line: Line) -> Bool {
        line.wordCount <= factWords && isFact(line.text)
    }

    /// `isFact` of a line's text.
    static func isFact(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard let colon = bytes.firstIndex(of: 0x3A), colon > 0, colon + 2 < bytes.count, bytes[colon + 1] == 0x20,
                  bytes[colon + 2] &- 0x30 < 10 else { return false }
            guard bytes[..<colon].count(where: { $0 == 0x20 }) < 3 else { return false }
            let figure = bytes[(colon + 2)...].split(separator: 0x20)
            return figure.count == 1 || figure.count == 2 && factUnits.contains(String(decoding: figure[1], as: UTF8.self).lowercased())
        }
    }

    /// The units a card's figure is given in: a recipe's measures, times and money.
    static let factUnits = QuantityLists.units.union([
        "min", "min.", "mins", "minutes", "h", "hr", "hrs", "hours", "std", "std.", "stunden", "dk", "sn", "kcal", "cal", "€", "$", "£", "%",
        "people", "persons", "personen", "personnes", "personas", "pessoas", "porzioni", "portions", "servings", "kişilik",
    ])

    /// The most words of a fact's line.
    static let factWords = 6

    /// Whether an e-mail address stands in the line ("Letters to the Editor Email
    /// comments@dallasnews.com"): a contact line, never a headline. (An @handle has no dot after it.)
    static func holdsEmailAddress(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard let at = bytes.firstIndex(of: 0x40), at > 0, bytes[at - 1] != 0x20 else { return false }  // @
            let domain = bytes[(at + 1)...].prefix { $0 != 0x20 }
            guard let dot = domain.firstIndex(of: 0x2E) else { return false }
            return dot > at + 1 && dot + 1 < domain.endIndex
        }
    }

    /// Whether a web address stands in the line ("The Wayback Machine - https://web.archive.org/…",
    /// "Saved from https://…"): an archive's or a tool's line over the page, never a headline.
    static func holdsWebAddress(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            var from = 0
            // (The colons found with memchr: most lines have none.)
            while from < bytes.count, let found = memchr(base + from, 0x3A, bytes.count - from) {
                let colon = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
                // (A host with a dot after it: "http:// to https://" names no address.)
                if colon >= 4, colon + 2 < bytes.count, bytes[colon + 1] == 0x2F, bytes[colon + 2] == 0x2F,
                   bytes[(colon - 4)..<colon].elementsEqual("http".utf8) || colon >= 5 && bytes[(colon - 5)..<colon].elementsEqual("https".utf8) {
                    let host = bytes[(colon + 3)...].prefix { $0 != 0x20 && $0 != 0x2F }
                    if let dot = host.firstIndex(of: 0x2E), dot > host.startIndex, dot + 1 < host.endIndex { return true }
                }
                from = colon + 1
            }
            return false
        }
    }

    /// Per byte, whether a neighbour link opens with it (a table: hashing the byte to look it up
    /// in a Set cost more than the rest of the check, for every candidate).
    private static let neighbourLinkOpenings: [Bool] = (0..<256).map { byte in neighbourLinks.texts.contains { Int($0.utf8.first! | 0x20) == byte } }

    /// Links to the posts before and after this one: "Next article These Weeks in Firefox: …".
    static let neighbourLinks = Prefixes([
        "next article", "previous article", "next post", "previous post", "next story", "previous story",
        "older post", "newer post", "prev post", "next:", "previous:", "prev:", "up next",
        "entrada anterior", "entrada siguiente", "artículo anterior", "artículo siguiente", "article précédent", "article suivant",
        "vorheriger beitrag", "nächster beitrag", "vorheriger artikel", "nächster artikel", "artigo anterior", "próximo artigo",
        "post anterior", "próximo post", "articolo precedente", "articolo successivo", "poprzedni wpis", "następny wpis",
        "önceki yazı", "sonraki yazı", "artikel sebelumnya", "artikel selanjutnya", "Предыдущая статья", "Следующая статья",
        // (With their colon where the words open headlines too: "下一篇章", "다음 글로벌 전략".)
        "前の記事", "次の記事", "上一篇：", "下一篇：", "上一篇:", "下一篇:", "이전 글:", "다음 글:",
    ])

    /// A live blog's entry or a feed's item stamped with how long ago it ran: "2 min ago FULL
    /// TIME: City 1-1 Arsenal", "3 hours ago Storm warning extended".
    static func opensWithTimeAgo(_ line: Line) -> Bool {
        guard line.digits > 0, line.wordCount >= 4, let first = line.text.utf8.first, first &- 0x30 < 10 else { return false }
        let words = line.lower.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        return words.count >= 3 && words[0].allSatisfy(\.isNumber) && timeUnits.contains(String(words[1])) && words[2] == "ago"
    }

    private static let timeUnits: Set<String> = ["sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "day", "days"]

    /// `isTimestamp` of a line's lowered text, asked only of a line with a digit and few words.
    static func isTimestamp(_ line: Line) -> Bool {
        line.digits > 0 && line.wordCount <= 30 && isTimestamp(line.lower)
    }

    /// Nothing but a date or time: "on December 27, 2014 at 12:06 PM, updated …", "3 hours ago",
    /// "sexta-feira, 22 de outubro de 2010 às 20:13". Every word holds a digit or is a month,
    /// a weekday, a clock or a joining word, and one at least holds a digit (a headline has
    /// a word of its own).
    static func isTimestamp(_ lower: String) -> Bool {
        return lower.withUTF8Bytes { bytes in
            var sawDigit = false
            // Word by word (ASCII letters and digits, and any letter beyond ASCII), so that most
            // lines are turned away at their first word.
            var start = 0
            for index in 0...bytes.count where index == bytes.count || isSeparator(bytes[index]) {
                defer { start = index + 1 }
                guard index > start else { continue }
                let runBytes = UnsafeBufferPointer(rebasing: bytes[start..<index])
                if runBytes.allSatisfy({ $0 < 0x80 }) {
                    // An ASCII run is one word, read from its bytes (most runs are: Characters
                    // and a Set of them cost thousands of instructions a line).
                    guard let hasDigit = asciiDateWord(runBytes) else { return false }
                    if hasDigit { sawDigit = true }
                    continue
                }
                // (A run beyond ASCII may hold punctuation too: "—", "，".)
                for word in String(decoding: runBytes, as: UTF8.self).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                    if word.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                        // "12", "27th", "2014年12月27日", "10h30": digits with a suffix at most.
                        guard word.allSatisfy({ $0.isNumber || dateSuffixes.contains($0) }) || ordinals.contains(word.drop(while: \.isNumber)) else { return false }
                        sawDigit = true
                    } else if !dateWords.contains(word.lowercased()) {
                        return false
                    }
                }
            }
            return sawDigit
        }
    }

    /// Whether an ASCII word of letters and digits holds a digit, as `isTimestamp` reads a word,
    /// or nil when it has no place in a date: "12", "27th", "10h30" (digits with a suffix at
    /// most) or a word of `dateWords`. (An ASCII character's only numbers are its digits.)
    private static func asciiDateWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool? {
        @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        guard word.contains(where: isDigit) else {
            // (Most words are turned away by their shape, before a String of them is made and hashed.)
            guard asciiDateWordShapes.contains(length: word.count, word[0], word[word.count - 1]) else { return nil }
            return dateWords.contains(String(decoding: word, as: UTF8.self)) ? false : nil
        }
        if word.allSatisfy({ isDigit($0) || asciiDateSuffixes.contains($0) }) { return true }
        let suffix = UnsafeBufferPointer(rebasing: word.drop(while: isDigit))
        return ordinals.contains(Substring(String(decoding: suffix, as: UTF8.self))) ? true : nil
    }

    /// The shapes (length, first and last byte) of the ASCII words of `dateWords`: an ASCII word
    /// of another shape is none of them.
    private static let asciiDateWordShapes: ShapeFilter = {
        var shapes = ShapeFilter()
        for word in dateWords where word.utf8.allSatisfy({ $0 < 0x80 }) {
            shapes.insert(length: word.utf8.count, word.utf8.first!, word.utf8.last!)
        }
        return shapes
    }()

    /// The ASCII ones of `dateSuffixes`, as bytes.
    private static let asciiDateSuffixes: Set<UInt8> = Set(dateSuffixes.compactMap(\.asciiValue))

    /// ASCII other than letters and digits: spaces and punctuation between a date's words.
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte < 0x80 && !(byte >= 0x30 && byte <= 0x39) && !((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// Letters a number may carry in a date or time: "10h30", "2014年", "5m".
    /// (And how long ago: "2時間前", "2小时前", "5分钟前", "2시간".)
    private static let dateSuffixes: Set<Character> = ["h", "m", "s", "d", "w", "y", "年", "月", "日", "时", "時", "分", "秒", "号", "號", "일", "월", "년", "시", "분",
                                                       "間", "前", "小", "钟", "鐘", "간"]
    static let ordinals: Set<Substring> = ["st", "nd", "rd", "th", "er", "e", "º", "ª", "am", "pm", "min", "mins", "hrs", "hr"]

    static let dateWords: Set<String> = monthWords.union([
        // Clock, joins and what a dateline says of itself.
        "on", "at", "of", "the", "am", "pm", "a", "p", "m", "updated", "published", "posted", "modified",
        "last", "and", "de", "del", "às", "as", "le", "à", "el", "um", "den", "der", "il", "op", "om", "en", "h",
        "ago", "hour", "hours", "minute", "minutes", "min", "mins", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "hrs", "hr", "yesterday", "today",
        "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "ist", "aest", "aedt",
        // Weekdays.
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo", "feira",
        "lunes", "martes", "miércoles", "jueves", "viernes",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        // What datelines say of themselves in the other languages of the stop-word lists, with
        // their months (lower-cased: a word beyond ASCII is compared lowered).
        "veröffentlicht", "aktualisiert", "am", "uhr", "stand", "publié", "mis", "jour", "actualizado", "publicado",
        "a", "las", "la", "pubblicato", "aggiornato", "alle", "ore", "atualizado", "em", "gepubliceerd", "bijgewerkt",
        "опубликовано", "обновлено", "в", "сегодня", "вчера", "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
        "diperbarui", "diterbitkan", "wib", "wita", "wit", "januari", "februari", "maret", "mei", "agustus", "desember",
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
        "güncelleme", "yayınlanma", "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
        "ekim", "kasım", "aralık", "opublikowano", "aktualizacja", "stycznia", "lutego", "marca", "kwietnia", "maja",
        "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
        "cập", "nhật", "tháng", "lúc", "ngày", "giờ",
        // Weekdays in Arabic, Persian and Urdu ("جمعرات 8 فروری 2024").
        "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
        "شنبه", "یکشنبه", "دوشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار",
        "입력", "수정", "기사입력", "최종수정", "등록", "업데이트", "오전", "오후",
        "发布时间", "发布", "更新", "时间", "日期", "更新时间", "上午", "下午", "发表于",
        "公開日", "更新日", "配信", "掲載", "午前", "午後", "投稿日",
        // How long ago, as the languages above say it ("Il y a 2 heures", "vor 3 Stunden", "2 часа назад").
        "il", "y", "heure", "heures", "minute", "jour", "jours", "semaine", "semaines", "hier", "vor", "stunde", "stunden",
        "minuten", "tag", "tagen", "woche", "wochen", "gestern", "heute", "hace", "hora", "horas", "minuto", "minutos",
        "día", "días", "semana", "semanas", "ayer", "hoy", "há", "dia", "dias", "ontem", "hoje", "fa", "ora", "minuti",
        "giorno", "giorni", "settimana", "settimane", "ieri", "oggi", "geleden", "uur", "dag", "dagen", "weken",
        "gisteren", "vandaag", "temu", "godz", "godzina", "godziny", "godzin", "minut", "minuty", "wczoraj", "dzisiaj",
        "назад", "час", "часа", "часов", "минут", "минуту", "минуты", "дня", "дней", "тому", "години", "годину", "годин",
        "хвилин", "хвилини", "před", "hodinami", "hodinou", "minutami", "sedan", "timmar", "timme", "minuter", "dagar",
        "igår", "idag", "i", "går", "kl", "klokken", "siden", "timer", "minutter", "publiceret", "opdateret", "publisert",
        "oppdatert", "publicerad", "uppdaterad", "önce", "saat", "dakika", "gün", "jam", "yang", "lalu", "menit", "hari", "trước", "전",
    ])

    /// The months, as a date names them: English (`Phrases.monthNames`), Portuguese, Spanish,
    /// French, German and Italian, and the names beyond ASCII that `Phrases.months` lists (Polish,
    /// Czech, Russian, Greek, Arabic, Hebrew, Thai, Hindi, …) whole.
    static let monthWords: Set<String> = Phrases.monthNames.union([
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
        "enero", "febrero", "marzo", "mayo", "junio", "julio", "septiembre", "octubre", "noviembre", "diciembre",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
    ]).union(Phrases.months.filter { month in month.unicodeScalars.contains { !$0.isASCII } && !month.contains(" ") && !month.contains(".") }.map { $0.lowercased() })

    /// Links between bars, three or more of a few words each: "Home | News | Tech", "ニュース |
    /// 経済 | 国際". (A headline with its site's name has one bar: "Ferry fares rise | Harbour Daily".)
    static func isPipedMenu(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard bytes.contains(0x7C) else { return false }
            // (`spaces` counts an item's words less one by the space after it: it starts as if
            // the space before it had been counted.)
            var items = 1, spaces = -1
            for index in bytes.indices {
                switch bytes[index] {
                case 0x7C:
                    // An item ends at a bar between spaces.
                    guard index > 0, index + 1 < bytes.count, bytes[index - 1] == 0x20, bytes[index + 1] == 0x20 else { return false }
                    items += 1
                    spaces = -2
                case 0x20:
                    spaces += 1
                    if spaces >= menuItemWords { return false }
                default: continue
                }
            }
            return items >= 3
        }
    }

    /// A link in a menu of bars has at most this many words (the last item, with no space after
    /// it, one more).
    private static let menuItemWords = 4

    /// A picture's caption whose last sentence credits the picture: "Hal and Fran Finney. Photo
    /// courtesy Fran Finney", "… during Sunday's loss. (AP Photo)", "… at the quay. Getty Images".
    /// (A caption of one sentence is `Line.isCaption`; a headline may end with "(Photos)", but
    /// after no sentence, or with "See the first photos".) The credit follows a full stop after
    /// a lower-case letter, so an initialism ("U.S. Photo Agency …") opens none; it is a few
    /// words at most, and opens with a credit's word, in brackets or not.
    static func closesWithPhotoCredit(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            // The last ". " after a small letter, within the credit's reach of the end.
            var index = bytes.count - 2
            while index >= 1, bytes.count - index <= maxCreditBytes, !(bytes[index] == 0x2E && bytes[index + 1] == 0x20 && bytes[index - 1] &- 0x61 < 26) { index -= 1 }
            guard index >= 1, bytes.count - index <= maxCreditBytes else { return false }
            var credit = UnsafeBufferPointer(rebasing: bytes[(index + 2)...])
            if credit.first == 0x28 { credit = UnsafeBufferPointer(rebasing: credit.dropFirst()) }  // (
            return creditOpenings.contains { opens(credit, with: $0) }
        }
    }

    /// Whether `text` opens with `word` (lower-case ASCII), its ASCII letters compared lowered.
    private static func opens(_ text: UnsafeBufferPointer<UInt8>, with word: [UInt8]) -> Bool {
        text.count >= word.count && zip(text, word).allSatisfy { byte, wanted in (byte &- 0x41 < 26 ? byte | 0x20 : byte) == wanted }
    }

    private static let maxCreditBytes = 60
    /// How a picture's credit opens: "Photo …" (and "Photograph", "Photos"), "Image", "Courtesy",
    /// "Credit", or an agency's name; "Foto: …", "Foto Name", "Bild:", "Crédit photo" as other
    /// languages write it (not "… piazza San Marco. FOTO", an Italian headline's label, nor
    /// "Fotografo …" or "Crédit Mutuel").
    private static let creditOpenings: [[UInt8]] = [
        "photo", "image", "picture", "courtesy", "credit", "getty", "reuters", "afp", "ap photo", "ap/", "epa", "foto:", "foto ", "bild:",
        "crédit photo", "crédit :", "crédits photo",
    ].map { Array($0.utf8) }

    /// An aside in brackets ("(See the end of the work for notes.)"), or a list's item or an
    /// attribution opening with a mark and a space ("*  GET a folder: …", "— Jane Doe on Sunday").
    /// No headline of the dev corpora is either; over a hundred of their lines are.
    static func isAsideOrItem(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard let first = bytes.first, let last = bytes.last, bytes.count >= 2 else { return false }
            switch first {
            case 0x28: return last == 0x29
            case 0x5B: return last == 0x5D
            // (Most lines open with none of the marks' first bytes: turned away before comparing.)
            case 0x2A, 0x2D, 0xC2, 0xE2: return itemMarks.contains { mark in bytes.count > mark.count && mark.elementsEqual(bytes.prefix(mark.count)) }
            default: return false
            }
        }
    }

    /// A mark and a space: * • · — – -.
    private static let itemMarks: [[UInt8]] = ["* ", "• ", "· ", "— ", "– ", "- "].map { Array($0.utf8) }

    /// A trail of links: "Home > News > World", "首页 >> 教育资讯", "Tournament »". A headline has
    /// no arrow standing between spaces (French quotes, « so », are not arrows), unless the trail
    /// is run in front of it ("Home › News › Harbour gates hold after the storm":
    /// `PageParser.lastCrumb` cuts the trail off).
    static func isTrail(_ text: String) -> Bool {
        guard let (arrow, wordsAfter) = lastArrow(in: text) else { return false }
        return !(crumbArrows.contains(arrow) && wordsAfter >= trailHeadlineWords)
    }

    /// The candidates (their line numbers) that are trails with a few words after their last
    /// arrow (fewer than `titledTrailWords`) over a title-shaped candidate nearer the body: the
    /// few words are the section's name ("Accueil > Actualités > Communiqués de presse" over
    /// "Stadtpark: Bevölkerung kann …"). With no title under it, they may be the headline run
    /// in ("Home > News > Local > Bridge reopens after repairs").
    static func sectionTrails(among candidates: [Line]) -> Set<Int> {
        var found: Set<Int> = []
        for (index, candidate) in candidates.enumerated() where holdsCrumbArrow(candidate.text) {
            guard let (arrow, wordsAfter) = lastArrow(in: candidate.text), crumbArrows.contains(arrow), wordsAfter < titledTrailWords,
                  candidates[..<index].contains(where: HeadlineFeatures.isTitleShaped) else { continue }
            found.insert(candidate.number)
        }
        return found
    }

    /// Whether the text holds > » or › between spaces: most candidates are turned away by their
    /// bytes, before their tokens are read. (Curly quotes and dashes open with E2 too.)
    private static func holdsCrumbArrow(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard bytes.count >= 4 else { return false }
            for index in 1..<(bytes.count - 2) where bytes[index - 1] == 0x20 {
                if bytes[index] == 0x3E && bytes[index + 1] == 0x20 { return true }
                if bytes[index] == 0xC2 && bytes[index + 1] == 0xBB && bytes[index + 2] == 0x20 { return true }
                if bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xBA { return true }
            }
            return false
        }
    }

    /// The fewest words after a trail's last arrow that are its headline over a title.
    static let titledTrailWords = 5

    /// The last arrow standing between spaces in the text (an index into `trailArrows`), and
    /// how many words follow it; nil when it has none.
    private static func lastArrow(in text: String) -> (arrow: Int, wordsAfter: Int)? {
        return text.withUTF8Bytes { bytes in
            /// Whether the text opens a French quote (« ‹): then » and › close it. (Asked only
            /// of a line with such an arrow, and once.)
            lazy var quoted: Bool = bytes.indices.contains { index in
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0, third = index + 2 < bytes.count ? bytes[index + 2] : 0
                return (bytes[index] == 0xC2 && next == 0xAB) || (bytes[index] == 0xE2 && next == 0x80 && third == 0xB9)
            }
            // The tokens between spaces: an arrow, and how many words follow the last one.
            var tokenStart = 0
            var lastArrow: Int?
            var wordsAfter = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
                defer { tokenStart = index + 1 }
                let token = UnsafeBufferPointer(rebasing: bytes[tokenStart..<index])
                guard !token.isEmpty else { continue }
                // (Every arrow opens with > or the lead byte of » › → ＞: most words are turned away by it.)
                guard token.count <= 3, [0x3E, 0xC2, 0xE2, 0xEF].contains(token[0]),
                      let arrow = trailArrows.firstIndex(where: { $0.elementsEqual(token) }),
                      !((arrow == guillemet || arrow == singleGuillemet) && quoted) else { wordsAfter += 1; continue }
                lastArrow = arrow
                wordsAfter = 0
            }
            return lastArrow.map { ($0, wordsAfter) }
        }
    }

    /// The fewest words after a trail's last arrow that make a headline run in after it: fewer
    /// are a section's name ("Home > News > World").
    static let trailHeadlineWords = 3

    /// A trail of links parted by slashes between spaces: "Inicio / Guías / Fontanería", two
    /// slashes or more and a few words between each. (A headline has one at most: "Pay / play".)
    static func isSlashTrail(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var slashes = 0, words = 0
            for index in bytes.indices where bytes[index] == 0x20 {
                if index + 2 < bytes.count, bytes[index + 1] == 0x2F, bytes[index + 2] == 0x20 {
                    slashes += 1
                    words = 0
                } else if index == 0 || bytes[index - 1] != 0x2F {
                    words += 1
                    if words >= crumbWords { return false }
                }
            }
            return slashes >= 2 || slashes == 1 && opensAtHome(text)
        }
    }

    /// Whether a trail of one slash opens at the site's home ("Home / World", "Ana Sayfa /
    /// İzmir"): no headline opens so.
    static func opensAtHome(_ text: String) -> Bool {
        guard let slash = PlainSearch.range(of: " / ", in: text) ?? text.range(of: " / ") else { return false }
        return homeCrumbs.contains(text[..<slash.lowerBound].lowercased())
    }

    static let homeCrumbs: Set<String> = [
        "home", "homepage", "home page", "inicio", "início", "accueil", "startseite", "start", "ana sayfa", "anasayfa", "главная",
        "головна", "首页", "首頁", "ホーム", "홈", "strona główna", "etusivu", "forside", "hem", "startsida", "beranda", "trang chủ",
        "αρχική", "الرئيسية", "úvod", "főoldal", "acasă", "voorpagina", "pagina iniziale", "หน้าแรก", "मुख्य पृष्ठ", "होम",
    ]

    /// The most words of a crumb (its spaces, within it).
    static let crumbWords = 4

    /// A source's label opening a short line ("Source: University of …", "Quelle: dpa"): the
    /// story's source, never its headline.
    /// A sponsor's label over a paid story, lowered, in the languages of the stop-word lists;
    /// the most words of a line that is one.
    static let sponsorLabels = Prefixes(["presented by ", "sponsored by ", "paid for by ", "brought to you by ", "in partnership with ",
                                         "präsentiert von ", "gesponsert von ", "présenté par ", "sponsorisé par ", "patrocinado por ",
                                         "presentado por ", "presentato da ", "sponsorizzato da ", "gesponsord door "])
    static let sponsorWords = 10

    /// Whether a sponsor's label can open with this byte, as any ASCII case. (A switch: a Set
    /// hashed the first byte of every short line.)
    @inline(__always)
    static func opensLikeSponsor(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "p"), UInt8(ascii: "s"), UInt8(ascii: "b"), UInt8(ascii: "i"), UInt8(ascii: "g"): return true
        default: return false
        }
    }

    static let sourceLabels = Prefixes(["source:", "sources:", "quelle:", "fuente:", "fonte:", "źródło:", "zdroj:", "bron:", "источник:", "kaynak:", "sumber:"])
    static let sourceWords = 10

    /// A picture's file name, as a page shows it when the picture does not load or has no alt
    /// text: "IMG_1187.JPG", "Crossroads logo 2.jpg". (The line below it is the picture's caption.)
    static func isPictureFileName(_ line: Line) -> Bool {
        guard line.wordCount <= 6 else { return false }
        return line.text.withUTF8Bytes { bytes in
            // (From the text's last bytes: asked of every candidate and the line above it.)
            guard let dot = bytes.suffix(5).lastIndex(of: 0x2E), bytes.count - dot > 3 else { return false }
            return pictureExtensions.contains(bytes[(dot + 1)...].map { $0 | 0x20 })
        }
    }

    static let pictureExtensions: Set<[UInt8]> = Set(["jpg", "jpeg", "png", "gif", "webp"].map { Array($0.utf8) })

    /// > >> » › → ＞ as bytes.
    private static let trailArrows: [[UInt8]] = [[0x3E], [0x3E, 0x3E], [0xC2, 0xBB], [0xE2, 0x80, 0xBA], [0xE2, 0x86, 0x92], [0xEF, 0xBC, 0x9E]]
    private static let guillemet = 2, singleGuillemet = 3
    /// > » ›: the separators `PageParser.lastCrumb` cuts at.
    private static let crumbArrows: Set<Int> = [0, 2, 3]
}
