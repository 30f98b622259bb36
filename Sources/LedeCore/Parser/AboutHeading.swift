import Foundation

/// The heading of a box about the company, the site or the writer, set under the article: no
/// article text follows it. "About us", "Über den Autor" and "Sobre nosotros" say so alone
/// (`matches`); "About Halvard Robotics" says so only over the boilerplate that names the company
/// again ("Halvard Robotics designs…", `headsBoilerplate`): "About Last Night" and "Über Nacht"
/// are subheadings. (In languages that put "about" otherwise, "Over mij", "Hakkımızda", the
/// box's heading is a fixed one: `Phrases.articleEnds`.)
enum AboutHeading {
    /// Whether the line is "About" (in the languages below) and us or the writer. A heading: a
    /// few words, no sentence.
    static func matches(_ line: Phrases.Subject, lower: LoweredBytes) -> Bool {
        guard line.wordCount >= 2, line.wordCount <= maximumWords, !line.endsSentence, let start = nameStart(in: line.bytes) else { return false }
        let name = lower.bytes[start...]
        return selfWords.contains { name.starts(with: $0) && (name.count == $0.count || name[start + $0.count] == 0x20) }
    }

    /// Whether the line at `index` is "About" and a name that the next line says again in its
    /// first words: a company's boilerplate under a press release ("About Helion Storage",
    /// "Helion Storage designs…", "نبذة عن …" over the same name), or, a capitalised name, the
    /// line after a line of its facts ("Logistics software · 51–200 employees").
    static func headsBoilerplate<Lines: RandomAccessCollection<Line>>(_ index: Int, in lines: Lines) -> Bool where Lines.Index == Int {
        let line = lines[index]
        guard line.wordCount >= 2, line.wordCount <= maximumWords, !line.endsSentence else { return false }
        return line.text.withUTF8Bytes { bytes in
            guard var start = nameStart(in: bytes), start < bytes.count else { return false }
            // (Past an article before a name of two words or more: "Über die Stadtwerke Lindenau"
            // over "Die Stadtwerke Lindenau GmbH versorgen …"; "Über die Mauer", "About the Ashes"
            // head sections about a thing the text goes on to name.)
            if let article = nameArticles.first(where: { bytes[start...].starts(with: $0) }) {
                guard bytes[(start + article.count)...].contains(0x20) else { return false }
                start += article.count
            }
            // The name's first two words, somewhere in the next line's first words.
            var end = start, spaces = 0
            while end < bytes.count, !(bytes[end] == 0x20 && spaces == 1) {
                if bytes[end] == 0x20 { spaces += 1 }
                end += 1
            }
            let name = UnsafeBufferPointer(rebasing: bytes[start..<end])
            // (The second line only under a name as companies write theirs, capitalised: "About
            // last night" over a line of the setlist, then "The last night of the tour…" is a subheading.)
            let capitalised = bytes[start] &- 0x41 < 26 || (bytes[start] == 0xC3 && start + 1 < bytes.count && bytes[start + 1] &- 0x80 < 0x1F)
            return lines[(index + 1)...].prefix(4).lazy.filter { !$0.isBlank }.prefix(capitalised ? 2 : 1).contains { next in
                next.wordCount > line.wordCount && next.text.withUTF8Bytes { text in
                    let head = UnsafeBufferPointer(rebasing: text.prefix(name.count + boilerplateReach))
                    return PlainSearch.search(name, in: head, caseInsensitive: false, backwards: false) != nil
                }
            }
        }
    }

    /// Where the words after "About" start in the line's bytes, past their spaces; nil when the
    /// line opens with no such word. (Its first byte first, its letters compared in either case:
    /// most lines are turned away without a lowered copy.)
    private static func nameStart(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = bytes.first else { return nil }
        let candidates = openingsByFirstByte[Int(first &- 0x41 < 26 ? first | 0x20 : first)]
        guard !candidates.isEmpty else { return nil }
        for opening in candidates where opening.count <= bytes.count {
            var matched = true
            for offset in opening.indices {
                var byte = bytes[offset]
                // ASCII capitals, and Latin-1's after 0xC3 (Ü, À), lowered.
                if byte &- 0x41 < 26 || (offset > 0 && bytes[offset - 1] == 0xC3 && byte &- 0x80 < 0x1F) { byte |= 0x20 }
                if byte != opening[offset] { matched = false; break }
            }
            guard matched else { continue }
            var start = opening.count
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            return start
        }
        return nil
    }

    /// A heading of at most this many words (a company's name may have several).
    static let maximumWords = 6
    /// How far into the next line the name may stand ("Founded in 2005, Helion Storage…").
    static let boilerplateReach = 40

    /// "About" with the space after it, lowered.
    private static let openings = [
        "about ", "über ", "sobre ", "acerca de ", "à propos de ", "a propos de ", "informazioni su ", "tentang ",
        "نبذة عن ", "درباره ", "关于", "關於",
    ].map { Array($0.utf8) }

    /// The articles a name may follow "About" with, lowered: "Über die …", "Sobre la …", "The".
    private static let nameArticles = ["die ", "der ", "das ", "den ", "la ", "el ", "los ", "las ", "le ", "les ", "l'", "the "].map { Array($0.utf8) }

    /// What follows "About" in a heading of a box about the site's people or the writer.
    private static let selfWords = [
        "us", "me", "the author", "the authors", "the writer", "uns", "mich", "den autor", "die autorin", "nosotros", "mí",
        "mim", "nós", "el autor", "la autora", "o autor", "a autora", "nous", "moi", "l’auteur", "l'auteur", "kami", "penulis",
        "我们", "我們", "本站", "作者",
    ].map { Array($0.utf8) }

    /// `openings` by their first byte: most lines open with none of them, and are turned away
    /// by a look into this table (a set's hashing was most of the check).
    private static let openingsByFirstByte: [[[UInt8]]] = (0..<256).map { byte in openings.filter { Int($0[0]) == byte } }
}
