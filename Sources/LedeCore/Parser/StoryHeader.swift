/// Finds a story's headline, dek, section and credit in the lines just above its first paragraph.
struct StoryHeader {
    var headline: Line?
    var dek: Line?
    var section: Line?
    var credit: (line: Line, text: String)?

    /// No headline: only a credit line among `lines`.
    init(creditAmong lines: [Line]) {
        fillCredit(from: lines)
    }

    /// The header around a headline already chosen (`lines[headlineIndex]`).
    init(above lines: [Line], headlineIndex: Int) {
        fill(below: headlineIndex, in: lines)
    }

    /// A teaser's header, its headline chosen by the hand-written rules (an article's is the
    /// headline model's pick: `ArticleOpening`).
    /// - Parameter lines: the non-blank lines above the first paragraph, nearest first, already
    ///   bounded by the previous story.
    init(above lines: [Line]) {
        // Distance counts only lines that could be a headline: bylines, dates and credits between
        // headline and body do not push the headline away.
        var distance = 0
        var bestScore = Double.leastNormalMagnitude
        var bestIndex: Int?
        for (index, line) in lines.enumerated() {
            guard var score = Self.headlineScore(line, distance: distance, above: lines) else { continue }
            distance += 1
            // A byline or date just below marks the headline of the story it introduces.
            if lines[max(0, index - 3)..<index].contains(where: { $0.isBylineOrDate }) { score += 6 }
            // A longer line just below, not a byline, reads as the dek under this headline.
            if index > 0, line.wordCount >= 4, Self.isDek(lines[index - 1], under: line) { score += 3 }
            if score > bestScore { bestScore = score; bestIndex = index }
        }
        if let bestIndex { fill(below: bestIndex, in: lines) } else { fillCredit(from: lines) }
    }

    /// With `lines[index]` as the headline: a kicker just above it, or a section between it and
    /// the body (where bylines, captions and share bars are, so only when there is no kicker),
    /// and the dek and credit between it and the body.
    private mutating func fill(below index: Int, in lines: [Line]) {
        headline = lines[index]
        // Just above the headline: a kicker naming the section; not a menu's last entry, apart
        // from the headline.
        if index + 1 < lines.count, Self.isSection(lines[index + 1]), lines[index + 1].key != headline?.key,
           !Self.endsMenuApart(at: index + 1, in: lines) {
            section = lines[index + 1]
        }
        // A subheadline right under the headline, over the byline or date: the dek, however short.
        if index >= 1, Self.isSubheadline(lines[index - 1], under: lines[index], over: lines[..<(index - 1)].suffix(Self.subheadlineReach)) {
            dek = lines[index - 1]
        }
        // Between headline and body: dek (a longer sentence), section (a few words, when no
        // kicker named it), credit.
        for (position, line) in lines[..<index].enumerated() where line.number != dek?.number {
            if credit == nil, let text = Phrases.credit(in: line) {
                credit = (line, text)
            } else if section == nil, Self.isSection(line), line.key != headline?.key, !Self.isCaption(at: position, in: lines) {
                section = line
            } else if dek == nil, let headline, Self.isDek(line, under: headline) {
                dek = line
            }
        }
        fillCredit(from: lines)
    }

    private mutating func fillCredit(from lines: [Line]) {
        // A credit line anywhere in the header block counts (e.g. above an alt-text line).
        if credit == nil, let line = lines.first(where: { Phrases.credit(in: $0) != nil }) {
            credit = (line, Phrases.credit(in: line) ?? "")
        }
    }

    /// How much `line` looks like the headline of the story below it; nil when it cannot be.
    static func headlineScore(_ line: Line, distance: Int, above lines: [Line]) -> Double? {
        let words = line.wordCount
        guard words >= 2, words <= 30, line.text.hasAtMost(220) else { return nil }
        guard !line.isCallToAction, !line.isExpandControl, Phrases.credit(in: line) == nil,
              !line.isBylineOrDate, !line.isCaption, line.upperCaseShare < 0.8 || words <= 3 else { return nil }
        if let last = line.text.last, ".,;".contains(last), words > 12 { return nil }
        // "— Name on Monday…" attributes a quote; "• item", "> crumb" are lists and trails.
        if let first = line.text.unicodeScalars.first, "—–-•·>|".unicodeScalars.contains(first) { return nil }
        var score = 10.0 - Double(distance) * 1.2
        score += min(Double(words), 12) * 0.6
        if line.text.last == "." { score -= 4 }
        if line.hasInnerSentenceBreak { score -= 3 }
        if words <= 2 { score -= 4 }
        // Long lines are more likely the dek under the headline than the headline itself.
        if words > 16 { score -= Double(words - 16) * 0.6 }
        // Image alt text repeats the headline a few lines above it.
        if lines.contains(where: { $0.number != line.number && $0.key == line.key }) { score += 4 }
        let count = line.repeats
        if count > 3 { score -= 8 } else if count > 1, words >= 4 { score += 3 }
        return score
    }

