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
    /// then b): a printable character, or Backspace. Another Esc, a control key or a function
    /// key is a key of its own (nil).
    static func altKey(forCharacter value: UInt32) -> Key? {
        if value == 8 || value == 127 { return .alt(Key.altBackspace) }
        guard value >= 0x20, let scalar = Unicode.Scalar(value) else { return nil }
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
            // Any other key the terminal names (keyname: "KEY_SDC", "kLFT5"), so it is not ignored without a word.
            return keyname(code).map { .unbound(String(cString: $0)) }
        }
    }
}
