/// A colour as a theme names it; the terminal backend maps it to what the terminal can show.
public enum Color: Hashable, Sendable {
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(UInt8)
    /// One of the 256 xterm palette colours.
    case indexed(UInt8)
    /// A 24-bit colour, drawn as the nearest palette colour.
    case rgb(UInt8, UInt8, UInt8)
}

/// Text attributes that survive without colour (`NO_COLOR`, monochrome themes).
public struct Modifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Modifiers(rawValue: 1 << 0)
    public static let dim = Modifiers(rawValue: 1 << 1)
    public static let italic = Modifiers(rawValue: 1 << 2)
    public static let underline = Modifiers(rawValue: 1 << 3)
    public static let reverse = Modifiers(rawValue: 1 << 4)
}

/// How a cell looks: foreground, background (nil: the terminal's own) and modifiers.
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var modifiers: Modifiers

    public init(foreground: Color? = nil, background: Color? = nil, modifiers: Modifiers = []) {
        self.foreground = foreground
        self.background = background
        self.modifiers = modifiers
    }

    public static let plain = Style()

    /// `other` drawn over this style: its colours win where set, modifiers add up.
    public func patched(with other: Style) -> Style {
        Style(
            foreground: other.foreground ?? foreground,
            background: other.background ?? background,
            modifiers: modifiers.union(other.modifiers)
        )
    }

    /// The same style with colours removed: what `--no-color` shows.
    public var withoutColor: Style { Style(modifiers: modifiers) }
}
