#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts bytes in a named encoding to UTF-8 with iconv, one bad byte at a time replaced by
/// U+FFFD (a page with a stray byte is still read to its end, as a browser reads it).
enum Transcoder {
    /// The UTF-8 bytes and how many replacement characters went in, or nil when iconv does not
    /// know the encoding.
    static func utf8<Bytes: Collection<UInt8>>(from bytes: Bytes, encoding: String) -> (bytes: [UInt8], replaced: Int)? {
        let converter = iconv_open("UTF-8", encoding)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 2)
        var replaced = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        input.withUnsafeMutableBufferPointer { source in
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(source.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
            var inLeft = source.count
            while inLeft > 0 {
                let (result, written, failure) = chunk.withUnsafeMutableBufferPointer { target -> (Int, Int, Int32) in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var outLeft = target.count
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (result, target.count - outLeft, result == -1 ? errno : 0)
                }
                output += chunk[..<written]
                guard result == -1 else { continue }
                if failure == E2BIG { continue }
                // EILSEQ or EINVAL (a sequence cut off at the end): one byte becomes U+FFFD.
                output += [0xEF, 0xBF, 0xBD]
                replaced += 1
                inPointer = inPointer.map { $0 + 1 }
                inLeft -= 1
            }
        }
        return (output, replaced)
    }
}
