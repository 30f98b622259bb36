import CNcursesw
import LedeUI

/// Turns ncurses key codes into `Key`s.
enum KeyDecoding {
    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        case 0: return .unbound("Ctrl-@")
        case 28...31: return .unbound("Ctrl-" + String(Unicode.Scalar(value + 64)!))  // \ ] ^ _
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// The key that came in one burst right after an Esc, as an Alt chord ("Alt-b" arrives as Esc
    /// then b): a character, Backspace, or a control key (Alt-Enter, Alt-Ctrl-W). Another Esc is
    /// a key of its own (nil).
    static func altKey(forCharacter value: UInt32) -> Key? {
        if value == 8 || value == 127 { return .alt(Key.altBackspace) }
        guard value != 27, let scalar = Unicode.Scalar(value) else { return nil }
        return .alt(Character(scalar))
    }

    static func key(forFunctionKey code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case KEY_DC: return .delete
        case KEY_IC: return .unbound("Insert")
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .unbound("F\(code - KEY_F0)")
        default:
            // Any other key the terminal names (keyname: "KEY_SDC", "kLFT5"), so it is not ignored
            // without a word; by the name the help would give it when it is a modified arrow or the like.
            return keyname(code).map { String(cString: $0) }.map { .unbound(modifiedKeyName($0) ?? $0) }
        }
    }

    /// A key that terminfo names with its modifiers, as the help writes keys: "kLFT5" is
    /// Ctrl-←, "kUP3" Alt-↑, "KEY_SDC" Shift-Delete; nil for another name.
    static func modifiedKeyName(_ name: String) -> String? {
        if let shifted = shiftedKeys[name] { return "Shift-" + shifted }
        guard name.hasPrefix("k"), let digit = name.last?.wholeNumberValue, let modifiers = modifierNames[digit],
              let key = modifiableKeys[String(name.dropFirst().dropLast())] else { return nil }
        return modifiers + key
    }

    /// The keys terminfo names with a modifier digit, and the digits' modifiers (xterm's: 1 + Shift 1, Alt 2, Ctrl 4).
    private static let modifiableKeys = [
        "UP": "↑", "DN": "↓", "LFT": "←", "RIT": "→", "HOM": "Home", "END": "End",
        "DC": "Delete", "IC": "Insert", "NXT": "PgDn", "PRV": "PgUp",
    ]
    private static let modifierNames = [2: "Shift-", 3: "Alt-", 4: "Shift-Alt-", 5: "Ctrl-", 6: "Shift-Ctrl-", 7: "Ctrl-Alt-", 8: "Shift-Ctrl-Alt-"]
    /// curses' own names of some shifted keys.
    private static let shiftedKeys = [
        "KEY_SR": "↑", "KEY_SF": "↓", "KEY_SLEFT": "←", "KEY_SRIGHT": "→", "KEY_SHOME": "Home", "KEY_SEND": "End",
        "KEY_SDC": "Delete", "KEY_SIC": "Insert", "KEY_SNEXT": "PgDn", "KEY_SPREVIOUS": "PgUp",
    ]
}
