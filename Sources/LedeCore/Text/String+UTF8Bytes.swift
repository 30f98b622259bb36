extension String {
    /// Calls `body` with the text's UTF-8 bytes where they lie. `withUTF8` needs a mutable copy
    /// of the text (`var text = text`), which retained and released it: in the checks asked of
    /// every line of every page, that showed in profiles. (A text that is not contiguous, a
    /// bridged one, is copied as before.)
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
