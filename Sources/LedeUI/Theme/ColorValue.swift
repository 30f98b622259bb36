/// Colour values as theme files write them: a name, a 0–255 palette index, or `#rrggbb`.
enum ColorValue {
    static let names: [String: UInt8] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
        "gray": 8, "grey": 8,
    ]

    enum Parsed: Equatable {
        case color(Color)
        /// `default`: the terminal's own colour.
        case terminalDefault
    }

    /// The colour a string names, or nil when it names none.
    static func parse(_ text: String) -> Parsed? {
        let lower = text.lowercased()
        if lower == "default" || lower == "none" { return .terminalDefault }
        if let number = names[lower] { return .color(.ansi(number)) }
        if lower.hasPrefix("#"), lower.count == 7, let value = UInt32(lower.dropFirst(), radix: 16) {
            return .color(.rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)))
        }
        return nil
    }

    static func parse(index: Int) -> Parsed? {
        (0...255).contains(index) ? .color(.indexed(UInt8(index))) : nil
    }
}
