/// A blog's "Recent Comments" widget: under its heading, a line per comment naming who wrote on
/// which post ("Derek Amos on They're back!", "Sabine bei Hochbeet im Herbst …"). Each line holds
/// a post's title, this one's too, and reads as a title with a name in front: never the headline.
enum RecentComments {
    /// The line numbers of the candidates that are the widget's lines: each saying the widget's
    /// word ("on", "bei", …) after a name of `nameWords` words at most, under its heading or
    /// others such, `reach` lines at most.
    static func lines(among candidates: [Line], in lines: [Line]) -> [Int] {
        candidates.compactMap { candidate in
            guard candidate.wordCount > 2, namesAPost(candidate.text) else { return nil }
            for above in lines[..<candidate.number].reversed().lazy.filter({ !$0.isBlank }).prefix(reach) where !namesAPost(above.text) {
                return above.wordCount <= headingWords && headingKeys.contains(above.shortKey) ? candidate.number : nil
            }
            return nil
        }
    }

    /// Whether the text is a name, the widget's word and a post's title: "Jean W on They're back!".
    /// (Read as bytes: splitting every candidate into Strings and hashing them showed in profiles.)
    static func namesAPost(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var start = 0, word = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
                defer { start = index + 1; word += 1 }
                guard word > 0 else { continue }
                guard word <= nameWords, index < bytes.count else { return false }
                let piece = bytes[start..<index]
                if onWordBytes.contains(where: { $0.elementsEqual(piece) }) { return true }
            }
            return false
        }
    }

    /// The widget's heading, as keys ("Recent Comments", "Neueste Kommentare", …).
    static let headingKeys: Set<String> = [
        "recentcomments", "latestcomments", "neuestekommentare", "letztekommentare", "commentairesrécents", "dernierscommentaires",
        "comentariosrecientes", "últimoscomentarios", "commentirecenti", "ultimicommenti", "comentáriosrecentes", "recentereacties",
        "senastekommentarer", "najnowszekomentarze", "ostatniekomentarze",
    ]
    /// The word between a comment's writer and the post, as WordPress writes it per language.
    static let onWords = ["on", "bei", "dans", "sur", "en", "su", "em", "op", "på", "w", "do"]
    static let onWordBytes = onWords.map { Array($0.utf8) }
    static let headingWords = 3, reach = 10, nameWords = 4
}
