import Foundation
import LedeCore
import LedeTestSupport
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

    @Test func html5EntitiesLibxml2DoesNotKnowAreDecodedToo() {
        #expect(text("<p>Prices rose 4&percnt; &lpar;a record&rpar; &commat;desk &check;</p>") == "Prices rose 4% (a record) @desk ✓")
        // What is no reference goes on as written: a name it does not know, no ";", a bare "&".
        #expect(text("<p>AT&T, R&D, &nosuch; and &percnt 5 &amp; 6</p>") == "AT&T, R&D, &nosuch; and &percnt 5 & 6")
        // Nor does one join across an element's edge.
        #expect(text("<p>&<b>percnt;</b></p>") == "&percnt;")
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

    @Test func aFirstHeadingThatIsTheSitesNameIsNoHeadlineCandidate() {
        // The logo's <h1> says what <title> ends with: the story's own heading is the candidate.
        let logo = HTMLEvidence(title: "Ferry fares rise – Harbour Daily", ogTitle: "Ferry fares rise", headings: ["Harbour Daily", "Ferry fares rise again"])
        #expect(logo.headlineCandidates == ["Ferry fares rise", "Ferry fares rise again", "Ferry fares rise – Harbour Daily"])
        let story = HTMLEvidence(title: "Ferry fares rise | Harbour Daily", headings: ["Ferry fares rise again"])
        #expect(story.headlineCandidates == ["", "Ferry fares rise again", "Ferry fares rise | Harbour Daily"])
        // A title that names the site first ends with the story, not with a site's name.
        let siteFirst = HTMLEvidence(title: "Daily - Ferry fares rise again", headings: ["Ferry fares rise again"])
        #expect(siteFirst.headlineCandidates == ["", "Ferry fares rise again", "Daily - Ferry fares rise again"])
    }

    @Test func aFirstHeadingThatSaysNothingTheTitleSaysComesAfterIt() {
        // A section's banner as the page's <h1>: <title> names the story.
        let banner = HTMLEvidence(title: "Babies Who Eat Peanuts Early May Avoid Allergy", headings: ["Allergies Health Center"])
        #expect(banner.headlineCandidates == ["", "Babies Who Eat Peanuts Early May Avoid Allergy", "Allergies Health Center"])
        // "and" is in both: a word every text uses is no agreement.
        let resources = HTMLEvidence(title: "Superbugs: What They Are and How You Get Them", headings: ["Information and Resources"])
        #expect(resources.headlineCandidates == ["", "Superbugs: What They Are and How You Get Them", "Information and Resources"])
        // One word of the story in both, or one inside the other, and the heading stays first.
        let agreeing = HTMLEvidence(title: "Harbour storm: what we know | Daily", headings: ["Storm floods the harbour"])
        #expect(agreeing.headlineCandidates == ["", "Storm floods the harbour", "Harbour storm: what we know | Daily"])
        let unspaced = HTMLEvidence(title: "海外留学生看两会_教育频道", headings: ["海外留学生看两会"])
        #expect(unspaced.headlineCandidates == ["", "海外留学生看两会", "海外留学生看两会_教育频道"])
    }

    @Test func aHintMatchesItsLineWhateverWhiteSpaceTheLineSetsBetweenItsWords() {
        // A page keeps its headline's last words together with a no-break space; its og:title has a space.
        let paragraph = "The harbour master said the gates would be tested again on Monday, and that nobody should worry about the tide."
        let text = "Harbour Daily\n\nTidal gates hold through the\u{A0}storm\n\n\(paragraph)\n\n\(paragraph)"
        // (The first candidate is no line of the page: without a line, it would be taken as it is.)
        let page = PageParser().parse(text, path: "p", hints: PageHints(candidates: ["Harbour Daily home", "Tidal gates hold through the storm"]))
        #expect(page.stories.first?.headline == "Tidal gates hold through the storm")
        #expect(page.stories.first?.paragraphs == [paragraph, paragraph])
    }

    @Test func aSectionThatIsTheHintedHeadlineIsNotSaidTwice() {
        // The model read the headline as the section over its dek; the page's <h1> names it, and
        // the headline right over its dek, scoring nearly as well, is now chosen without it.
        let paragraph = "N.Y. completed a frantic comeback on Tuesday, and Brock Nelson's goal in overtime extended the unbeaten streak to 15 games."
        let text = ["Menu", "Sections", "Nelson's OT goal lifts Isles", "N.Y. completes frantic comeback to extend unbeaten streak to 15", "",
                    "Associated Press", "", "Published 11:26 pm EST, Tuesday, November 19, 2019", "", paragraph, "", paragraph + " Again."].joined(separator: "\n")
        let plain = PageParser().parse(text, path: "p").stories.first
        #expect(plain?.headline == "Nelson's OT goal lifts Isles")
        #expect(plain?.section != plain?.headline)
        let hinted = PageParser().parse(text, path: "p", hints: PageHints(candidates: ["Nelson's OT goal lifts Isles"])).stories.first
        #expect(hinted?.headline == "Nelson's OT goal lifts Isles")
        #expect(hinted?.section != hinted?.headline)
        #expect(hinted?.dek == "N.Y. completes frantic comeback to extend unbeaten streak to 15")
    }

    @Test func theCanonicalLinkIsTheAddressWhenThereIsNoOpenGraphOneAndOnlyWebAddressesCount() {
        let canonical = HTMLPage.read(Array(#"<link rel="canonical" href="https://example.com/a"><p>x</p>"#.utf8)).evidence
        #expect(canonical.url == "https://example.com/a")
        let script = HTMLPage.read(Array(#"<meta property="og:url" content="javascript:alert(1)"><p>x</p>"#.utf8)).evidence
        #expect(script.url == "")
        // A space inside the address is encoded, as a browser does; a control character is refused.
        let spaced = HTMLPage.read(Array(#"<link rel="canonical" href=" https://news.example.org/a b?x=1 "><p>x</p>"#.utf8)).evidence
        #expect(spaced.url == "https://news.example.org/a%20b?x=1")
        let broken = HTMLPage.read(Array("<link rel=\"canonical\" href=\"https://news.example.org/a\u{7}b\"><p>x</p>".utf8)).evidence
        #expect(broken.url == "")
        #expect(broken.namesUnusableURL)
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

    @Test func whatIsHiddenStaysHiddenPastTheBound() {
        let inner = "<p>Shown.</p><script>var leak = 1;</script><style>.ad { display: none }</style><div hidden>hidden text</div><p>Also shown.</p>"
        let html = String(repeating: "<div>", count: 600) + inner + String(repeating: "</div>", count: 600)
        #expect(text(html) == "Shown.Also shown.")
    }

    @Test func aNumericReferenceInTheC1RangeIsTheWindows1252Mark() {
        // As browsers read old pages' "&#146;" and "&#150;": never a control character dropped.
        #expect(text("<p>I&#146;m here &#150; &#147;quoted&#148;, &#128;5 &#153; &#x85;</p>") == "I’m here – “quoted”, €5 ™ …")
        #expect(text("<p>caf&#233; &#8217;</p>") == "café ’")
    }
}

/// A page's own style sheet hides what it plainly hides, and nothing it might show.
@Suite struct HiddenByStyleTests {
    func text(_ html: String) -> String { HTMLPage.read(Array(html.utf8)).text }

    @Test func simpleSelectorsThatHideHideTheirElements() {
        let html = """
        <style>/* menus */ .menu, #popup { display: none !important } aside.promo{display:none} template{display:none}</style>
        <div class="nav menu">Home</div><div id="popup">Subscribe</div><aside class="promo">Ad</aside><aside>Note</aside><p>Story.</p>
        """
        #expect(text(html) == "Note\n\nStory.")
    }

    @Test func rulesInMediaQueriesCompoundSelectorsAndRulesShownElsewhereAreLeftAlone() {
        let html = """
        <style>@media print { .story { display: none } } .js .menu { display: none } .tabs { display: none }
        @media (min-width: 600px) { .tabs { display: flex } } body { visibility: hidden } html { display: none }</style>
        <div class="story">Story.</div><div class="menu">Menu</div><div class="tabs">Tabs</div>
        """
        #expect(text(html) == "Story.\nMenu\nTabs")
    }
}

/// The HTML path hands the parser a text page and nothing else but `PageHints`: with no hints,
/// an HTML page's text parses exactly as the same text saved as a text page.
@Suite struct OneParserTests {
    @Test func anHTMLPagesTextWithNoHintsParsesAsTheTextPageDoes() throws {
        let html = try String(contentsOf: Fixtures.own("html/harbour.html"), encoding: .utf8)
        let text = HTMLPage.read(Array(html.utf8)).text
        let plain = PageParser().parse(text, path: "p")
        let hinted = PageParser().parse(text, path: "p", hints: PageHints(candidates: []))
        #expect(plain.stories == hinted.stories)
        #expect(text.hasPrefix("Home\nNews\nSport\n\nCoastlines\n\nTidal barrier holds as the harbour counts the cost\n\nThe gates did"))
    }
}

/// A `<pre>` is laid out by the page: its lines stay lines, with their indentation, in one
/// paragraph the reading pane shows line for line, whatever the lines look like.
@Suite struct HTMLPreformattedTests {
    @Test func aPreformattedBlockIsOneParagraphLineForLine() throws {
        let session = "$ hg clone public test-repo\nupdating to branch default\n    0 files updated, 0 files merged"
        let html = "<html><body><h1>Sharing a repository</h1>"
            + "<p>First make a copy of the public repository, which every developer then works from in turn.</p>"
            + "<pre>\(session)</pre>"
            + "<p>The copy now holds every change, and the developers can start to push their own work to it.</p></body></html>"
        let page = try PageLoader().parse(Array(html.utf8), path: "p.html").get()
        let story = try #require(page.stories.first)
        #expect(story.paragraphs == ["First make a copy of the public repository, which every developer then works from in turn.", session,
                                     "The copy now holds every change, and the developers can start to push their own work to it."])
        // The same lines as a text page have no <pre> to say so: each is a paragraph of its own.
        let text = "Sharing a repository\n\nFirst make a copy of the public repository, which every developer then works from in turn.\n\n"
            + "$ hg clone public test-repo\nupdating to branch default\n0 files updated, 0 files merged\n\n"
            + "The copy now holds every change, and the developers can start to push their own work to it.\n"
        #expect(PageParser().parse(text, path: "p.txt").stories.first?.paragraphs.count == 5)
    }
}
