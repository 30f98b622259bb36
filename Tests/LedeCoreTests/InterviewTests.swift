@testable import LedeCore
import Testing

/// An interview's questions, each over its answer: the first is the body's, not a headline.
@Suite struct InterviewTests {
    static let answers = [
        "Completely by accident. A swarm landed in the hedge behind the harbour office one spring, and a neighbour showed me what to do with it.",
        "The winters. They used to be cold and dry, and the bees would sleep; now mild spells in January wake them with nothing to eat.",
        "Because I would have to post jars to strangers, and I like knowing who eats it. The Saturday market is enough for me and for the bees.",
    ]

    @Test func theFirstQuestionOpensTheBody() {
        let questions = ["How did you start keeping bees?", "What has changed most in thirty years?", "Why don't you sell online?"]
        let text = (["The Harbour Journal", "News", "Interviews", "", "'The hedge remembers everything': a beekeeper on thirty years of winters",
                     "Interview by Dan Ash", "August 3, 2024", ""] + zip(questions, Self.answers).flatMap { [$0, $1] } + ["", "Sign up", "Privacy policy"])
            .joined(separator: "\n")
        let story = PageParser().parse(text, path: "p.txt").stories.first
        #expect(story?.headline == "'The hedge remembers everything': a beekeeper on thirty years of winters")
        #expect(story?.paragraphs == zip(questions, Self.answers).flatMap { [$0, $1] })
    }

    /// A headline that asks, over an article that asks nothing more, is still the headline.
    @Test func aQuestionOverAnArticleIsItsHeadline() {
        let text = (["The Harbour Journal", "News", "", "Why are the bees waking in January?", "By Dan Ash", ""] + Self.answers + ["", "Sign up"])
            .joined(separator: "\n")
        let story = PageParser().parse(text, path: "p.txt").stories.first
        #expect(story?.headline == "Why are the bees waking in January?")
        #expect(story?.paragraphs == Self.answers)
    }

    /// A question under a menu or a kicker, over an article that asks questions of its own, is
    /// no interview's first question (it may be the headline); under a byline it is.
    @Test func onlyAQuestionUnderTheHeaderOpensAnInterview() {
        let questions = ["Is remote work killing downtowns?", Self.answers[0], "So what can cities do?", Self.answers[1], "Will it be enough?", Self.answers[2]]
        for (above, opens) in [("Cities", false), ("By Dan Ash", true)] {
            let lines = PageParser.split(([above] + questions).joined(separator: "\n"))
            #expect(ArticleOpening.opensInterview(at: 1, in: 1...(lines.count - 1), lines: lines) == opens, "\(above)")
        }
    }

    /// A question on the region's last line is looked at within the region (it trapped).
    @Test func aQuestionClosingThePageParses() {
        let cookie = "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies."
        let text = ["Home", "News", "Sport", "", "Opinion", "Where have all the bees gone?", cookie, cookie, "", "Privacy policy", "Terms of use"]
            .joined(separator: "\n")
        #expect(PageParser().parse(text, path: "p.txt").stories.count == 1)
    }
}
