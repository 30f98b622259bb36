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
        var tail = String(decoding: text.utf8.suffix(tailBytes), as: UTF8.self)
        // Lines are found and checked as bytes; only a line that may hold a copyright is read as
        // a String (on Linux each String search goes through Foundation).
        let candidates: [String] = tail.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x0A {
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if line.count <= 300, mayHoldCopyright(line) { lines.append(String(decoding: line, as: UTF8.self)) }
                start = end + 1
            }
            return lines
        }
        for line in candidates.reversed() {
            if let name = name(inCopyrightLine: Substring(line)) { return name }
        }
        return nil
    }

    /// Whether a line's bytes hold `©`, `(c)` or `copyright` in any case. Most bytes are neither
    /// a `c` nor the second byte of `©`: only those are looked at closer.
    static func mayHoldCopyright(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        for index in 0..<count {
            let byte = bytes[index]
            if byte | 0x20 == 0x63 {
                if index > 0, index + 1 < count, bytes[index - 1] == 0x28, bytes[index + 1] == 0x29 { return true }
                if index + copyright.count <= count,
                   (1..<copyright.count).allSatisfy({ bytes[index + $0] | 0x20 == copyright[$0] }) { return true }
            } else if byte == 0xA9, index > 0, bytes[index - 1] == 0xC2 {
                return true
            }
        }
        return false
    }

    private static let copyright = Array("copyright".utf8)

    /// The name a copyright line gives, or nil when it is not one (`Copyright Policy`), gives
    /// none (`All Rights Reserved © 2019`) or credits a picture (`© REUTERS / POOL`).
    static func name(inCopyrightLine line: Substring) -> String? {
        let lower = line.lowercased()
        let hasSign = lower.contains("©") || lower.contains("(c)")
        // "Copyright" alone is a link name unless a year is on the line.
        guard hasSign || (lower.contains("copyright") && lower.contains(where: \.isNumber)) else { return nil }
        if ["image", "photo", "credit", "http", "/"].contains(where: lower.contains) { return nil }
        // Whatever follows the copyright sign (else the word), less what only restates it.
        let mark = ["©", "(c)", "copyright"].lazy.compactMap { lower.range(of: $0, options: .backwards) }.first!
        var name = Substring(String(line.dropFirst(lower.distance(from: lower.startIndex, to: mark.upperBound))))
        var trimmed = true
        while trimmed {
            trimmed = false
            name = name.drop { " .,;:-–—|@".contains($0) }
            for lead in ["copyright", "©", "(c)", "all rights reserved"] where name.lowercased().hasPrefix(lead) {
                name = name.dropFirst(lead.count)
                trimmed = true
            }
            let year = name.prefix { $0.isNumber }
            if year.count == 4 { name = name.dropFirst(4); trimmed = true }
        }
        // Who made the site's pages is not whose site it is.
        if ["designed by", "powered by"].contains(where: name.lowercased().hasPrefix) { return nil }
        var text = String(name)
        for stop in ["all rights reserved", "todos os direitos", "tous droits", "alle rechte", ". ", " | ", " - ", " – ", " — ", ", a ", "; ", " (", " powered by", " designed by"] {
            if let range = text.range(of: stop, options: .caseInsensitive) { text = String(text[..<range.lowerBound]) }
        }
        text = withoutYears(text)
        let edges = Set(" .,;:-–—|@&".unicodeScalars)
        text = String(String.UnicodeScalarView(text.unicodeScalars.drop { edges.contains($0) }.reversed().drop { edges.contains($0) }.reversed()))
        text = Sanitizer.clean(text)
        guard text.count >= 2, text.count <= longest, text.contains(where: \.isLetter),
              !footerLinks.contains(text.lowercased()) else { return nil }
        return text
    }

    /// `name` without years and year ranges (`2003 - 2019`), spaces closed up.
    static func withoutYears(_ name: String) -> String {
        var words: [Substring] = []
        for word in name.split(separator: " ") {
            let digits = word.filter(\.isNumber)
            let isYears = digits.count >= 4 && word.allSatisfy { $0.isNumber || "-–,.".contains($0) }
            if isYears { continue }
            if ["-", "–"].contains(word), let last = words.last, last.allSatisfy(\.isNumber) { continue }
            words.append(word)
        }
        return words.joined(separator: " ")
    }
}