    /// Whether `line`, right under `headline` (at most a blank line apart), is its subheadline: a
    /// line of `subheadlineWords` or more that could be a dek but for its length ("Самарцы
    /// одержали третью победу подряд"), with a byline or date among the lines `below` it, nearest
    /// the body first.
    static func isSubheadline(_ line: Line, under headline: Line, over below: ArraySlice<Line>) -> Bool {
        line.wordCount >= subheadlineWords && line.wordCount <= 60 && line.number - headline.number <= 2 && isStandfirst(line, under: headline)
            && !line.endsArticle && !line.opensLinkBox && !NotAHeadline.applies(to: line)
            && !namesItsMakers(line) && below.contains { $0.isBylineOrDate }
    }

    /// Whether a short line credits the story's makers as a byline does, in words the byline
    /// lists do not open with ("Interview by Oliver Grant", "Reporter: Dedi | Editor: Rina",
    /// "글 정하늘 기자 | 사진 …"): bars between credits, a reporter's title, or a maker's word
    /// before a name that ends the line.
    static func namesItsMakers(_ line: Line) -> Bool {
        // (Searched as bytes: `String.contains` went through Foundation.)
        if Self.creditMarks.occurs(in: line.text) { return true }
        guard line.wordCount <= creditWords else { return false }
        // A place or a name, a dash, a name or an agency: a dateline as Arabic and Turkish pages
        // write it ("الرياض - سارة العتيبي", "İstanbul - AA", "Jane Doe - Staff Writer"; not
        // "Brexit - what happens next", a name's side in small letters).
        if line.wordCount <= dashCreditWords, let after = afterDash(in: line.text), after.first?.isLowercase == false { return true }
        // The maker's word, then a name of one to three capitalised words to the line's end
        // ("Interview by Oliver Grant"; "Los vecinos protestan por el ruido" is a subheadline).
        let words = line.text.split(separator: " ")
        return words.indices.contains { index in
            let name = words[(index + 1)...]
            return makerWords.contains(words[index].lowercased()) && (1...3).contains(name.count) && name.allSatisfy { $0.first?.isUppercase == true }
        }
    }

    /// The most words of a credit told by its maker's word; the bar between credits and the
    /// Korean reporter's title; the words that put a maker's name after them.
    static let creditWords = 8
    static let creditMarks = PhraseSet([" | ", "기자"])
    static let makerWords: Set<String> = ["by", "von", "par", "por", "door", "di", "av", "oleh"]

    /// The most words of a credit told by a dash between its parts (a subheadline so short with
    /// a dash in it is rare).
    static let dashCreditWords = 5

    /// What follows the first " - " in the text, or nil when it has none.
    static func afterDash(in text: String) -> Substring? {
        let bytes = text.utf8
        var index = bytes.startIndex
        while let dash = bytes[index...].firstIndex(of: 0x2D) {
            let next = bytes.index(after: dash)
            if dash > bytes.startIndex, bytes[bytes.index(before: dash)] == 0x20, next < bytes.endIndex, bytes[next] == 0x20 {
                return text[bytes.index(after: next)...]
            }
            index = next
        }
        return nil
    }

    /// The fewest words of a subheadline, and how many lines under it may hold the byline or date.
    static let subheadlineWords = 4
    static let subheadlineReach = 2

    /// Whether `line` can be the dek of `headline`: a longer sentence (more words, or over ten
    /// bytes more in fewer, longer words) that is not a byline, a call to action, a table's row,
    /// a picture's caption or credit, or a cookie banner's sentence.
    static func isDek(_ line: Line, under headline: Line) -> Bool {
        line.wordCount >= 6 && line.wordCount <= 60 && (line.wordCount > headline.wordCount || line.text.utf8.count > headline.text.utf8.count + 10)
            && isStandfirst(line, under: headline)
    }

    /// What a dek and a subheadline both are, whatever their length: not the headline again, no
    /// byline, call to action, table's row, picture's caption or credit, or cookie banner.
    static func isStandfirst(_ line: Line, under headline: Line) -> Bool {
        !line.isBylineOrDate && !line.isCallToAction && !line.isTableRow && line.key != headline.key && !line.isCaption && line.credit == nil
            && !Phrases.isBanner(line)
    }

    /// A kicker or section name: a few words, no sentence, e.g. `Analysis | QiOSK`, `Latin America`;
    /// never a share count, a date in figures or an icon font's glyph ("46", "12.16.14"): it has a
    /// letter; nor a button or a social network's name, a date (six digits or more, or a timestamp),
    /// a picture's file name or a handle; nor a credit or a box's heading.
    static func isSection(_ line: Line) -> Bool {
        line.wordCount >= 1 && line.wordCount <= 5 && !line.endsSentence && line.text.hasAtMost(40)
            && !line.isCallToAction && !line.isExpandControl && !line.isBylineOrDate
            && Phrases.credit(in: line) == nil && line.text.hasAlphabeticScalar
            && !interfaceLabels.contains(line.shortKey) && line.digits < 6 && !NotAHeadline.isTimestamp(line) && !NotAHeadline.isPictureFileName(line)
            && !line.text.hasPrefix("@") && !isCreditOrBoxHeading(line) && !isShareBar(line)
    }

