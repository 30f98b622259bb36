import Foundation

/// The site's name as the page's masthead: one of the page's first lines, of a few words, that
/// a sentence below the article opens with, as a footer names its publisher ("La Voz de Málaga
/// es una publicación de Ediciones…", "Main-Echo Online ist ein Angebot der…"), or that its
/// copyright line holds ("© 2024 The Harbor City Ledger."). The headline model reads it as a
/// title whose words the body shares when the site is named for its town.
enum SiteMasthead {
    /// How many of the page's first non-blank lines may be its masthead, and its words.
    static let topLines = 3
    static let words = 2...6
    /// How many of the page's first non-blank lines may be the masthead a copyright line names
    /// (a cookie banner and the sign-in links may come first).
    static let copyrightTopLines = 12
    /// How many of the page's last lines may hold its copyright line.
    static let footerLines = 40
    /// The most words of a site's name under a byline (a post's title atop the page, as a
    /// sticky header repeats it, is longer).
    static let sourceWords = 4
    /// The words of a site's name under a byline, which may be one ("Inforadio"); the most words
    /// of a name between a byline's words and it ("Article rédigé par", "Thomas Delorme").
    static let sourceNameWords = 1...sourceWords, nameWords = 4

    /// Whether a byline's line ends in its leading word, the name under it ("Article rédigé
    /// par", "Written by"; not "Écrit par Marie Lefèvre", over a category and the title).
    static func leadsIntoName(_ line: Line) -> Bool {
        line.isBylineOrDate && line.wordCount <= leadWords && leadingWords.contains(where: { line.lower.hasSuffix($0) })
    }

    static let leadWords = 4
    static let leadingWords = [" par", " by", " von", " por", " di", " door", " de", " av", " af"]
    /// The fewest words of the footer's sentence.
    static let sentenceWords = 8

    /// The masthead's line number, if a sentence below `end` opens with one of the first lines,
    /// or a copyright line or (given the article's first line, `start`) an address block in
    /// the footer names one.
    static func line(in lines: [Line], below end: Int, start: Int? = nil) -> Int? {
        // (Lines read where they lie: a copy of each retained its text.)
        lines.withUnsafeBufferPointer { lines in
            let top = lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(topLines).filter { words.contains(lines[$0].wordCount) }
            guard end + 1 < lines.count else { return nil }
            for index in top where index < end {
                let name = lines[index].text + " "
                // (A footer's sentence opens with the name's first byte: most lines are turned away by it.)
                let first = name.utf8.first
                for below in (end + 1)..<lines.count where lines[below].wordCount >= sentenceWords && lines[below].endsSentence
                    && lines[below].text.utf8.first == first && lines[below].text.hasPrefix(name) {
                    return index
                }
            }
            return copyrightNamed(in: lines, below: end) ?? start.flatMap { saidInFooter(Array(top), in: lines, between: $0, and: end) }
        }
    }

    /// One of the page's first lines said again alone among its last `footerLines`, below the
    /// article, as a footer's address block names the site over its street ("v.v. De Zwaluwen
    /// '28", "Sportpark De Veldkamp"). Not a headline atop the page that a most-read box repeats:
    /// not one with a byline among the `bylineReach` lines under it, nor a copy under a rank
    /// ("1"), nor one with fewer than `footerNameGap` lines under it before the article's first
    /// line (`start`; its last is `end`).
    private static func saidInFooter(_ top: [Int], in lines: UnsafeBufferPointer<Line>, between start: Int, and end: Int) -> Int? {
        let footer = max(end + 1, lines.count - footerLines)..<lines.count
        func isRanked(_ copy: Int) -> Bool {
            lines[..<copy].last(where: { !$0.isBlank }).map(ArticleRegion.isRank) ?? false
        }
        func isBylined(_ index: Int) -> Bool {
            lines[(index + 1)...].lazy.filter { !$0.isBlank }.prefix(bylineReach).contains(where: HeadlineModel.isByline)
        }
        return top.first { index in
            index + footerNameGap <= start && !isBylined(index)
                && footer.contains { lines[$0].key == lines[index].key && lines[$0].text == lines[index].text && !isRanked($0) }
        }
    }

