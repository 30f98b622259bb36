/// `Headline [VIDEO]`, `Headline [VIDEO]|`: a link to another story, told by the tag of capitals
/// in square brackets that ends it. `Phrases.isRelatedLink` asks the text's characters; this
/// answers from its bytes when they settle it, as most do (a character walk back to the `[`
/// grapheme-broke every step).
enum RelatedLinkTag {
    /// Whether the text ends in a tag, or nil when only its characters can tell. The bytes tell
    /// when the `[` and all after it are ASCII, and what stands before each of `[`, `]` and a
    /// last `|` is ASCII or nothing: only a scalar beyond ASCII joins an ASCII one into a
    /// character, so each is a character of its own; and ASCII capitals are A…Z.
    static func ends(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        @inline(__always) func standsAlone(_ index: Int) -> Bool { index == 0 || bytes[index - 1] < 0x80 }
        var end = bytes.count
        // A last "|" is left out.
        if end > 0, bytes[end - 1] == 0x7C {
            guard standsAlone(end - 1) else { return nil }
            end -= 1
        }
        guard end > 0, bytes[end - 1] == 0x5D else { return false }
        guard standsAlone(end - 1) else { return nil }
        var open = end - 2
        while open >= 0, bytes[open] != 0x5B { open -= 1 }
        // Without a "[" byte there is no "[" character.
        guard open >= 0 else { return false }
        let tag = bytes[(open + 1)..<(end - 1)]
        guard standsAlone(open), tag.allSatisfy({ $0 < 0x80 }) else { return nil }
        return !tag.isEmpty && tag.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x20 }
    }
}
