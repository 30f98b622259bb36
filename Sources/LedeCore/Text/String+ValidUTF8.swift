extension String {
    /// A String of bytes the caller knows to be valid UTF-8 (a line of a page `UTF8Validation`
    /// passed, or of a String), made without checking them again: `String(decoding:as:)`
    /// checked every line's bytes a second time, which cost more than copying them.
    /// - Parameter isASCII: whether every byte is below 0x80, as the string's flag must say
    ///   (ASCII strings compare and index by their fast paths).
    init(validUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        if #available(macOS 26.0, *) {
            self = unsafe String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
        } else {
            self = String(decoding: bytes, as: UTF8.self)
        }
    }
}
