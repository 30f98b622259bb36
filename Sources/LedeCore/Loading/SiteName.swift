/// The site or publisher a page names, read from its copyright line (`© 2019 CNBC LLC. All
/// Rights Reserved.` gives `CNBC LLC`): what a saved page's text says of where it came from.
public enum SiteName {
    /// Copyright lines sit in the footer: only the end of a page is read.
    static let tailBytes = 16 * 1024
    /// Links that share a footer line with the copyright (`© All rights reserved | Terms`).
    static let footerLinks: Set = ["terms", "privacy", "policy", "contact", "sitemap", "cookies", "about", "imprint", "impressum"]
    /// A longer name is a sentence that happens to hold a copyright sign, not a name.
    static let longest = 40

    /// The name in the page's last copyright line that gives one, cleaned for the terminal.
    public static func find(in text: String) -> String? {
        // The page's own bytes are read where they lie, unless the tail would start inside a
        // character: then it is decoded, which repairs its first bytes.
        let inPlace: String?? = text.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            let start = max(0, bytes.count - tailBytes)
            guard start == bytes.count || bytes[start] & 0xC0 != 0x80 else { return nil }
            return .some(lastName(inTail: UnsafeBufferPointer(rebasing: bytes[start...])))
        } ?? nil
        if let answer = inPlace { return answer }
        var tail = String(decoding: text.utf8.suffix(tailBytes), as: UTF8.self)
        return tail.withUTF8(lastName(inTail:))
    }

    /// `find(in:)` of a page's valid UTF-8 bytes.
    static func find(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let tail = UnsafeBufferPointer(rebasing: bytes[max(0, bytes.count - tailBytes)...])
        // As `find(in:)`: a tail that would start inside a character is decoded, repairing it.
        if tail.isEmpty || tail[0] & 0xC0 != 0x80 { return lastName(inTail: tail) }
        var text = String(decoding: tail, as: UTF8.self)
        return text.withUTF8(lastName(inTail:))
    }

    /// The name that the last line of a page's tail that gives one gives, among the lines of
    /// at most 300 bytes holding a mark (`marksCopyright`). The tail is read backwards, from
    /// its end to the first such line with a name: a footer's copyright line is mostly near the
    /// end, and reading the whole tail for every mark first cost two percent of parsing. Most
    /// bytes are neither a `c` nor the second byte of `©`: eight are asked at a time.
    private static func lastName(inTail bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let count = bytes.count
        var index = count - 1
        while index >= 0 {
            // The eight bytes ending at `index` (and one past them, for a `c`'s follower) while
            // none of them can start a mark, then straight to the last that can. (Sums unchecked,
            // `&+`: an index within the tail cannot overflow, and the checks were a tenth of the loop.)
            let chunk = index &- 7
            if chunk >= 0, chunk &+ 9 <= count {
                let start = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + chunk)
                let marks = markStarts(UInt64(littleEndian: start.loadUnaligned(as: UInt64.self)),
                                       next: UInt64(littleEndian: start.loadUnaligned(fromByteOffset: 1, as: UInt64.self)))
                if marks == 0 {
                    index &-= 8
                    continue
                }
                index = chunk &+ (63 &- marks.leadingZeroBitCount) &>> 3
            }
            let byte = bytes[index]
            guard byte | 0x20 == 0x63 || byte == 0xA9, marksCopyright(bytes, at: index) else { index -= 1; continue }
            // A mark never spans a line break, so it is in the line around it.
            var start = index, end = index
            while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
            while end < count, bytes[end] != 0x0A { end += 1 }
            if end - start <= 300,
               let found = name(inCopyrightLine: Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))) {
                return found
            }
            // On to the line before (past its line feed).
            index = start - 2
        }
        return nil
    }

    /// Per byte of `word` (the first in its lowest bits), 0x80 where a mark may start: a `c` or
    /// `C` followed by `o`, `O` or `)` (`next`: the eight bytes one further on), or 0xA9. A lone
    /// `c` is common in text, a `co` or `c)` is not. Zero bytes are found exactly (no carry
    /// crosses a byte), so the scan goes straight to the byte, not a byte at a time up to it.
    /// The followers are looked at only when there is a `c`: most eight bytes have none.
    @inline(__always)
    private static func markStarts(_ word: UInt64, next: @autoclosure () -> UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        func zeroBytes(_ value: UInt64) -> UInt64 { ~(((value & low7) &+ low7) | value | low7) }
        let c = zeroBytes((word | 0x20 &* ones) ^ (0x63 &* ones))
        let sign = zeroBytes(word ^ (0xA9 &* ones))
        guard c != 0 else { return sign }
        let next = next()
        let follower = zeroBytes((next | 0x20 &* ones) ^ (0x6F &* ones)) | zeroBytes(next ^ (0x29 &* ones))
        return (c & follower) | sign
    }

    /// Whether a line's bytes hold `©`, `(c)` or `copyright` in any case.
    static func mayHoldCopyright(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.indices.contains { marksCopyright(bytes, at: $0) }
    }

    /// Whether `©`, `(c)` or `copyright` (any case) is at `index`: its `c`, or the second byte of `©`.
    @inline(__always)
    private static func marksCopyright(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index], count = bytes.count
        if byte | 0x20 == 0x63 {
            if index > 0, index + 1 < count, bytes[index - 1] == 0x28, bytes[index + 1] == 0x29 { return true }
            return index + copyright.count <= count && (1..<copyright.count).allSatisfy { bytes[index + $0] | 0x20 == copyright[$0] }
        }
        return byte == 0xA9 && index > 0 && bytes[index - 1] == 0xC2
    }

    private static let copyright = Array("copyright".utf8)

    /// "All rights reserved", whole or as some languages open it: none is a site's name.
    static let rightsReserved = [
        "all rights reserved", "todos os direitos", "todos los derechos", "tous droits", "alle rechte", "tutti i diritti",
        "wszelkie prawa", "все права", "tüm hakları", "جميع الحقوق",
    ] + Phrases.rightsReservedAbroad

    /// What ends a name, with the lead bytes of its characters beyond ASCII (`leadBytes(of:)`)
    /// and, when its bytes settle a search for it (`PlainSearch.isPlain`), its pairs of bytes.
    static let stops: [(String, UInt64, BytePairs?)] = (rightsReserved + [". ", " | ", " - ", " – ", " — ", ", a ", "; ", " (", " powered by", " designed by"])
        .map { stop in (stop, leadBytes(of: stop), stop.withUTF8Bytes { PlainSearch.isPlain($0) } ? BytePairs(stop) : nil) }

    /// A bit for each lead byte (0xC0…0xFF) of a character beyond ASCII in the text.
    static func leadBytes(of text: String) -> UInt64 {
        text.utf8.reduce(0) { $1 >= 0xC0 ? $0 | 1 << UInt64($1 - 0xC0) : $0 }
    }

    /// The name a copyright line gives, or nil when it is not one (`Copyright Policy`), gives
    /// none (`All Rights Reserved © 2019`) or credits a picture (`© REUTERS / POOL`).
    static func name(inCopyrightLine line: Substring) -> String? {
        // Each search asks `PlainSearch` first and Foundation only when the bytes cannot tell.
        let lower = PlainSearch.lowercased(line)
        let hasSign = PlainSearch.occurs("©", in: lower) || PlainSearch.occurs("(c)", in: lower)
        // "Copyright" alone is a link name unless a year is on the line.
        guard hasSign || (PlainSearch.occurs("copyright", in: lower) && lower.contains(where: \.isNumber)) else { return nil }
        if ["image", "photo", "credit", "http", "/"].contains(where: { PlainSearch.occurs($0, in: lower) }) { return nil }
        // Whatever follows the copyright sign (else the word), less what only restates it.
        let mark = ["©", "(c)", "copyright"].lazy.compactMap {
            PlainSearch.range(of: $0, in: lower, backwards: true) ?? lower.range(of: $0, options: .backwards)
        }.first!
        var name = Substring(String(line.dropFirst(lower.distance(from: lower.startIndex, to: mark.upperBound))))
        var trimmed = true
        while trimmed {
            trimmed = false
            name = name.drop { nameOpeningMarks.contains($0) }
            // Lowered once, and again only when a lead is dropped.
            var lowered = PlainSearch.lowercased(name)
            // ("© Copyright by the Boston Herald", "© Copyright of Telegraph Media Group": the
            // name follows the preposition.)
            for lead in ["copyright", "©", "(c)", "all rights reserved", "by ", "of "] where lowered.hasPrefix(lead) {
                name = name.dropFirst(lead.count)
                lowered = PlainSearch.lowercased(name)
                trimmed = true
            }
            let year = name.prefix { $0.isNumber }
            if year.count == 4 { name = name.dropFirst(4); trimmed = true }
        }
        // Who made the site's pages is not whose site it is.
        let loweredName = PlainSearch.lowercased(name)
        if ["designed by", "powered by"].contains(where: loweredName.hasPrefix) { return nil }
        var text = String(name)
        // (A stop beyond ASCII is looked for only in a name with a character of its script, told by
        // the lead bytes they share: Foundation's search, which it needs, was a tenth of all
        // parsing when asked of every name.)
        let scripts = Self.leadBytes(of: text)
        // A plain stop with a pair of bytes that a plain name lacks is not in it (`PlainSearch`
        // would compare bytes), and is not looked for: a name was searched twenty-odd times,
        // each search reading it again, a third of reading a page's site name. (Cutting the
        // name only takes pairs away.)
        let namePairs = text.withUTF8Bytes { PlainSearch.isPlain($0, latin1Letters: true) } ? BytePairs(text) : nil
        for (stop, stopScripts, stopPairs) in Self.stops where stopScripts == 0 || stopScripts & scripts != 0 {
            if let namePairs, let stopPairs, !namePairs.contains(stopPairs) { continue }
            if let range = PlainSearch.range(of: stop, in: text, caseInsensitive: true) ?? text.range(of: stop, options: .caseInsensitive) {
                text = String(text[..<range.lowerBound])
            }
        }
        text = withoutYears(text)
        text = trimmingEdges(text)
        text = Sanitizer.clean(text)
        guard text.count >= 2, text.count <= longest, text.contains(where: \.isLetter),
              !footerLinks.contains(PlainSearch.lowercased(text)) else { return nil }
        return text
    }

    /// What stands between a copyright sign and the name after it, left out of the name. (A Set:
    /// `contains` on a String of them walked its Characters for every one asked about.)
    private static let nameOpeningMarks: Set<Character> = [" ", ".", ",", ";", ":", "-", "–", "—", "|", "@"]

    /// Punctuation and spaces left at a name's ends by what was cut from it.
    private static let edges = Set(" .,;:-–—|@&".unicodeScalars)

    /// `text` without `edges` at either end, taken scalar by scalar.
    static func trimmingEdges(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !edges.contains($0) }),
              let last = scalars.lastIndex(where: { !edges.contains($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// `name` without years and year ranges (`2003 - 2019`), spaces closed up.
    static func withoutYears(_ name: String) -> String {
        if let plain = name.withUTF8Bytes({ PlainSearch.isPlain($0) ? withoutYears(plain: $0) : nil }) { return plain }
        var words: [Substring] = []
        for word in name.split(separator: " ") {
            if isYears(word) { continue }
            if ["-", "–"].contains(word), let last = words.last, isNumber(last) { continue }
            words.append(word)
        }
        return words.joined(separator: " ")
    }

    /// `withoutYears` of a plain name's bytes (`PlainSearch.isPlain`): each of its characters is
    /// one scalar (none of its signs joins another, and no space is in CR LF), so its words
    /// are the runs between space bytes, and only ASCII digits are numbers.
    private static func withoutYears(plain name: UnsafeBufferPointer<UInt8>) -> String {
        @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var kept: [UInt8] = []
        kept.reserveCapacity(name.count)
        var lastWord: Slice<UnsafeBufferPointer<UInt8>>?
        for word in name.split(separator: 0x20) {
            // Four digits or more and nothing but - – , . beside them.
            var digits = 0, onlyYears = true, index = word.startIndex
            while index < word.endIndex {
                let byte = word[index]
                if isDigit(byte) { digits += 1 } else if byte == 0xE2, word[index...].starts(with: [0xE2, 0x80, 0x93]) {
                    index += 3
                    continue
                } else if byte != 0x2D && byte != 0x2C && byte != 0x2E { onlyYears = false }
                index += 1
            }
            if onlyYears && digits >= 4 { continue }
            let isDash = word.elementsEqual([0x2D]) || word.elementsEqual([0xE2, 0x80, 0x93])
            if isDash, let last = lastWord, last.allSatisfy(isDigit) { continue }
            if lastWord != nil { kept.append(0x20) }
            kept.append(contentsOf: word)
            lastWord = word
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// Four digits or more and nothing but `-–,.` beside them (`2003-2019`). An ASCII word is
    /// read as bytes: its only number characters are its digits.
    private static func isYears(_ word: Substring) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.count { $0 >= 0x30 && $0 <= 0x39 } >= 4 && word.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2C || $0 == 0x2E }
        }
        let digits = word.filter(\.isNumber)
        return digits.count >= 4 && word.allSatisfy { $0.isNumber || "-–,.".contains($0) }
    }

    /// Whether every character is a number (ASCII: a digit).
    private static func isNumber(_ word: Substring) -> Bool {
        word.utf8.allSatisfy({ $0 < 0x80 }) ? word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } : word.allSatisfy(\.isNumber)
    }
}