    /// A share bar: every word an interface label ("Share Tweet Share", "twitter linkedin
    /// facebook instagram"), where `interfaceLabels` holds a button's whole label.
    static func isShareBar(_ line: Line) -> Bool {
        guard line.wordCount >= 2 else { return false }
        // Word by word (the runs of letters), stopping at the first that is no label, as most
        // lines' first is not: split into all its words first, a line cost some 10,000 instructions.
        var word = "", sawWord = false
        for character in line.lower {
            if character.isLetter {
                word.append(character)
                continue
            }
            guard word.isEmpty || interfaceLabels.contains(word) else { return false }
            sawWord = sawWord || !word.isEmpty
            word = ""
        }
        return word.isEmpty ? sawWord : interfaceLabels.contains(word)
    }

    /// A picture's caption or credit ("(Image: © NASA)", "JIM WATSON/AFP/Getty Images",
    /// "Courtesy of …"), or a summary box's heading ("Key points"): neither names a section.
    /// (A section holds no slash: "Home/News" is a trail, "// Press enter" a script's comment.)
    static func isCreditOrBoxHeading(_ line: Line) -> Bool {
        line.isCaption || line.text.hasPrefix("(") || line.text.utf8.contains(0x2F) || Phrases.summaryHeadings.contains(line.shortKey)
            || line.lower.hasPrefix("courtesy") || line.lower.hasPrefix("credit")
    }

    /// Whether `lines[position]` is a picture's caption: right above its credit ("Foto: dpa").
    /// (`lines` run nearest the body first: the line below is the one before.)
    static func isCaption(at position: Int, in lines: [Line]) -> Bool {
        position > 0 && lines[position - 1].number == lines[position].number + 1 && Phrases.credit(in: lines[position - 1]) != nil
    }

    /// Whether `lines[position]`, just above the headline, is a menu's last entry: a blank line
    /// parts it from the headline, and a short line runs right above it. (`lines` run nearest
    /// the body first: the headline is the one before.)
    static func endsMenuApart(at position: Int, in lines: [Line]) -> Bool {
        let line = lines[position]
        guard position > 0, lines[position - 1].number > line.number + 1, position + 1 < lines.count else { return false }
        return lines[position + 1].number == line.number - 1 && lines[position + 1].wordCount <= 3
    }

    /// Buttons and links around a headline that name no section (as short keys): sharing,
    /// printing, social networks, a menu's sign-in, media tabs. (Not `Phrases.controlLabels`:
    /// as calls to action they would be line model features too, and moved its scores.)
    static let interfaceLabels: Set<String> = [
        "share", "shares", "tweet", "print", "email", "sendemail", "save", "remove", "close", "open", "follow", "more", "search",
        "like", "likefollow", "pin", "pinit", "reddit", "stumble", "facebook", "twitter", "linkedin", "whatsapp", "pinterest",
        "instagram", "youtube", "tumblr", "flipboard", "telegram",
        "googleplus", "google", "rss", "permalink", "video", "photo", "photos", "viewphotos", "image", "caption", "comments",
        "printarticle", "printthisarticle", "printemail", "printphoto", "sharebyemail", "shareviaemail", "sharepermalink",
        "followontwitter", "resizetext", "copylink", "moresharing", "moreoptions", "allshareservices", "loadingphotogallery",
        "viewslideshow", "partager", "teilen", "compartir", "condividi", "compartilhar", "bagikan", "imprimir", "drucken",
        "imprimer", "copiarlink", "login", "signin", "登录", "登入", "ログイン", "分享", "分享到", "分享到：", "微博", "微信", "打印", "シェア", "シェアする", "ツイート",
        "공유하기", "페이스북", "트위터", "로그인", "Поделиться", "Войти", "लॉगइन", "entrar", "anmelden", "connexion", "accedi",
        "masuk", "giriş", "paylaş", "chiasẻ", "đăngnhập", "Đăngnhập", "شارك", "فيسبوك", "تويتر", "تسجيلالدخول",
        "دخول", "Σύνδεση", "linkkopieren", "copierlelien", "copiarenlace", "copialink", "salintautan", "Скопироватьссылку", "telegram", "ВКонтакте",
        "home", "menu", "sections", "a", "aa", "adchoices", "poweredby", "continuereadingthemainstory", "supportedby", "seeallarticles", "aboutthiscontent", "reblog", "tumblr",
    ]
}
