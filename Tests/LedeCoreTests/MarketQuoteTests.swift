@testable import LedeCore
import Testing

/// A quote widget's line between a business story's byline and its first paragraph is never its
/// headline (QA: five business pages took an index's, a share's or a commodity's line for it).
@Suite struct MarketQuoteTests {
    func line(_ text: String) -> Line { PageParser.split(text)[0] }

    @Test func aQuotesLineIsNoHeadline() {
        for text in ["Euro Stoxx 50 5.061,3 +0,6%", "Falkenried N 58,40 CHF -2,1%", "Brent Crude 77.92 -0.48 (-0.61%)",
                     "S&P 500 futures +0.4%", "Nikkei 225 38.120 −1,2%", "Gold 2.310 ▲0,8%", "USD/RON 4,5890", "EUR/USD 1.0842"] {
            #expect(MarketQuote.matches(line(text)), "\(text)")
            #expect(NotAHeadline.applies(to: line(text)), "\(text)")
        }
    }

    /// A headline says the move in words, or closes on a signed figure with no price before it;
    /// a list's or a label's line is no quote.
    @Test func aHeadlineWithAFigureIsOne() {
        for text in ["DAX steigt um 0,6 Prozent", "Barella decide il derby, l'Inter vola a +4", "Inflation im Mai: 2,1 +0,3%",
                     "Stocks fall 2% as oil hits 90", "Apple, Google and Meta fall 3 -2%", "A-7 closed after 3 crashes",
                     "Brent Crude 77.92 per barrel"] {
            #expect(!MarketQuote.matches(line(text)), "\(text)")
        }
    }
}
