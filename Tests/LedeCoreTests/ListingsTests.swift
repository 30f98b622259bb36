@testable import LedeCore
import Testing

/// A program listing keeps its lines, braces and indentation, and a table its rows, in columns;
/// lines of prose one under another stay paragraphs of their own.
@Suite struct ListingsTests {
    func paragraphs(_ text: String) -> [String] {
        WrappedLines.paragraphs(of: PageParser.split(text).filter { !$0.isBlank })
    }

    @Test func aListingKeepsItsIndentationAndBraces() {
        let listing = ["    func count(_ bytes: [UInt8]) -> Int {", "        var lines = 0", "        for byte in bytes where byte == 10 {",
                       "            lines += 1", "        }", "        return lines", "    }"]
        // All of the indentation stays (a blank line may part a listing: both parts keep their places).
        #expect(paragraphs(listing.joined(separator: "\n")) == [listing.joined(separator: "\n")])
    }

    /// A command's output in a listing that reads as a comment's header ("latest handshake: 12
    /// seconds ago", over a thread of "Name • 2 years ago" headers below) parts no article (QA:
    /// a self-hosting post was cut there, its last third lost).
    @Test func aListingsLineThatReadsAsACommentHeaderIsNoWall() throws {
        let prose = ["Bring the tunnel up on the Pi and check that the handshake with the server has happened, which takes a few seconds:",
                     "If the latest handshake is missing entirely, the most likely culprit is the firewall on the server, so open the port."]
        let listing = ["", "peer: Jr4q9v", "  endpoint: 203.0.113.40:51820", "  allowed ips: 10.44.0.0/24", "  latest handshake: 12 seconds ago",
                       "  transfer: 1.21 KiB received, 2.87 KiB sent", ""]
        let thread = ["14 Comments", "J. Aaltonen • 2 years ago", "Nice writeup, and the keepalive note saved me an evening.", "Reply",
                      "mnmlst • 2 years ago", "Why not just use Tailscale for all of this?", "Reply"]
        let lines = PageParser.split(([prose[0]] + listing + [prose[1]] + thread).joined(separator: "\n"))
        // The model's reading, as sure of the prose as of the rest not being text.
        let logits = lines.map { $0.isParagraph && !$0.text.contains("Tailscale") && !$0.text.contains("writeup") ? 3.0 : -2.0 }
        let region = try #require(ArticleRegion.find(in: lines, logits: logits, excluding: lines.map { _ in false }, player: nil))
        #expect(region.lowerBound == 0 && region.upperBound >= listing.count + 1)
    }

    @Test func aTableLinesUpItsColumns() {
        let table = "Year\tClosures\n2020\t4\n2021\t9\n2022\t12"
        // Figures flush right, under a header set flush right with them.
        #expect(paragraphs(table) == ["Year  Closures\n2020         4\n2021         9\n2022        12"])
        // Columns by display width: a wide character takes two.
        #expect(paragraphs("港\tA\tx\nHarbour\tBB\ty") == ["港       A   x\nHarbour  BB  y"])
    }

