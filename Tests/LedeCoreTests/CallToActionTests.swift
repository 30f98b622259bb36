@testable import LedeCore
import Testing

/// What makes a line a call to action, and what does not.
@Suite struct CallToActionTests {
    /// A line that names JavaScript is no banner asking for it (QA: a table's "JavaScript" row
    /// and a subheading were dropped as calls to action).
    @Test func namingJavaScriptIsNoCallToAction() {
        #expect(!PageParser.split("JavaScript keeps growing")[0].isCallToAction)
        #expect(!PageParser.split("JavaScript\t49%\t-1")[0].isCallToAction)
        #expect(PageParser.split("Please enable JavaScript to view the comments powered by Disqus.")[0].isCallToAction)
        #expect(PageParser.split("This site requires JavaScript")[0].isCallToAction)
    }
}

/// What makes a line a byline.
@Suite struct BylineTests {
    /// A page may keep "By" and the name together with a no-break space (saved HTML's &nbsp;).
    @Test func aByAndANoBreakSpaceOpenABylineToo() {
        #expect(PageParser.split("By\u{A0}Gwen Pearson")[0].isBylineOrDate)
        #expect(HeadlineModel.isByline(PageParser.split("By\u{A0}Eric Song, IGN Staff")[0]))
        #expect(!PageParser.split("By\u{A0}2030 the harbour will have new gates.")[0].isBylineOrDate)
    }
}
