extension String {
    /// `hasSuffix(suffix)`, with the text's last byte asked first: `suffix` is one character
    /// that ends in `lastByte` and that nothing else is canonically equivalent to (".", ":", "："),
    /// so a text not ending in that byte cannot end in it. `hasSuffix` compares characters, some
    /// hundreds of instructions a call, and is asked of every line of an article's body.
    func endsIn(_ suffix: String, lastByte: UInt8) -> Bool {
        utf8.last == lastByte && hasSuffix(suffix)
    }
}