    /// How many lines under a headline atop the page its byline may be.
    static let bylineReach = 6

    /// How many lines under the masthead said again in the footer the article's first line lies at least.
    static let footerNameGap = 12

    /// One of the page's first lines that a copyright line below `end`, among the page's last
    /// `footerLines`, names as its holder (`holderPlaces(in:)`).
    private static func copyrightNamed(in lines: UnsafeBufferPointer<Line>, below end: Int) -> Int? {
        // (The footer's last lines only: asked of every page, the search went through all its lines.)
        let holders = (max(end + 1, lines.count - footerLines)..<lines.count).compactMap { index -> (line: Int, places: [Int])? in
            guard lines[index].wordCount >= 2 else { return nil }
            let places = lines[index].text.withUTF8Bytes(holderPlaces)
            return places.isEmpty ? nil : (index, places)
        }
        guard !holders.isEmpty else { return nil }
        let top = lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(copyrightTopLines).filter { words.contains(lines[$0].wordCount) }
        return top.first { index in
            index < end && lines[index].text.withUTF8Bytes { name in
                holders.contains { holder in
                    lines[holder.line].text.withUTF8Bytes { notice in
                        holder.places.contains { notice.count - $0 >= name.count && memcmp(notice.baseAddress! + $0, name.baseAddress!, name.count) == 0 }
                    }
                }
            }
        }
    }

    /// Where a copyright notice's holder may start: right after "©" or "Copyright" (either case),
    /// past the signs, spaces and figures of a year ("© 2024 The Harbor City Ledger", "Copyright ©
    /// 2008–2024 Name"), not further on ("Excerpted from The Last Lighthouse Keeper … Copyright ©").
    /// Empty for a line that holds neither.
    private static func holderPlaces(in notice: UnsafeBufferPointer<UInt8>) -> [Int] {
        [copyrightSign, copyrightWord].compactMap { mark in
            guard let found = mark.withUnsafeBufferPointer({ PlainSearch.search($0, in: notice, caseInsensitive: true, backwards: false) }) else { return nil }
            var index = found.upperBound
            while index < notice.count {
                let byte = notice[index]
                if byte == 0x20 || byte &- 0x30 < 10 || byte == 0x2D || byte == 0x2C { index += 1; continue }
                // © (C2 A9) again, an en dash (E2 80 93).
                if byte == 0xC2, index + 1 < notice.count, notice[index + 1] == 0xA9 { index += 2; continue }
                if byte == 0xE2, index + 2 < notice.count, notice[index + 1] == 0x80, notice[index + 2] == 0x93 { index += 3; continue }
                break
            }
            return index
        }
    }

    private static let copyrightSign = Array("©".utf8), copyrightWord = Array("copyright".utf8)

    /// The numbers of the candidates that name the site as a byline's source: right under the
    /// byline (not a date), the masthead's words again ("By Ruth Albers", "Northfield Now" under
    /// "NORTHFIELD NOW" atop the page). The body shares the town's name with it.
    static func sources(among candidates: [Line], in lines: [Line]) -> [Int] {
        // (Lines read where they lie, by index: a copy of each retained its text.)
        lines.withUnsafeBufferPointer { lines in
            let top = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(topLines).filter { sourceNameWords.contains(lines[$0].wordCount) }.map { lines[$0].key })
            guard !top.isEmpty else { return [] }
            var found: [Int] = []
            for candidate in candidates.indices {
                let number = candidates[candidate].number
                guard sourceNameWords.contains(candidates[candidate].wordCount), top.contains(candidates[candidate].key),
                      let above = lines[..<number].lastIndex(where: { !$0.isBlank }) else { continue }
                // (Under a byline, or under the name a byline's words lead into, "Article rédigé
                // par" over "Thomas Delorme": a post's title under its date is the post's.)
                var byline = above
                if !lines[above].isBylineOrDate, lines[above].wordCount <= nameWords, let lead = lines[..<above].lastIndex(where: { !$0.isBlank }),
                   leadsIntoName(lines[lead]) { byline = lead }
                if lines[byline].isBylineOrDate, lines[byline].digits == 0, !top.contains(lines[byline].key) { found.append(number) }
            }
            return found
        }
    }
}
