/// A line's lowered text while the line is read: its bytes, lying in a scratch buffer of the
/// page's, and a String of them made only for the few checks that compare characters. Making
/// a String of every line's lowered text (and freeing it again) was a tenth of parsing.
struct LoweredBytes {
    let bytes: UnsafeBufferPointer<UInt8>

    /// The same text as `Line.lower` (the bytes are valid UTF-8: lowering keeps each character's length).
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
