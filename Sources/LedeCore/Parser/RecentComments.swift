/// A blog's "Recent Comments" widget: under its heading, a line per comment naming who wrote on
/// which post ("Derek Amos on They're back!", "Sabine bei Hochbeet im Herbst …"). Each line holds
/// a post's title, this one's too, and reads as a title with a name in front: never the headline.
enum RecentComments {
    /// The line numbers of the candidates that are the widget's lines: each saying the widget's
    /// word ("on", "bei", …) after a name of `nameWords` words at most, under its heading or
    /// others such, `reach` lines at most.
    static func lines(among candidates: [Line], in lines: [Line]) -> [Int] {
        candidates.compactMap { candidate in
            guard namesAPost(candidate.text) else { return nil }
            for above in lines[..<candidate.number].reversed().lazy.filter({ !$0.isBlank }).prefix(reach) where !namesAPost(above.text) {
                return above.wordCount <= headingWords && headingKeys.contains(above.shortKey) ? candidate.number : nil
            }
            return nil
        }
    }

    /// Whether the text is a name, the widget's word and a post's title: "Jean W on They're back!".
    static func namesAPost(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: nameWords + 1)
        return words.dropFirst().prefix(nameWords).contains { onWords.contains(String($0)) } && words.count > 2
    }

    /// The widget's heading, as keys ("Recent Comments", "Neueste Kommentare", …).
    static let headingKeys: Set<String> = [
        "recentcomments", "latestcomments", "neuestekommentare", "letztekommentare", "commentairesrécents", "dernierscommentaires", "comentariosrecientes", "últimoscomentarios", "commentirecenti", "ultimicommenti", "comentáriosrecentes",
        "recentereacties", "senastekommentarer", "najnowszekomentarze", "ostatniekomentarze",
    ]
    /// The word between a comment's writer and the post, as WordPress writes it per language.
    static let onWords: Set<String> = ["on", "bei", "dans", "sur", "en", "su", "em", "op", "på", "w", "do"]
    static let headingWords = 3, reach = 10, nameWords = 4
}
