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
