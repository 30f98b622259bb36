/// Keys and commands by the names a user writes in `config.toml`'s `[keys]` table.
extension Key {
    /// Names for keys that are not one printable character; `Key.named` also takes the aliases.
    static let names: [(String, Key)] = [
        ("space", .character(" ")), ("enter", .enter), ("esc", .escape), ("tab", .tab), ("shift-tab", .backTab),
        ("backspace", .backspace), ("delete", .delete), ("up", .up), ("down", .down), ("left", .left), ("right", .right),
        ("pgup", .pageUp), ("pgdn", .pageDown), ("home", .home), ("end", .end),
    ]
    static let aliases: [String: Key] = [
        "return": .enter, "escape": .escape, "backtab": .backTab, "pageup": .pageUp, "pagedown": .pageDown, "del": .delete,
    ]

    /// What is allowed, for the message when a key cannot be read.
    static let allowedNames = "a single character (q, J, ?), ctrl-a … ctrl-z (not ctrl-h, ctrl-i, ctrl-j, ctrl-m: the terminal sends those as backspace, tab, enter; "
        + "nor ctrl-s, ctrl-q: it keeps those to pause and resume output), "
        + names.map(\.0).joined(separator: ", ")

    /// The key `name` stands for: one character as itself, `ctrl-x`, or a name (case does not matter but for one character).
    public static func named(_ name: String) -> Key? {
        if name.count == 1, let character = name.first {
            // Controls are not characters a terminal sends as such; they have names.
            return character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) ? .character(character) : nil
        }
        let lower = name.lowercased()
        if lower.hasPrefix("ctrl-"), lower.count == 6, let letter = lower.last, ("a"..."z").contains(letter) {
            // The terminal turns four into other keys and keeps two for flow control (Ctrl-S
            // pauses output until Ctrl-Q), so a binding to them would never fire.
            return "hijmsq".contains(letter) ? nil : .control(letter)
        }
        return names.first { $0.0 == lower }?.1 ?? aliases[lower]
    }

    /// How `config.toml` and the man page write this key.
    public var configName: String {
        if case .character(let character) = self, character != " " { return String(character) }
        if case .control(let letter) = self { return "ctrl-\(letter)" }
        return Self.names.first { $0.1 == self }?.0 ?? label
    }
}

extension Command {
    /// The command's name in `config.toml`: `nextStory` is `next-story`.
    public var configName: String {
        rawValue.reduce(into: "") { name, character in
            if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
        }
    }

    public init?(configName: String) {
        guard let command = Command.allCases.first(where: { $0.configName == configName }) else { return nil }
        self = command
    }
}
