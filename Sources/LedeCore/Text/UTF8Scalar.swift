/// Scalars decoded from valid UTF-8 where the bytes lie, as the scans of lines and words read
/// them (a String's scalar view cost hundreds of instructions a scalar).
enum UTF8Scalar {
    /// The value and byte length of the scalar whose lead byte is at `index` of `bytes` (valid
    /// UTF-8). Bytes past the buffer's end (a cut scalar) are left out of the value.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        guard lead >= 0x80 else { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for offset in 1..<length where index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (value, length)
    }
}
