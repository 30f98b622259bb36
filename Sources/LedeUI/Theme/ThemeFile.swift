import TOMLKit

/// One theme file as written: its name, parent, and the styles it sets (not yet inherited).
public struct ThemeFile: Sendable, Equatable {
    public var name: String
    /// One line saying what the theme looks like, for `lede themes`.
    public var description: String?
    public var inherits: String?
    /// The line of `inherits`, for errors about the parent.
    public var inheritsLine: Int?
    public var styles: [Role: Style]
    /// Where it came from, for messages: a path, or `bundled:NAME.toml`.
    public var origin: String

    static let modifierNames: [String: Modifiers] = [
        "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline, "reverse": .reverse,
    ]
    static let styleKeys: Set<String> = ["fg", "bg", "modifiers"]

    /// Parses and validates a theme file's text; every problem names the file and line.
    public init(text: String, origin: String) throws {
        self.origin = origin
        let table = try SettingsTOML.table(text, file: origin)
        let locate = SourceLocator(text: text)
        guard let name = table["name"]?.string, !name.isEmpty else {
            throw ThemeError(file: origin, line: locate.line(ofKey: "name", in: nil), message: "a theme needs a name = \"…\"")
        }
        self.name = name
        if let value = table["description"] {
            guard let text = value.string else {
                throw ThemeError(file: origin, line: locate.line(ofKey: "description", in: nil), message: "description must be one line of text in quotes")
            }
            description = text
        }
        if let parent = table["inherits"] {
            guard let parentName = parent.string else {
                throw ThemeError(file: origin, line: locate.line(ofKey: "inherits", in: nil), message: "inherits must be a theme name in quotes")
            }
            inherits = parentName
            inheritsLine = locate.line(ofKey: "inherits", in: nil)
        }
        var styles: [Role: Style] = [:]
        for key in table.keys where !["name", "description", "inherits"].contains(key) {
            guard let role = Role(rawValue: key) else {
                let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
                throw ThemeError(file: origin, line: locate.line(ofTable: key), message: "unknown role '\(key)' (roles: \(known))")
            }
            guard let roleTable = table[key]?.table else {
                throw ThemeError(file: origin, line: locate.line(ofKey: key, in: nil), message: "'\(key)' must be a table of fg, bg and modifiers")
            }
            styles[role] = try Self.style(roleTable, role: key, origin: origin, locate: locate)
        }
        self.styles = styles
    }

    private static func style(_ table: TOMLTable, role: String, origin: String, locate: SourceLocator) throws -> Style {
        var style = Style()
        for key in table.keys where !styleKeys.contains(key) {
            throw ThemeError(file: origin, line: locate.line(ofKey: key, in: role), message: "unknown key '\(key)' in [\(role)] (use fg, bg, modifiers)")
        }
        for key in ["fg", "bg"] {
            guard let value = table[key] else { continue }
            let parsed = value.string.flatMap(ColorValue.parse) ?? value.int.flatMap(ColorValue.parse(index:))
            guard let parsed else {
                throw ThemeError(file: origin, line: locate.line(ofKey: key, in: role),
                                 message: "bad colour for \(key) in [\(role)]: use a name (red, bright-blue…), 0–255, or \"#rrggbb\"")
            }
            let color: Color? = if case .color(let color) = parsed { color } else { nil }
            if key == "fg" { style.foreground = color } else { style.background = color }
        }
        if let value = table["modifiers"] {
            guard let list = value.array else {
                throw ThemeError(file: origin, line: locate.line(ofKey: "modifiers", in: role), message: "modifiers must be a list, e.g. [\"bold\"]")
            }
            for item in list {
                guard let name = item.string, let modifier = modifierNames[name] else {
                    throw ThemeError(file: origin, line: locate.line(ofKey: "modifiers", in: role),
                                     message: "unknown modifier in [\(role)] (use bold, dim, italic, underline, reverse)")
                }
                style.modifiers.insert(modifier)
            }
        }
        return style
    }
}

/// Finds the line of a key or table in TOML text, since parsed values do not keep positions.
struct SourceLocator {
    let lines: [Substring]

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// 1-based line of `[name]`.
    func line(ofTable name: String) -> Int? {
        lines.firstIndex { $0.trimmingCharacters(in: " \t") == "[\(name)]" || $0.trimmingCharacters(in: " \t").hasPrefix("\(name) =") }.map { $0 + 1 }
    }

    /// 1-based line of `key = …` inside `[table]` (or before any table when `table` is nil).
    func line(ofKey key: String, in table: String?) -> Int? {
        var current: String?
        for (number, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: " \t")
            if line.hasPrefix("["), line.hasSuffix("]") {
                current = String(line.dropFirst().dropLast())
                // The key as a table of its own: `[keys.sub]`, `[key]`.
                if current == table.map({ "\($0).\(key)" }) ?? key { return number + 1 }
                continue
            }
            if current == table, line.hasPrefix(key), line.dropFirst(key.count).trimmingCharacters(in: " \t").hasPrefix("=") {
                return number + 1
            }
            // Inline tables: `role = { fg = … }`.
            if let table, current == nil, line.hasPrefix(table), line.contains(key) { return number + 1 }
        }
        return table.flatMap { line(ofTable: $0) }
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
extension String {
    func trimmingCharacters(in set: String) -> String { Substring(self).trimmingCharacters(in: set) }
}
