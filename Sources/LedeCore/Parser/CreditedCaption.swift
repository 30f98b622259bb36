/// A picture's caption told by its credit's line right next to it: a figure's caption and its
/// credit are one block, set apart from the paragraphs by blank lines ("Auf der Ringallee
/// sollen künftig … trennen." over "Foto: Oliver Schepp"). The caption says what the picture
/// shows, not what the article says, however sentence-like.
enum CreditedCaption {
    /// The line numbers of `body`'s captions: a line with a credit's line right under or over it,
    /// no blank line between, and blank lines (or the page's edge) around the two. Never the
    /// body's first or last line: a credit over the lead paragraph is the picture's above it,
    /// and one under the last paragraph signs the story ("© dpa", "Photographs by …").
    static func lines(in body: [Line], of lines: [Line]) -> Set<Int> {
        var found: Set<Int> = []
        guard body.count > 2 else { return found }
        func isBlank(_ index: Int) -> Bool { index < 0 || index >= lines.count || lines[index].isBlank }
        for line in body.dropFirst().dropLast() where line.wordCount <= captionWords {
            let number = line.number
            if number + 1 < lines.count, isCredit(lines[number + 1]), isBlank(number - 1), isBlank(number + 2) { found.insert(number) }
            if number > 0, isCredit(lines[number - 1]), isBlank(number - 2), isBlank(number + 1) { found.insert(number) }
        }
        return found
    }

    /// A credit alone on its line: "Foto: Oliver Schepp", "Photo: Reuters", "© dpa".
    static func isCredit(_ line: Line) -> Bool {
        line.credit != nil && line.wordCount <= creditWords
    }

    /// The most words of a caption, and of a credit's line.
    static let captionWords = 40, creditWords = 8
}
