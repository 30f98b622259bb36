import LedeCore
import Testing

/// An HTML page's charset: byte-order mark, then HTTP header, then `<meta>`, else UTF-8 repaired.
@Suite struct HTMLCharsetTests {
    @Test func metaCharsetDecodesWindows1252() {
        let bytes: [UInt8] = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf".utf8) + [0xE9, 0x20, 0x93, 0x71, 0x94] + Array("</p>".utf8)
        let read = HTMLPage.read(bytes)
        #expect(read.text == "café “q”")
        #expect(read.warnings.isEmpty)
    }

    @Test func httpEquivContentTypeNamesTheCharsetToo() {
        let bytes: [UInt8] = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>".utf8) + [0xE9]
        #expect(HTMLPage.read(bytes).text == "é")
    }

    @Test func theHeaderWinsOverMetaAndTheByteOrderMarkOverBoth() {
        let latin: [UInt8] = Array("<meta charset=utf-8><p>".utf8) + [0xE9]
        #expect(HTMLPage.read(latin, contentType: "text/html; charset=ISO-8859-1").text == "é")
        let utf8: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<meta charset=iso-8859-1><p>é".utf8)
        #expect(HTMLPage.read(utf8, contentType: "text/html; charset=ISO-8859-1").text == "é")
    }

    @Test func withNoCharsetInvalidUTF8IsRepairedAndSaidSo() {
        // Some UTF-8 ("é"), then a byte that breaks it: a UTF-8 page damaged, repaired.
        let bytes: [UInt8] = Array("<p>été, caf".utf8) + [0xE9] + Array("</p>".utf8)
        let read = HTMLPage.read(bytes)
        #expect(read.text == "été, caf\u{FFFD}")
        #expect(read.warnings == ["invalid UTF-8 repaired (1 replacement character)"])
    }

    @Test func withNoCharsetAndNoUTF8AtAllThePageIsReadAsWindows1252() {
        // As browsers read it, and as a text page is read: not one character in UTF-8.
        let bytes: [UInt8] = Array("<p>caf".utf8) + [0xE9, 0x20, 0x93, 0x71, 0x94] + Array("</p>".utf8)
        let read = HTMLPage.read(bytes)
        #expect(read.text == "café “q”")
        #expect(read.warnings == ["not UTF-8: read as Windows-1252 (Latin-1)"])
    }

    @Test func aCharsetNamedPastTheFirstKilobytesOfTheHeadCounts() {
        // A long style sheet first; the meta tag after it, still in the head.
        let head = "<html><head><style>" + String(repeating: "a { color: red }\n", count: 400) + "</style><meta charset=\"windows-1252\"></head>"
        let bytes: [UInt8] = Array((head + "<body><p>caf").utf8) + [0xE9] + Array("</p>".utf8)
        #expect(bytes.count > 4096)
        #expect(HTMLPage.read(bytes).text == "café")
        // In the body, a meta tag names nothing of the page.
        let late: [UInt8] = Array(("<html><head></head><body><p>" + String(repeating: "x ", count: 3000) + "</p><meta charset=koi8-r><p>caf").utf8) + [0xC3, 0xA9]
        #expect(HTMLPage.read(late).text.hasSuffix("café"))
    }

    @Test func anUnknownCharsetIsReadAsUTF8WithANote() {
        let read = HTMLPage.read(Array("<meta charset=klingon><p>plain</p>".utf8))
        #expect(read.text == "plain")
        #expect(read.warnings == ["unknown charset KLINGON, read as UTF-8"])
    }

    @Test func shiftJISIsDecoded() {
        // 日本 in Shift_JIS.
        let bytes: [UInt8] = Array("<meta charset=shift_jis><p>".utf8) + [0x93, 0xFA, 0x96, 0x7B]
        #expect(HTMLPage.read(bytes).text == "日本")
    }
}
