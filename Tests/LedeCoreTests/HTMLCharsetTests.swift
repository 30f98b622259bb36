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
        let bytes: [UInt8] = Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8)
        let read = HTMLPage.read(bytes)
        #expect(read.text == "caf\u{FFFD}")
        #expect(read.warnings == ["invalid UTF-8 repaired (1 replacement character)"])
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
