import Foundation

/// The heading of a box about the company, the site or the writer, set under the article:
/// "About Halvard Robotics" over a press release's boilerplate, "Sobre Solaria Verde", "نبذة عن …".
/// No article text follows it. (In languages that put "about" otherwise, "Over mij",
/// "Hakkımızda", the box's heading is a fixed one: `Phrases.articleEnds`.)
enum AboutHeading {
    /// Whether the line is "About" (in the languages below) and a name (a capitalised word, or in
    /// a script without capitals, anything), or us or the author. A heading: a few words, no sentence.
    static func matches(_ line: Phrases.Subject, lower: LoweredBytes) -> Bool {
        guard line.wordCount >= 2, line.wordCount <= maximumWords, !line.endsSentence,
              let first = lower.bytes.first, openingBytes.contains(first) else { return false }
        for opening in openings where lower.bytes.starts(with: opening.lowered) {
            // (Lowering keeps each character's length: the name starts as far into the line.)
            let start = opening.lowered.count + lower.bytes[opening.lowered.count...].prefix { $0 == 0x20 }.count
            let name = line.bytes[start...], lowered = lower.bytes[start...]
            guard let initial = name.first else { return false }
            if !opening.needsCapital || selfWords.contains(where: { lowered.starts(with: $0) && (lowered.count == $0.count || lowered[start + $0.count] == 0x20) }) {
                return true
            }
            // Title case is no name: "About Our Photographer" heads a box inside the article.
            if determiners.contains(where: { lowered.starts(with: $0) }) { return false }
            // A capital letter of ASCII or Latin-1 (À–Þ but ×: 0xC3 0x80 to 0x9E).
            if initial >= 0x41 && initial <= 0x5A { return true }
            let second = name.dropFirst().first ?? 0
            return initial == 0xC3 && second >= 0x80 && second <= 0x9E && second != 0x97
        }
        return false
    }

    /// A heading of at most this many words (a company's name may have several).
    static let maximumWords = 6

    /// "About" with the space after it, lowered, and whether a capitalised name must follow
    /// (in scripts with capitals: "About face" is no box's heading).
    private static let openings: [(lowered: [UInt8], needsCapital: Bool)] = [
        ("about ", true), ("über ", true), ("sobre ", true), ("acerca de ", true), ("à propos de ", true),
        ("a propos de ", true), ("informazioni su ", true), ("tentang ", true),
        ("نبذة عن ", false), ("درباره ", false), ("关于", false), ("關於", false),
    ].map { (Array($0.0.utf8), $0.1) }

    /// What else follows "About" in such a heading: the site's people, or its writer.
    private static let selfWords = [
        "us", "me", "the author", "the authors", "the writer", "uns", "mich", "den autor", "die autorin", "nosotros", "mí",
        "mim", "nós", "el autor", "la autora", "o autor", "a autora", "nous", "moi", "l’auteur", "l'auteur", "kami", "penulis",
    ].map { Array($0.utf8) }

    /// Words that open a title-case phrase rather than a name, with the space after them.
    private static let determiners = ["the ", "our ", "this ", "these ", "my ", "your ", "a ", "an ", "der ", "die ", "das ",
                                      "el ", "la ", "los ", "las ", "le ", "les ", "o ", "os ", "as "].map { Array($0.utf8) }

    /// The first bytes of `openings`: most lines open with none of them.
    private static let openingBytes = Set(openings.map { $0.lowered[0] })
}
