import Foundation
import TOMLKit

/// `$XDG_CONFIG_HOME/lede/config.toml`: where a user names their theme once for every run.
extension ThemeCatalog {
    /// The theme `config.toml` names (`theme = "dark"`), if any: `path:line` of that setting, and the name or the
    /// theme file (a relative path is relative to the config folder, `~/` is the home folder).
    /// - Throws: `UnreadableConfig` when something is at that path but cannot be read as a
    ///   config (the caller says so and goes on with the defaults); `ThemeError` for a mistake in it.
    public static func configuredTheme(_ environment: [String: String]) throws -> (config: String, theme: String)? {
        let folder = configFolder(environment)
        let path = folder.appendingPathComponent("config.toml").path
        let text: String
        switch SettingsFile.text(at: path) {
        case .success(let read): text = read
        case .failure(.missing): return nil
        case .failure(.unreadable(let reason)): throw UnreadableConfig(path: path, reason: reason)
        }
        let table = try SettingsTOML.table(text, file: path)
        let locator = SourceLocator(text: text)
        // A misspelt setting ("them = …") would otherwise be ignored without a word.
        if let unknown = table.keys.sorted().first(where: { !settings.contains($0) }) {
            throw ThemeError(file: path, line: locator.line(ofKey: unknown, in: nil),
                             message: "unknown setting '\(unknown)' (settings: \(settings.joined(separator: ", ")))")
        }
        guard let value = table["theme"] else { return nil }
        guard var theme = value.string, !theme.isEmpty else {
            throw ThemeError(file: path, line: locator.line(ofKey: "theme", in: nil), message: "theme must be a theme name or file in quotes, e.g. theme = \"dark\"")
        }
        if theme.hasPrefix("~/") {
            theme = (environment["HOME"] ?? NSHomeDirectory()) + theme.dropFirst()
        } else if theme.contains("/") || theme.hasSuffix(".toml"), !theme.hasPrefix("/") {
            theme = folder.appendingPathComponent(theme).path
        }
        let line = locator.line(ofKey: "theme", in: nil)
        return (line.map { "\(path):\($0)" } ?? path, theme)
    }

    /// What `config.toml` may set: `theme`, and the `[keys]` table (`Keymap.configured`).
    static let settings = ["keys", "theme"]
}

/// A `config.toml` that exists but cannot be read: a folder, a pipe, a device, no permission,
/// too large. Not fatal: the defaults are used, and the user is told once.
public struct UnreadableConfig: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason); using the default settings" }
}
