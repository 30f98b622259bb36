/// A phrase a line may open with. `opens` is `String.hasPrefix`, with the phrase's ASCII opening
/// compared as bytes first, because nearly every line fails there and `hasPrefix` compares
/// characters. The bytes must match whenever `hasPrefix` does: the only ASCII letter with another
/// canonical spelling is K (the Kelvin sign), and no phrase in the lists starts with one.
struct Prefix: Sendable {
    let text: String
    /// The bytes up to the first one beyond ASCII.
    fileprivate let head: [UInt8]

    init(_ text: String) {
        precondition(!text.hasPrefix("K"), "K has another canonical spelling: \(text)")
        self.text = text
        head = Array(text.utf8.prefix { $0 < 0x80 })
    }

    static func list(_ texts: [String]) -> [Prefix] { texts.map(Prefix.init) }

    func opens(_ line: String) -> Bool {
        let bytesMatch = line.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= head.count else { return false }
            for index in head.indices where bytes[index] != head[index] { return false }
            return true
        }
        return bytesMatch != false && line.hasPrefix(text)
    }
}

extension [Prefix] {
    /// The first of these that `line` opens with; lines are told apart by their first byte first.
    func first(opening line: String) -> Prefix? {
        guard let first = line.utf8.first else { return nil }
        return self.first { $0.head.first == first && $0.opens(line) }
    }
}
