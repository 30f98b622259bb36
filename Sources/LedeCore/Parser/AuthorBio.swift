/// The writer's note closing an opinion piece or a photo essay ("Ruth Adeyemi is a writer and
/// former librarian.", "Klara Neumann ist Autorin und lebt in Bremen."): a sentence that opens
/// with the name the header credits ("Von Klara Neumann", "Photographs and words by Martin
/// Crane", a name alone over the date). An author box, not the article's text.
enum AuthorBio {
    /// How many lines of the header, nearest the body first, are looked through for the name,
    /// the most words such a line has, and the fewest lines a body keeps.
    static let headerLines = 8
    static let creditWords = 8
    static let minimumBody = 3

    /// Whether `last`, the body's last line, is its author's note: a sentence that opens with a
    /// name of two or three capitalised words that ends or opens a short line of the header.
    static func closes(_ body: [Line], header candidates: [Line]) -> Bool {
        guard body.count >= minimumBody, let last = body.last, last.endsSentence, last.wordCount <= 60 else { return false }
        let words = last.text.split(separator: " ", maxSplits: 4)
        guard words.count >= 4 else { return false }
        for count in 2...3 {
            // The name as the note opens with it, a comma after it or none ("Hanna Vogelsang, 46, …").
            var name = words.prefix(count).joined(separator: " ")
            if name.hasSuffix(",") { name.removeLast() }
            guard name.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }) else { return false }
            if candidates.prefix(headerLines).contains(where: { credits(name, $0) }) { return true }
        }
        return false
    }

    /// Whether a short line of the header names `name` at its end or its start, whole words.
    private static func credits(_ name: String, _ line: Line) -> Bool {
        guard !line.isBlank, line.wordCount <= creditWords else { return false }
        let text = line.text
        if text == name { return true }
        if text.hasSuffix(name), text.dropLast(name.count).last == " " { return true }
        if text.hasPrefix(name), let next = text.dropFirst(name.count).first, next == " " || next == "," { return true }
        return false
    }
}
