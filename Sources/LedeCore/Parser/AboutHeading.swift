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
        guard let rest = named(line.bytes, lower: lower.bytes, words: line.wordCount, endsSentence: line.endsSentence) else { return false }
        let lowered = rest.lowered
        return selfWords.contains { lowered.starts(with: $0) && (lowered.count == $0.count || lowered[lowered.startIndex + $0.count] == 0x20) }
    }

    /// Whether the line at `index` is "About" and a name that the next line opens with: a
    /// company's boilerplate under a press release ("About Helion Storage", "Helion Storage
    /// designs…", "نبذة عن …" over the same name).
    static func headsBoilerplate<Lines: RandomAccessCollection<Line>>(_ index: Int, in lines: Lines) -> Bool where Lines.Index == Int {
        let line = lines[index]
        guard line.wordCount >= 2, line.wordCount <= maximumWords, !line.endsSentence else { return false }
        return line.text.withUTF8Bytes { bytes in
            line.lower.withUTF8Bytes { lower in
                guard let rest = named(bytes, lower: lower, words: line.wordCount, endsSentence: false), !rest.name.isEmpty,
                      let next = lines[(index + 1)...].prefix(2).first(where: { !$0.isBlank }), next.wordCount > line.wordCount else { return false }
                // The name's first two words, somewhere in the next line's first words.
                let name = Array(rest.name.split(separator: 0x20).prefix(2).joined(separator: [0x20]))
                return next.text.withUTF8Bytes { text in
                    let head = UnsafeBufferPointer(rebasing: text.prefix(name.count + boilerplateReach))
                    return name.withUnsafeBufferPointer { PlainSearch.search($0, in: head, caseInsensitive: false, backwards: false) != nil }
                }
            }
        }
    }

    /// What follows "About" in the line, as written and lowered, past its spaces; nil when the
    /// line opens with no such word or is no heading.
    private static func named(_ bytes: UnsafeBufferPointer<UInt8>, lower: UnsafeBufferPointer<UInt8>, words: Int, endsSentence: Bool)
        -> (name: ArraySlice<UInt8>, lowered: ArraySlice<UInt8>)? {
        guard words >= 2, words <= maximumWords, !endsSentence, let first = lower.first, openingBytes.contains(first),
              let opening = openings.first(where: { lower.starts(with: $0) }) else { return nil }
        // (Lowering keeps each character's length: the name starts as far into the line.)
        var start = opening.count
        while start < lower.count, lower[start] == 0x20 { start += 1 }
        return (ArraySlice(bytes[start...]), ArraySlice(lower[start...]))
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

    /// What follows "About" in a heading of a box about the site's people or the writer.
    private static let selfWords = [
        "us", "me", "the author", "the authors", "the writer", "uns", "mich", "den autor", "die autorin", "nosotros", "mí",
        "mim", "nós", "el autor", "la autora", "o autor", "a autora", "nous", "moi", "l’auteur", "l'auteur", "kami", "penulis",
        "我们", "我們", "本站", "作者",
    ].map { Array($0.utf8) }

    /// The first bytes of `openings`: most lines open with none of them.
    private static let openingBytes = Set(openings.map { $0[0] })
}
