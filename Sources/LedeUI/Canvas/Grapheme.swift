import LedeCore

/// A cell's grapheme as the scalars a terminal cell is given, held in the cell itself so a grid of
/// cells is plain bytes: made, copied and compared without reference counting (a `Character` is a
/// `String`, and filling a 250x80 grid with them was a third of a frame). Five scalars of 21 bits
/// each fit in two words with their count: as many as curses keeps in a cell (`CCHARW_MAX`).
struct Grapheme: Equatable, Sendable {
    /// Scalars 0–2 in `low`, 3–4 in `high`, 21 bits each; the top three bits of `high` are the count.
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    static let capacity = 5

    init(_ character: Character) {
        let scalars = Self.cellScalars(of: character)
        for (index, scalar) in scalars.enumerated() {
            let bits = UInt64(scalar.value)
            if index < 3 { low |= bits << UInt64(21 * index) } else { high |= bits << UInt64(21 * (index - 3)) }
        }
        high |= UInt64(scalars.count) << 61
    }

    /// What one terminal cell shows of a cluster: its first scalar, the marks drawn over it, and
    /// the pictographs zero-width joiners glue to it (👨‍👩‍👧 is one picture in one cell). Other
    /// spacing scalars are left out: terminals draw them in cells of their own, which would push
    /// the rest of the line out of its columns (`Canvas.put` gives a flag's second letter and a
    /// skin tone cells of their own; what is left here is a cluster it could not cut, 👩🏽‍💻).
    /// A cluster longer than a cell holds is shown as its first scalar: its start alone could
    /// be another picture (👨‍👩‍👧‍👦 cut to 👨‍👩‍👧).
    static func cellScalars(of character: Character) -> [Unicode.Scalar] {
        var kept: [Unicode.Scalar] = []
        var afterJoiner = false
        for scalar in character.unicodeScalars {
            if kept.isEmpty || afterJoiner || DisplayWidth.of(scalar) == 0 { kept.append(scalar) }
            afterJoiner = scalar == "\u{200D}"
        }
        // A joiner at the end would glue whatever the terminal draws next to this cell.
        while kept.count > 1, kept.last == "\u{200D}" { kept.removeLast() }
        return kept.count > capacity ? [kept[0]] : kept
    }

    private func scalarValue(at index: Int) -> UInt32 {
        let word = index < 3 ? low >> UInt64(21 * index) : high >> UInt64(21 * (index - 3))
        return UInt32(truncatingIfNeeded: word & 0x1F_FFFF)
    }

    var count: Int { Int(high >> 61) }

    /// The grapheme when it is one printable ASCII byte.
    var asciiValue: UInt8? {
        guard count == 1, low >= 0x20, low < 0x7F else { return nil }
        return UInt8(truncatingIfNeeded: low)
    }

    /// The scalars, for a terminal that takes them one by one.
    var scalars: [Unicode.Scalar] {
        (0..<count).compactMap { Unicode.Scalar(scalarValue(at: $0)) }
    }

    var character: Character {
        if let ascii = asciiValue { return Character(Unicode.Scalar(ascii)) }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        // The kept scalars are the start of one cluster, so they make one character.
        return String(text).first ?? " "
    }
}
