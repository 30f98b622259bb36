import LedeCore
import Testing

/// HTML becomes the text a browser's innerText gives: exact text for each rule.
@Suite struct HTMLTextTests {
    func text(_ html: String) -> String { HTMLPage.read(Array(html.utf8)).text }

    @Test func paragraphsAreSeparatedByABlankLineAndBlocksByALineBreak() {
        #expect(text("<body><h1>Title</h1><p>One.</p><p>Two.</p><div>Three</div><div>Four</div></body>")
            == "Title\n\nOne.\n\nTwo.\n\nThree\nFour")
    }

    @Test func nestedBlocksAskingForBreaksGiveTheMostAnyAskedForNotTheirSum() {
        #expect(text("<div><div><p>A</p></div></div><div><ul><li>B</li><li>C</li></ul></div>") == "A\n\nB\nC")
    }

    @Test func aLineBreakElementBreaksTheLineAndTwoGiveABlankLine() {
        #expect(text("<p>first<br>second<br><br>third</p>") == "first\nsecond\n\nthird")
    }

    @Test func whiteSpaceCollapsesAndLinesHaveNoSpaceAtTheirEnds() {
        #expect(text("<p>  many \n\t spaces <b> here </b>  and\nthere  </p>") == "many spaces here and there")
    }

    @Test func inlineElementsRunTogetherAsWritten() {
        #expect(text("<p>keep reading<span>Show less</span> <a href=x>link</a>ed</p>") == "keep readingShow less linked")
    }

    @Test func entitiesAreDecoded() {
        #expect(text("<p>Fish &amp; chips &lt;3 &eacute;t&eacute; &#8217; &#x2014; caf&#233;</p>") == "Fish & chips <3 été ’ — café")
    }

    @Test func scriptStyleTemplateNoscriptAndHeadAreNotText() {
        let html = """
        <html><head><title>T</title><style>p{color:red}</style><script>var x = "<p>no</p>";</script></head>
        <body><script>alert(1)</script><noscript>Enable JS</noscript><template><p>later</p></template><p>Shown</p></body></html>
        """
        #expect(text(html) == "Shown")
    }

    @Test func hiddenAriaHiddenAndInlineDisplayNoneAreSkipped() {
        let html = """
        <p hidden>a</p><p aria-hidden="true">b</p><p aria-hidden="false">c</p>
        <div style="color: red; display : none">d</div><span style="visibility:hidden">e</span><p>f</p>
        """
        #expect(text(html) == "c\n\nf")
    }

    @Test func preKeepsItsSpacesAndLines() {
        #expect(text("<p>before</p><pre>a  b\n  c</pre><p>after</p>") == "before\n\na  b\n  c\n\nafter")
    }

    @Test func tableCellsAreSeparatedByTabsAndRowsByLines() {
        #expect(text("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>") == "a\tb\nc\td")
    }

    @Test func imagesAndFormControlsGiveNoText() {
        #expect(text("<p>x<img alt=\"alt text\" src=\"a.png\"><input value=v><select><option>o</option></select>y</p>") == "xy")
    }

    @Test func brokenMarkupIsReadAsABrowserWouldRecoverIt() {
        #expect(text("<p>one<p>two</b><div>three") == "one\n\ntwo\n\nthree")
    }

    @Test func evidenceHasTitleOpenGraphTitleHeadingsAndAddress() {
        let html = """
        <html><head><title>Storm | Gazette</title><meta property="og:title" content="Storm  floods &amp; harbour">
        <meta property="og:url" content="https://example.com/storm"><link rel="canonical" href="https://example.com/other"></head>
        <body><h1>Storm <em>floods</em></h1><h1 hidden>Hidden</h1><p>Text.</p></body></html>
        """
        let evidence = HTMLPage.read(Array(html.utf8)).evidence
        #expect(evidence == HTMLEvidence(title: "Storm | Gazette", ogTitle: "Storm floods & harbour", headings: ["Storm floods"], url: "https://example.com/storm"))
    }

    @Test func theCanonicalLinkIsTheAddressWhenThereIsNoOpenGraphOneAndOnlyWebAddressesCount() {
        let canonical = HTMLPage.read(Array(#"<link rel="canonical" href="https://example.com/a"><p>x</p>"#.utf8)).evidence
        #expect(canonical.url == "https://example.com/a")
        let script = HTMLPage.read(Array(#"<meta property="og:url" content="javascript:alert(1)"><p>x</p>"#.utf8)).evidence
        #expect(script.url == "")
    }

    @Test func nestingPastTheBoundReadsOnAsPlainTextAndEndsInTime() {
        // 100 000 open elements: past 512 they do nothing to the text (no line breaks), and the
        // page is read to its end.
        let html = "<p>before</p>" + String(repeating: "<div>x", count: 100_000) + "deep" + String(repeating: "</div>", count: 100_000) + "<p>after</p>"
        let read = text(html)
        #expect(read.hasPrefix("before\n\nx\nx\n"))
        #expect(read.hasSuffix("xxxdeep\n\nafter"))
        #expect(read.split(separator: "\n").count < 600)
        let fine = String(repeating: "<div>", count: 200) + "deep enough" + String(repeating: "</div>", count: 200)
        #expect(text(fine) == "deep enough")
    }
}