    /// Columns of figures are set flush right, header and all, as `column -t -R` and
    /// spreadsheets set them (units under units); a column with a word below its header stays
    /// flush left, and a dash stands for a figure missing.
    @Test func aTablesFiguresAreFlushRight() {
        let table = "Port\tShips\tChange\tFee\tNote\nDover\t1,204\t+3.5%\t$12.50\t7\nHull\t87\t−12%\t$9\tn/a\nTyne\t–\t0%\t€110\t12"
        #expect(paragraphs(table) == [[
            "Port   Ships  Change     Fee  Note",
            "Dover  1,204   +3.5%  $12.50  7",
            "Hull      87    −12%      $9  n/a",
            "Tyne       –      0%    €110  12",
        ].joined(separator: "\n")])
    }

    @Test func aFigureIsDigitsWithTheirSeparatorsSignsAndUnits() {
        for figure in ["7", "-3", "+3.5", "−12", "1,234", "1,234,567.89", "1.234,5", "0.25", "1\u{00A0}234", "12%", "12 %", "$1,200", "-$5", "12,50 €", "€110", "¥3000", "٣٤"] {
            #expect(NumericColumns.isNumber(figure), "\(figure)")
        }
        for other in ["", "-", "n/a", "1.2.3", "1,23,4", "2021-03-04", "12/3", "3 to 4", "5x", "$", "%", ",5", "5,", "1,,2", "v2", "1e5"] {
            #expect(!NumericColumns.isNumber(other), "\(other)")
        }
    }

    @Test func aTableRightUnderAListingIsAParagraphOfItsOwn() {
        let text = "func count() -> Int {\n    return 4\n}\nYear\tClosures\n2021\t9"
        #expect(paragraphs(text) == ["func count() -> Int {\n    return 4\n}", "Year  Closures\n2021         9"])
        // A caption over the rows stays with them.
        #expect(paragraphs("Table 1. Closures\nYear\tClosures\n2021\t9") == ["Table 1. Closures\nYear  Closures\n2021         9"])
    }

    @Test func aCodeLinesTabsAreItsOwnAlignment() {
        let text = "$app = [\n    'name'\t=> 'dave',\n    'rank'\t=> 'novice',\n];"
        #expect(paragraphs(text) == ["$app = [\n    'name'  => 'dave',\n    'rank'  => 'novice',\n];"])
        // Indented lines with tabs in a run of their own are still the listing's, not a table.
        let nested = "$app = [\n    'dave' => [\n\t\t'avatar'\t\t=>\t'man1.png',\n\t\t'rank'\t=>\t'novice',\n\t\t'score'\t=>\t1,\n    ],\n];"
        #expect(paragraphs(nested) == ["$app = [\n    'dave' => [\n        'avatar'        =>  'man1.png',\n        'rank'  =>  'novice',\n        'score' =>  1,\n    ],\n];"])
    }

    /// Lines indented deeper than their neighbours were laid out by the page (a browser keeps
    /// spaces only where the page did): a query with no code marks is a listing too.
    @Test func indentationMakesAListing() {
        let query = "SELECT\n   avg(n) - stddev(n) AS lower_bound,\n   avg(n) + stddev(n) AS upper_bound\nFROM\n   series;"
        #expect(paragraphs(query) == [query])
    }

    /// A table drawn with box-drawing characters, as a terminal's query output is, is a table:
    /// its rows are kept, rule included, as the page spaced them.
    @Test func aDrawnTableIsATable() {
        let table = ["n  │ is_anomaly", "───┼────────────", " 2 │ f", "12 │ t"]
        #expect(PageParser.split(table[0])[0].isTableRow)
        #expect(PageParser.split(table[1])[0].isTableRow)
        #expect(paragraphs(table.joined(separator: "\n")) == [table.joined(separator: "\n")])
        let before = ["Many developers think that a critical bug is the worst thing that can happen, but a bug nobody notices for weeks is worse.",
                      "To be told about such bugs early, I looked for ways to find anomalies in our logs with nothing but the database we already had.",
                      "The query marks each value outside the range as an anomaly, and only the twelve stands out from the rest of the series."]
        let after = ["Using the query we found that the value 12 is outside the range of acceptable values, and identified it as an anomaly.",
                     "The same idea works on a server's log once the entries are counted per minute, which is what the next part of this post does."]
        let page = ["Home", "Blog", "", "Anomalies in plain SQL", ""] + before.flatMap { [$0, ""] } + table + [""] + after.flatMap { [$0, ""] } + ["Share this post"]
        #expect(PageParser().parse(page.joined(separator: "\n"), path: "p.txt").stories[0].paragraphs == before + [table.joined(separator: "\n")] + after)
    }

    @Test func linesOfProseOneUnderAnotherStayApart() {
        let items = ["The council met on Monday.", "It approved the harbour plan;", "work starts in the spring."]
        #expect(paragraphs(items.joined(separator: "\n")) == items)
    }

    /// In an article, a row of figures and a closing brace are kept (a line without a letter
    /// is otherwise dropped as furniture: "4" shares, "|").
    @Test func anArticleKeepsItsFiguresAndItsListing() {
        let prose = "Counting lines is the first thing any text tool does, and it is worth doing right, so here is the loop we use in our reader."
        let after = "As the table shows, closures more than doubled in two years, and the council expects the trend to continue into the next decade."
        let last = "Residents who want to comment on the plan can write to the harbour office until the end of the month, or come to the open meeting."
        let page = ["Home", "News", "", "How the harbour counts its closures", "", prose, "",
                    "func count() -> Int {", "    return 4", "}", "", "Year\tClosures", "2021\t9", "2022\t12", "", after, "", last, "", "Share this article"]
        let story = PageParser().parse(page.joined(separator: "\n"), path: "p.txt").stories[0]
        #expect(story.paragraphs == [prose, "func count() -> Int {\n    return 4\n}", "Year  Closures\n2021         9\n2022        12", after, last])
    }

    @Test func aListingBetweenShortParagraphsDoesNotEndTheArticle() {
        // A Scheme listing reads line by line like a menu; the text after it is still the article's.
        let intro = "Scheme is a small language, which makes it a good first choice for writing an interpreter of your own. This article walks through the core of one."
        let listing = ["(define (evaluate expr env)", "  (cond", "    ((number? expr) expr)", "    ((symbol? expr) (lookup expr env))",
                       "    (else", "      (apply-proc (evaluate (car expr) env)", "                  (map (lambda (e) (evaluate e env)) (cdr expr))))", "  )", ")"]
        let last = "With these two functions you can already evaluate simple arithmetic, as long as the environment holds the primitive procedures."
        let page = ["Writing a tiny interpreter in Scheme", "", intro, "", "The evaluator starts like this:", ""] + listing + ["", last]
        let story = PageParser().parse(page.joined(separator: "\n"), path: "p.txt").stories[0]
        #expect(story.paragraphs == [intro, "The evaluator starts like this:", listing.joined(separator: "\n"), last])
    }
}
