/// A story's identity across runs: a 64-bit FNV-1a hash of its kind, normalised headline and
/// normalised opening (the library's de-duplication key, with the opening normalised too), so a
/// story keeps its read mark when its file is moved, renamed or saved again.
///
/// The hash is part of the state database's format: changing it forgets every mark.
public struct StoryIdentity: Hashable, Sendable, Comparable {
    public let rawValue: UInt64

    public init(rawValue: UInt64) { self.rawValue = rawValue }

    public init(_ story: Story) {
        self.init(kind: story.kind, normalisedHeadline: Library.normalise(story.headline), opening: story.paragraphs.first ?? "")
    }

    /// - Parameter normalisedHeadline: the headline already passed through `Library.normalise`.
    init(kind: Story.Kind, normalisedHeadline: String, opening: String) {
        var hash = FNV1a()
        hash.add(kind.rawValue)
        hash.add("|")
        hash.add(normalisedHeadline)
        hash.add("|")
        // The opening's first 200 scalars, as the de-duplication key takes them, normalised as
        // the headline is — hashed as they are read, with no string built (10 µs a story
        // otherwise, on the UI thread while pages load).
        hash.addNormalised(opening.unicodeScalars.prefix(200))
        rawValue = hash.value
    }

    /// Sixteen lower-case hex digits, as `lede state --export` writes it.
    public var hex: String {
        let digits = String(rawValue, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    public init?(hex: String) {
        guard hex.count == 16, let value = UInt64(hex, radix: 16) else { return nil }
        rawValue = value
    }

    public static func < (lhs: StoryIdentity, rhs: StoryIdentity) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// 64-bit FNV-1a: tiny, stable across runs and platforms (Swift's `Hasher` is seeded per process).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte) }
    }

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x0000_0100_0000_01B3
    }

    /// Adds the UTF-8 of `Library.normalise(String(scalars))`, without building it.
    mutating func addNormalised(_ scalars: some Sequence<Unicode.Scalar>) {
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A: add(UInt8(value))
                case 0x41...0x5A: add(UInt8(value | 0x20))
                default: continue
                }
            } else if (0x2000...0x206F).contains(value) {
                // General Punctuation (curly quotes, dashes, ellipsis): never a letter or digit.
                continue
            } else if (0x4E00...0x9FFF).contains(value) {
                // CJK ideographs: letters without case.
                for byte in String(scalar).utf8 { add(byte) }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for lower in scalar.properties.lowercaseMapping.utf8 { add(lower) }
            }
        }
    }
}
