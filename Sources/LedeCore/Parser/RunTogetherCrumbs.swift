/// A breadcrumb trail run into the front of a headline with no space between: the crumbs' link
/// texts then the headline, as a browser copies them ("HomeNewsUKFerry runs aground…",
/// "Africa|United States to Lift Sudan Sanctions"). The crumbs are known by the page itself:
/// each is a line of its own elsewhere on it (the menu names them), or the trail's root
/// ("Home"); the last one may be a word the page names nowhere else ("FaceWe Tried It"). A name
/// written so ("iPhone", "McDonald's", "YouTube") is no trail: the page has no line "i" or "Mc";
/// nor is one entry run into a word ("NewsNow") unless a separator stands between.
enum RunTogetherCrumbs {
    /// `headline` without the trail run into its front; as it is when none is.
    /// - Parameter lines: the page's lines, where the crumbs stand alone as menu entries.
    static func cut(_ headline: String, lines: [Line]) -> String {
        guard mayHoldTrail(headline) else { return headline }
        // (No empty entry: a line of control characters alone has a word but no text, and an
        // empty crumb would match for ever.)
        let entries = Set(lines.lazy.filter { $0.wordCount >= 1 && $0.wordCount <= 4 && $0.text.utf8.count <= 40 && !$0.text.isEmpty }.map(\.text))
            .union(trailRoots)
        var rest = Substring(headline)
        var crumbs = 0, separated = false
        while let entry = entries.filter({ rest.hasPrefix($0) && rest.utf8.count > $0.utf8.count }).max(by: { $0.utf8.count < $1.utf8.count }) {
            let after = rest.dropFirst(entry.count)
            // Run together: the next crumb or the headline follows at once, or after a bare separator.
            guard let next = after.first, !next.isWhitespace else { break }
            rest = after.drop { separators.contains($0) }
            separated = separated || rest.count < after.count
            crumbs += 1
        }
        let last = crumbs > 0 ? lastCrumbLength(rest) : 0
        if last > 0 { crumbs += 1 }
        // One entry run into a word with no separator may be a name ("NewsNow"): a trail has two.
        guard crumbs >= 2 || (crumbs == 1 && separated) else { return headline }
        rest = rest.dropFirst(last)
        // What is left is a headline: a few words, opening with no lower-case letter.
        guard rest.split(separator: " ").count >= 3, let first = rest.first, !first.isLowercase else { return headline }
        return String(rest)
    }

    /// Whether the headline's first word could hold crumbs run together: a capital or a digit
    /// right after a lower-case letter ("NewsUKFerry", "Skin5"), or a separator right after a
    /// letter ("Africa|United"). Read from the bytes: asked of every article's headline, whose
    /// first word is the whole of it in scripts without spaces. (A letter beyond ASCII counts
    /// before a separator; a change of case is read in ASCII only.)
    static func mayHoldTrail(_ headline: String) -> Bool {
        headline.withUTF8Bytes { bytes in
            var previous: UInt8 = 0x20
            for (index, byte) in bytes.enumerated() {
                if byte == 0x20 || byte == 0x09 { return false }
                if previous >= 0x80 || isASCIILetter(previous) {
                    if byte == 0x7C || byte == 0x2F || byte == 0x3E { return true }
                    // » and › (C2 BB, E2 80 BA).
                    let next = index + 1 < bytes.count ? bytes[index + 1] : 0, third = index + 2 < bytes.count ? bytes[index + 2] : 0
                    if (byte == 0xC2 && next == 0xBB) || (byte == 0xE2 && next == 0x80 && third == 0xBA) { return true }
                }
                if previous >= 0x61, previous <= 0x7A, (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) { return true }
                previous = byte
            }
            return false
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// The length of a last crumb the page names nowhere else, run into the headline: a
    /// capitalised word right before a capital or a digit ("FaceWe Tried It", "Skin5 Pop
    /// Culture …"); 0 when the text opens with none.
    static func lastCrumbLength(_ text: Substring) -> Int {
        guard let first = text.first, first.isUppercase else { return 0 }
        let word = text.prefix(1 + text.dropFirst().prefix(while: \.isLowercase).count)
        guard word.count >= 3, word.count < text.count else { return 0 }
        let next = text[word.endIndex]
        return next.isUppercase || next.isNumber ? word.count : 0
    }

    /// The root a trail starts from, in some of the languages Lede reads.
    static let trailRoots: Set<String> = [
        "Home", "Homepage", "Startseite", "Accueil", "Inicio", "Início", "Home page", "Главная", "Beranda", "Trang chủ",
        "Anasayfa", "Ana Sayfa", "Strona główna", "Úvod", "Etusivu", "Forside", "Startsida", "首页", "首頁", "ホーム", "홈",
    ]

    /// What may stand between crumbs run together: "Africa|United States…", "BHG.com/Videos///How to…".
    static let separators: Set<Character> = ["|", "/", ">", "»", "›"]
}
