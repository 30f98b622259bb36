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
