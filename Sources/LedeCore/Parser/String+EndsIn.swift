extension String {
    /// `hasSuffix(suffix)`, with the text's last byte asked first: `suffix` is one character
    /// that ends in `lastByte` and that nothing else is canonically equivalent to (".", ":", "："),
    /// so a text not ending in that byte cannot end in it. `hasSuffix` compares characters, some
    /// hundreds of instructions a call, and is asked of every line of an article's body. (The
    /// byte is read where it lies: `utf8.last` steps back through the view's index, a generic
    /// walk of some eighty instructions.)
    func endsIn(_ suffix: String, lastByte: UInt8) -> Bool {
        withUTF8Bytes { $0.last == lastByte } && hasSuffix(suffix)
    }

    /// Whether the text ends in one colon, ":" or "：" ("Final standings after 36 races:"): it
    /// introduces the list, table or quote under it, so it is no headline (none of the dev
    /// corpora's ends so), and a heading so ends no article. A page title's "Site ::" ends in two.
    var endsInOneColon: Bool { withUTF8Bytes(Self.endsInOneColon) }

    /// `endsInOneColon` of a text's bytes (as a line is read: `Line.Edges.leadIn`).
    static func endsInOneColon(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        if count >= 3, bytes[count - 3] == 0xEF, bytes[count - 2] == 0xBC, bytes[count - 1] == 0x9A { return true }  // ：
        return count >= 2 && bytes[count - 1] == 0x3A && bytes[count - 2] != 0x3A
    }

    /// Whether the text ends in a dash after a space, " —", " –" or " -" ("THE PART IS FINE,
    /// THE SOFTWARE SAYS NO —"): a kicker that runs on into the headline under it, no headline.
    var endsInOpenDash: Bool {
        withUTF8Bytes { bytes in
            let count = bytes.count
            if count >= 2, bytes[count - 1] == 0x2D, bytes[count - 2] == 0x20 { return true }
            // — (E2 80 94) and – (E2 80 93)
            return count >= 4 && bytes[count - 4] == 0x20 && bytes[count - 3] == 0xE2 && bytes[count - 2] == 0x80
                && (bytes[count - 1] == 0x94 || bytes[count - 1] == 0x93)
        }
    }

    /// Whether the text ends in a question mark, "?" or "？": an interview's question, or a
    /// subheading that asks one ("Was hilft stattdessen?"), ends a sentence yet heads the text under it.
    var endsInQuestionMark: Bool {
        withUTF8Bytes { bytes in
            let count = bytes.count
            return count >= 1 && bytes[count - 1] == 0x3F || count >= 3 && bytes[count - 3] == 0xEF && bytes[count - 2] == 0xBC && bytes[count - 1] == 0x9F
        }
    }
}
