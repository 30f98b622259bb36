import LedeCore
import Testing

/// A page's format is found from its bytes, never from its name.
@Suite struct PageFormatTests {
    func sniff(_ text: String) -> PageFormat { PageFormat.sniff(Array(text.utf8)) }

    @Test func aDoctypeHtmlHeadOrBodyAtTheStartIsHTML() {
        #expect(sniff("<!DOCTYPE html>\n<html><body>x</body></html>") == .html)
        #expect(sniff("  \n<HTML lang=en>") == .html)
        #expect(sniff("<head><title>t</title>") == .html)
        #expect(sniff("<body>text") == .html)
    }

    @Test func commentsAnXMLDeclarationAndAByteOrderMarkMayComeFirst() {
        #expect(sniff("\u{FEFF}<!-- saved from url=(0042)https://example.com/ -->\n<html>") == .html)
        #expect(sniff("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0\">\n<html xmlns=\"x\">") == .html)
    }

    @Test func aServersWarningAboveTheDocumentLeavesItHTML() {
        #expect(sniff("\nWarning: Cannot modify header information - headers already sent\n<!DOCTYPE html>\n<html><body>x") == .html)
        #expect(sniff("Notice: undefined index\n  <html lang=en>\n<head><title>t</title>") == .html)
        // A text page that quotes markup in its sentences, or a line of it with no document after, stays text.
        #expect(sniff("Start a page with <!DOCTYPE html> and then <html>.\nMore text.") == .text)
        #expect(sniff("How to begin a page:\n<html> is the first tag you write.\nThat is all.") == .text)
        // Past the first two kilobytes, text is text.
        #expect(sniff(String(repeating: "A line of a text page.\n", count: 100) + "<!DOCTYPE html>\n<html>") == .text)
    }

    @Test func aFirstTagThatIsNotOneOfThemCountsWhenOneFollows() {
        #expect(sniff("<meta charset=utf-8><html><p>x") == .html)
        #expect(sniff("<b>Bold</b> is how some text pages start") == .text)
    }

    /// A piece of a page saved without `<html>` (a CMS export, a copied `innerHTML`): a first
    /// `<meta>` or `<p>`, and markup all through it.
    @Test func aFragmentOfHTMLIsHTML() {
        #expect(sniff("<meta charset=\"utf-8\">\n<h1>Ferry crews vote to strike</h1>\n<p>The union voted on Thursday.</p>") == .html)
        #expect(sniff("<p>The union voted on Thursday.</p><p>Talks broke down.</p>") == .html)
        // No end tag, but a first tag only a page's head holds.
        #expect(sniff("<meta charset=utf-8>\n<meta name=viewport content=width=device-width>\n<p>The union voted.") == .html)
    }

    /// A text page that opens with a tag it is about, or with an address in angle brackets.
    @Test func aTextPageOpeningWithATagStaysText() {
        // Lines of prose between the tags.
        #expect(sniff("<p> is a paragraph tag: a browser starts a paragraph there and ends it at </p>.\n\nMost pages are made of paragraphs, headings and links.\n\nA <br> breaks a line.") == .text)
        // A cheat sheet: a tag opens every line, but none is ever ended.
        #expect(sniff("<p> a paragraph\n<br> a line break\n<hr> a rule\n<img> a picture") == .text)
        #expect(sniff("<john@example.com> wrote:\n> <p>quoted</p>\n> <p>more</p>") == .text)
        #expect(sniff("<pre-release> notes\n<p>x</p>\n<p>y</p>") == .text)
    }

    @Test func textPagesAreText() {
        #expect(sniff("Headline\n\nA paragraph about <html> tags, as a text page may have.") == .text)
        #expect(sniff("") == .text)
        #expect(sniff("<htmlish>") == .text)
    }

    @Test func utf16WithAByteOrderMarkIsSniffedToo() {
        let bytes: [UInt8] = [0xFF, 0xFE] + "<html><body>x".utf8.flatMap { [$0, 0] }
        #expect(PageFormat.sniff(bytes) == .html)
    }

    @Test func foldersGiveTextAndHTMLFilesByTheirNames() {
        #expect(PageFormat.isPageFile(named: "a.txt") && PageFormat.isPageFile(named: "b.HTML") && PageFormat.isPageFile(named: "c.htm"))
        #expect(!PageFormat.isPageFile(named: "d.css") && !PageFormat.isPageFile(named: "html"))
        #expect(PageFormat.fileNames == ".txt, .html or .htm")
    }
}
