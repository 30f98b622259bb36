/// A key press, already decoded from the terminal's codes.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)  // Ctrl-letter, lower case
    /// A key chorded with Alt (Meta), which the terminal sends as Esc then the key: a
    /// character, or `Key.altBackspace`'s DEL for Alt-Backspace.
    case alt(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// A key the reader gives no meaning to (F1, Insert), by its name: pressed, it is
    /// said to be no key here rather than ignored without a word.
    case unbound(String)

    /// Alt-Backspace's character (`.alt(Key.altBackspace)`): DEL, as Backspace sends.
    public static let altBackspace: Character = "\u{7F}"

    /// How an Alt chord's key is written after "Alt-": a control character by its key's name.
    private static func altLabel(_ character: Character) -> String {
        switch character {
        case altBackspace: return "Backspace"
        case " ": return "Space"
        case "\r", "\n", "\r\n": return "Enter"
        case "\t": return "Tab"
        default:
            guard let value = character.unicodeScalars.first?.value, value < 0x20 else { return String(character) }
            return "Ctrl-" + String(Unicode.Scalar(value + 0x40)!)
        }
    }

    /// How the help screen writes the key.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let character): return "Ctrl-\(character.uppercased())"
        case .alt(let character): return "Alt-" + Self.altLabel(character)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .unbound(let name): return name
        }
    }
}

/// A mouse event at a cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case press
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
