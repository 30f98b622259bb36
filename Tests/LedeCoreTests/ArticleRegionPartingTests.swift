@testable import LedeCore
import Testing

/// Two blocks of text with a long stretch of furniture between them are two blocks: the region
/// keeps the heavier one, not both (an article and a consent form's small print).
@Suite struct ArticleRegionPartingTests {
    @Test func aDeepStretchOfFurniturePartsTheRegionAndTheHeavierBlockStays() {
        let weights: [Double] = [40, 50, 30, -70, -60, 20, 30, 10]
        #expect(ArticleRegion.parted(0...7, weights: weights) == 0...2)
        let heavierAfter: [Double] = [20, 10, -70, -60, 90, 80]
        #expect(ArticleRegion.parted(0...5, weights: heavierAfter) == 4...5)
    }

    @Test func aShallowStretchOrAWallDoesNotPartIt() {
        // A box of links inside an article: not deep enough.
        #expect(ArticleRegion.parted(0...4, weights: [40, 50, -30, -40, 60]) == 0...4)
        // A heading that ends articles, outweighed by the text after it, was crossed on purpose.
        #expect(ArticleRegion.parted(0...2, weights: [900, -ArticleRegion.wallWeight, 2000]) == 0...2)
    }

    @Test func consentSmallPrintIsALegalNotice() {
        let lines = PageParser.split("""
            We are committed to protecting your personal information and have updated our Privacy Policy.
            The harbour city counts the cost of the storm, and the council meets on Monday.
            """)
        #expect(lines[0].isLegalNotice)
        #expect(!lines[1].isLegalNotice)
    }

    @Test func aFootersDisclaimerIsALegalNotice() {
        let lines = PageParser.split("""
            Apple logo, App Store and iPhone are registered trademarks of Apple Inc.
            The content of this site is for informational purposes only and is no medical advice.
            We may earn a commission when you buy through links on our site.
            The harbour city counts the cost of the storm, and the council meets on Monday.
            """)
        #expect(lines.map(\.isLegalNotice) == [true, true, true, false])
    }
}
