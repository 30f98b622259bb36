/// A cell's grapheme as UTF-8 bytes held in the cell itself, so a grid of cells is plain bytes:
/// made, copied and compared without reference counting (a `Character` is a `String`, and
/// filling a 250x80 grid with them was a third of a frame). Up to 15 bytes are kept; a longer
/// cluster (a family emoji) keeps its first scalars, which is all a terminal is given anyway.
struct Grapheme: Equatable, Sendable {
    /// Bytes 0–7 and 8–14 little-endian; the top byte of `high` is the count.
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    static let capacity = 15

    init(_ character: Character) {
        var count = 0
        for scalar in character.unicodeScalars {
            let bytes = UTF8.encode(scalar)!
            guard count + bytes.count <= Self.capacity else { break }
            for byte in bytes { set(byte, at: count); count += 1 }
        }
        high |= UInt64(count) << 56
    }

    private mutating func set(_ byte: UInt8, at index: Int) {
        if index < 8 { low |= UInt64(byte) << UInt64(8 * index) } else { high |= UInt64(byte) << UInt64(8 * (index - 8)) }
    }

    private func byte(at index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: index < 8 ? low >> UInt64(8 * index) : high >> UInt64(8 * (index - 8)))
    }

    var count: Int { Int(high >> 56) }

    /// The grapheme when it is one printable ASCII byte.
    var asciiValue: UInt8? {
        guard count == 1 else { return nil }
        let byte = UInt8(truncatingIfNeeded: low)
        return byte >= 0x20 && byte < 0x7F ? byte : nil
    }

    var character: Character {
        if let ascii = asciiValue { return Character(Unicode.Scalar(ascii)) }
        let text = String(decoding: (0..<count).map(byte(at:)), as: UTF8.self)
        // A prefix of one grapheme cluster, cut between scalars, is still one cluster.
        return text.first ?? " "
    }
}
