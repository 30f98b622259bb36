@testable import LedeCore
import Testing

/// A list article's first section right under the dek opens the body, not the header.
@Suite struct RunOpeningTests {
    @Test func aNumberedSectionCannotLeadAsTheHeadline() {
        #expect(!ArticleOpening.canLeadAsHeadline(PageParser.split("1. Snake plant")[0]))
        #expect(ArticleOpening.canLeadAsHeadline(PageParser.split("Apple crumble cake")[0]))
    }
}
