import LedeCore

/// A small library of hand-made stories for view and reducer tests: two pages, an article with
/// several paragraphs, an expandable teaser, and a teaser whose full article is on the second page.
public enum SampleLibrary {
    public static let front = Page(path: "front.txt", title: "Harbour front", stories: [
        Story(kind: .article, headline: "Barrier holds as the city counts the cost",
              dek: "The gates did their job, but the next surge may not be so kind",
              section: "Coastlines", credit: "Harbour Authority",
              paragraphs: (1...6).map { "Paragraph \($0) of the article says something about the storm, the tide and the gates." }),
        Story(kind: .teaser, headline: "Crews vote to strike", section: "Labour",
              paragraphs: ["Ferry crews voted to strike.", "Talks over storm pay broke down."], expandable: true),
        Story(kind: .teaser, headline: "The flood that made the barrier", section: "History",
              paragraphs: ["In 1953 a surge broke the wall.", "The inquiry found the warnings never reached the streets."], expandable: true),
    ])

    public static let history = Page(path: "history.txt", title: "The flood that made the barrier", stories: [
        Story(kind: .article, headline: "The flood that made the barrier", dek: "One night in 1953",
              paragraphs: ["In 1953 a surge broke the wall.", "Eleven streets flooded.", "Nine people died on the quay."]),
    ])

    public static var library: Library { Library(pages: [front, history]) }
}
