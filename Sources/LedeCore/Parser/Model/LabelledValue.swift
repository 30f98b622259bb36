/// A value under its label, the label alone on the line right above it and the next label
/// right under it ("From:" over a ministry's name over "Published", as a government page's
/// metadata sets them): the page's facts about the story, never its headline, however
/// title-like. (A label over the headline alone is a logo's, its picture not copied: "Quelle:"
/// over a press release's headline, then its byline.)
enum LabelledValue {
    /// The line numbers of the candidates that stand between two such labels.
    static func values(among candidates: [Line]) -> Set<Int> {
        var found: Set<Int> = []
        for index in candidates.indices.dropFirst().dropLast() {
            let label = candidates[index + 1], value = candidates[index], next = candidates[index - 1]
            guard label.number + 1 == value.number, value.number + 1 == next.number, isLabel(label),
                  next.wordCount <= maxLabelWords, labels.contains(next.shortKey) else { continue }
            found.insert(value.number)
        }
        return found
    }

    /// One of `labels` and its colon: the page's metadata (a kicker may end in a colon over its
    /// headline too, "Reference:", "EXCLUSIVE:").
    static func isLabel(_ line: Line) -> Bool {
        line.wordCount <= maxLabelWords && line.text.endsInOneColon && labels.contains(line.shortKey)
    }

    static let maxLabelWords = 2

    /// Who published the story, who wrote it and when, as the languages of the stop-word lists
    /// label them.
    static let labels = KeySet([
        "from", "von", "van", "de", "da", "by", "author", "authors", "autor", "autoren", "auteur", "auteurs", "autore", "autori",
        "publisher", "herausgeber", "editor", "source", "quelle", "fuente", "fonte", "bron", "date", "datum", "fecha",
        "published", "veröffentlicht", "publicado", "pubblicato", "gepubliceerd",
    ])
}
