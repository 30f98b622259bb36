/// The writer's note closing an opinion piece or a photo essay ("Ruth Adeyemi is a writer and
/// former librarian.", "Klara Neumann ist Autorin und lebt in Bremen."): a sentence that opens
/// with the name the header's byline credits ("Von Klara Neumann", "Photographs and words by
/// Martin Crane", a name alone over the date). An author box, not the article's text.
enum AuthorBio {
    /// How many lines of the header, nearest the body first, are looked through for the name,
    /// the most words such a line has, and the fewest lines a body keeps.
    static let headerLines = 8
    static let creditWords = 8
    static let minimumBody = 3

    /// Whether `last`, the body's last line, is its author's note: a sentence that opens with a
    /// name of two or three capitalised words that a byline of the header ends with, or that a
    /// line of the header is alone, next to the byline or date. (Never the headline's or a
    /// menu's words: "The White House did not…" under "The White House Defends…".)
    static func closes(_ body: [Line], header candidates: [Line]) -> Bool {
        guard body.count >= minimumBody, let last = body.last, last.endsSentence, last.wordCount <= 60 else { return false }
        let words = last.text.split(separator: " ", maxSplits: 4)
        guard words.count >= 4 else { return false }
        let header = Array(candidates.prefix(headerLines))
        for count in 2...3 {
            var name = words.prefix(count).joined(separator: " ")
            if name.hasSuffix(",") { name.removeLast() }
            guard name.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }) else { return false }
            if header.indices.contains(where: { credits(name, at: $0, in: header) }) { return true }
        }
        return false
    }

    /// Where the writer's card starts in `body`, when one follows the text: the name a byline of
    /// one writer in the header credits, alone on its line, then within two lines a note, no
    /// question, that opens with the name or its first word ("Sue Whitaker", "Staff Writer", "Sue
    /// Whitaker has covered …"; "Jacob Ferris", "Journalist", "Jacob is a journalist at …"). The
    /// card and what follows it are no text of the article (a short story's card was most of
    /// what it kept).
    static func cardStart(in body: [Line], header candidates: [Line]) -> Int? {
        // (The header's bylines' words are made once, and only for a page with a name over a
        // note: the note, then the name's shape, are asked first, of short lines alone.)
        var bylines: [[Substring]]?
        for index in body.indices.dropFirst() where (2...3).contains(body[index].wordCount) && !body[index].endsSentence {
            let name = body[index].text
            // (The name's first word opens the note, whole or not: compared as bytes, no String
            // made. No question: "Will Harper", a photo's credit, over "Will the detour hold …?".)
            let first = name.utf8.prefix { $0 != 0x20 }
            let hasNote = body[(index + 1)..<min(body.count, index + 3)].contains { line in
                line.endsSentence && line.wordCount >= noteWords && line.text.utf8.last != 0x3F && line.text.utf8.starts(with: first)
                    && line.text.utf8.dropFirst(first.count).first == 0x20
            }
            guard hasNote else { continue }
            let words = name.split(separator: " ")
            guard words.count == body[index].wordCount, words.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
            // (Any of the header's lines: share buttons and dates may stand between the byline and the text.)
            let credits = bylines ?? candidates.filter { $0.isBylineOrDate && $0.wordCount <= creditWords }.map { Self.words(of: $0.text) }
            bylines = credits
            // (A byline of one writer: under "By Anna Berg and Lars Holm", each writer's section
            // may open with the name and a note.)
            if credits.contains(where: { says(words, in: $0) && !namesSeveral($0) }) { return index }
        }
        return nil
    }

    /// Whether `words` have the words of `name` one after another ("By Sue Whitaker Staff
    /// Writer", "By Jacob Ferris, Journalist").
    private static func says(_ name: [Substring], in words: [Substring]) -> Bool {
        guard words.count >= name.count else { return false }
        return (0...(words.count - name.count)).contains { words[$0..<($0 + name.count)].elementsEqual(name) }
    }

    /// Whether a byline's words name several writers ("and", "und", "&" between them).
    private static func namesSeveral(_ words: [Substring]) -> Bool {
        words.contains { nameJoiners.contains(String($0)) }
    }

    /// The words that join writers' names in a byline.
    private static let nameJoiners: Set<String> = ["and", "und", "&", "et", "y", "e", "en", "og", "och", "i"]

    /// A line's words, a comma after one taken off.
    private static func words(of text: String) -> [Substring] {
        text.split(separator: " ").map { $0.last == "," ? $0.dropLast() : $0 }
    }

    /// The fewest words of a writer's note on a card.
    static let noteWords = 6

    /// Whether the header's line at `index` credits `name`: a byline that ends with it ("Von
    /// Klara Neumann", "Photographs and words by Martin Crane"), or the name alone with a byline
    /// or date within two lines of it (a "Columnist" label may stand between).
    private static func credits(_ name: String, at index: Int, in header: [Line]) -> Bool {
        let line = header[index]
        guard !line.isBlank, line.wordCount <= creditWords else { return false }
        if line.text == name {
            return (index - 2...index + 2).contains { header.indices.contains($0) && header[$0].isBylineOrDate }
        }
        return (line.isBylineOrDate || line.credit != nil) && line.text.hasSuffix(name) && line.text.dropLast(name.count).last == " "
    }
}
