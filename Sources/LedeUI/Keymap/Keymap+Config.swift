import Foundation
import TOMLKit

/// `[keys]` in `config.toml`: a user's own keys for some commands, over the standard keymap,
/// the way newsboat's `bind-key` and less's `lesskey` work.
extension Keymap {
    /// The standard keymap with `config.toml`'s `[keys]` applied; the standard one when there is
    /// no config (a config that cannot be read is reported by the theme's reading of it).
    /// - Throws: `ThemeError` (file, line, message) for a mistake in `[keys]`.
    public static func configured(_ environment: [String: String]) throws -> Keymap {
        let path = ThemeCatalog.configFolder(environment).appendingPathComponent("config.toml").path
        guard case .success(let text) = SettingsFile.text(at: path) else { return .standard }
        let table = try SettingsTOML.table(text, file: path)
        guard let keys = table["keys"] else { return .standard }
        let locate = SourceLocator(text: text)
        guard let keysTable = keys.table else {
            throw ThemeError(file: path, line: locate.line(ofTable: "keys"), message: "keys must be a table: [keys] and then lines like quit = [\"q\", \"ctrl-c\"]")
        }
        var bound: [(Command, [Key])] = []
        // In the file's order, so the first mistake reported is the first one in it.
        for name in keysTable.keys.sorted(by: { (locate.line(ofKey: $0, in: "keys") ?? 0, $0) < (locate.line(ofKey: $1, in: "keys") ?? 0, $1) }) {
            let line = locate.line(ofKey: name, in: "keys")
            guard let command = Command(configName: name) else {
                let known = Command.allCases.map(\.configName).joined(separator: ", ")
                throw ThemeError(file: path, line: line, message: "unknown command '\(name)' in [keys] (commands: \(known))")
            }
            let value = keysTable[name]!
            let list = value.string.map { [$0] } ?? value.array?.compactMap(\.string)
            guard let names = list, names.count == (value.array?.count ?? 1), !names.contains("") else {
                throw ThemeError(file: path, line: line, message: "\(name) must be a key in quotes or a list of them, e.g. \(name) = \"x\" or \(name) = [\"x\", \"ctrl-x\"]")
            }
            var keys: [Key] = []
            for keyName in names {
                guard let key = Key.named(keyName) else {
                    throw ThemeError(file: path, line: line, message: "cannot read the key '\(keyName)' for \(name) (keys: \(Key.allowedNames))")
                }
                if !keys.contains(key) { keys.append(key) }
            }
            bound.append((command, keys))
        }
        return try standard.rebinding(bound) { message, command in
            ThemeError(file: path, line: locate.line(ofKey: command.configName, in: "keys"), message: message)
        }
    }

    /// This keymap with each command in `bound` given exactly its keys. A key given to a command
    /// is taken from whichever other command had it; two commands given one key is an error.
    public func rebinding(_ bound: [(Command, [Key])], error: (String, Command) -> Error) throws -> Keymap {
        var owner: [Key: Command] = [:]
        for (command, keys) in bound {
            for key in keys {
                if let other = owner[key], other != command {
                    throw error("'\(key.configName)' is bound to both \(other.configName) and \(command.configName); a key can do one thing", command)
                }
                // The reader quits on Ctrl-C whatever the keymap says (Reduce.swift): a binding could not work.
                if key == .control("c"), command != .quit {
                    throw error("ctrl-c always quits; it cannot be bound to \(command.configName)", command)
                }
                // So does Ctrl-Z suspend: the terminal makes it a stop signal before any keymap sees it.
                if key == .control("z"), command != .suspend {
                    throw error("ctrl-z always suspends; it cannot be bound to \(command.configName)", command)
                }
                owner[key] = command
            }
        }
        var keymap = self
        for index in keymap.bindings.indices {
            let command = keymap.bindings[index].command
            if var keys = bound.last(where: { $0.0 == command })?.1 {
                // Ctrl-C quits whatever is bound, so the help screen says so.
                if command == .quit, !keys.contains(.control("c")) { keys.append(.control("c")) }
                if command == .suspend, !keys.contains(.control("z")) { keys.append(.control("z")) }
                keymap.bindings[index].keys = keys
            } else {
                keymap.bindings[index].keys.removeAll { owner[$0] != nil }
            }
        }
        return keymap
    }

    /// The first key for `command`, as the help screen writes it (`?`), for hints that name it.
    public func label(for command: Command) -> String? {
        bindings.first { $0.command == command }?.keys.first?.label
    }
}
