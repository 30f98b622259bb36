import Foundation
import TOMLKit

/// `$XDG_CONFIG_HOME/lede/config.toml`: where a user names their theme once for every run.
extension ThemeCatalog {
    /// The theme `config.toml` names (`theme = "dark"`), if any: `path:line` of that setting, and the name or the
    /// theme file (a relative path is relative to the config folder, `~/` is the home folder).
    public static func configuredTheme(_ environment: [String: String]) throws -> (config: String, theme: String)? {
        let folder = configFolder(environment)
        let path = folder.appendingPathComponent("config.toml").path
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(file: path, line: error.source.begin.line, message: "TOML syntax error: \(error.description)")
        }
        guard let value = table["theme"] else { return nil }
        guard var theme = value.string, !theme.isEmpty else {
            throw ThemeError(file: path, line: SourceLocator(text: text).line(ofKey: "theme", in: nil), message: "theme must be a theme name or file in quotes, e.g. theme = \"dark\"")
        }
        if theme.hasPrefix("~/") {
            theme = (environment["HOME"] ?? NSHomeDirectory()) + theme.dropFirst()
        } else if theme.contains("/") || theme.hasSuffix(".toml"), !theme.hasPrefix("/") {
            theme = folder.appendingPathComponent(theme).path
        }
        let line = SourceLocator(text: text).line(ofKey: "theme", in: nil)
        return (line.map { "\(path):\($0)" } ?? path, theme)
    }
}
