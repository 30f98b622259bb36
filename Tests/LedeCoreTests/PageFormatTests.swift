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

    @Test func aFirstTagThatIsNotOneOfThemCountsWhenOneFollows() {
        #expect(sniff("<meta charset=utf-8><html><p>x") == .html)
        #expect(sniff("<b>Bold</b> is how some text pages start") == .text)
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
