extension Phrases {
    /// What the phrase checks read of a line while `Line.init` measures it. (They took the Line
    /// itself: being made, it could not be lent, and each check was handed a copy of the whole
    /// struct built on the stack, six a line.)
    struct Subject {
        /// The text's UTF-8 bytes where they lie (the page's own, unless cleaning changed the
        /// line): the checks read them without asking the String for them again, a call each.
        let bytes: UnsafeBufferPointer<UInt8>
        let wordCount: Int
        let endsSentence: Bool
        let hasInnerSentenceBreak: Bool
        /// The line as read is ASCII, and so is its lowered text: it holds no phrase of another script.
        let isASCII: Bool

        /// The text, made again from its bytes for the few checks that compare characters (a
        /// String kept here was retained and released for every line).
        var text: String { String(decoding: bytes, as: UTF8.self) }

        /// Whether the text ends in ":" (`String.endsIn`, its last byte read where it lies).
        var endsInColon: Bool { bytes.last == 0x3A && text.hasSuffix(":") }
    }
}
