import Foundation
import TOMLKit

/// Every theme Lede knows: those built into the program (from `Themes/`) and the user's own in
/// `$XDG_CONFIG_HOME/lede/themes/` (default `~/.config/lede/themes/`). A user theme with the same
/// name as a built-in one wins.
public struct ThemeCatalog: Sendable {
    public enum Source: Sendable, Equatable {
        case bundled
        case user(path: String)
    }

    public struct Entry: Sendable {
        public var name: String
        public var source: Source
        /// The parsed file, or why it could not be read.
        public var file: Result<ThemeFile, ThemeError>
    }

    /// Entries by name, in name order.
    public private(set) var entries: [Entry]

    /// Reads the bundled themes and the user's theme folder.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        var byName: [String: Entry] = [:]
        for file in BundledThemes.files {
            let name = String(file.name.dropLast(".toml".count))
            byName[name] = Entry(name: name, source: .bundled, file: Self.parse(file.contents, origin: "bundled:\(file.name)"))
        }
        let folder = Self.configFolder(environment).appendingPathComponent("themes")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for fileName in names.sorted() where fileName.hasSuffix(".toml") {
            let path = folder.appendingPathComponent(fileName).path
            let name = String(fileName.dropLast(".toml".count))
            byName[name] = Entry(name: name, source: .user(path: path), file: Self.read(path))
        }
        entries = byName.values.sorted { $0.name < $1.name }
    }

    /// `$XDG_CONFIG_HOME/lede`, or `~/.config/lede`.
    public static func configFolder(_ environment: [String: String]) -> URL {
        if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty {
            return URL(fileURLWithPath: base).appendingPathComponent("lede")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/lede")
    }

    /// The theme named `nameOrPath` — a catalog name, or a path to a `.toml` file — with its
    /// inheritance resolved. Roles no file sets come from the default theme.
    public func theme(_ nameOrPath: String) throws -> Theme {
        var chain: [ThemeFile] = []
        var seen: [String] = []
        var next: String? = nameOrPath
        var from: String?
        while let current = next {
            if seen.contains(current) {
                throw ThemeError(file: chain.last?.origin ?? current, message: "inheritance cycle: \((seen + [current]).joined(separator: " → "))")
            }
            seen.append(current)
            let file = try lookUp(current, referencedFrom: from)
            chain.append(file)
            from = file.origin
            next = file.inherits
        }
        let inheritsDefault = chain.contains { $0.name == "default" }
        var styles = inheritsDefault ? [:] : ((try? lookUp("default", referencedFrom: nil))?.styles ?? Theme.builtIn.styles)
        for file in chain.reversed() { styles.merge(file.styles) { _, new in new } }
        return Theme(name: chain.first?.name ?? nameOrPath, styles: styles)
    }

    private func lookUp(_ nameOrPath: String, referencedFrom origin: String?) throws -> ThemeFile {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            guard FileManager.default.fileExists(atPath: nameOrPath) else {
                throw ThemeError(file: nameOrPath, message: "no such theme file")
            }
            return try Self.read(nameOrPath).get()
        }
        guard let entry = entries.first(where: { $0.name == nameOrPath }) else {
            let known = entries.map(\.name).joined(separator: ", ")
            throw ThemeError(file: origin ?? "--theme", message: "no theme named '\(nameOrPath)' (themes: \(known))")
        }
        return try entry.file.get()
    }

    static func read(_ path: String) -> Result<ThemeFile, ThemeError> {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return .failure(ThemeError(file: path, message: "cannot read this theme file"))
        }
        return parse(text, origin: path)
    }

    static func parse(_ text: String, origin: String) -> Result<ThemeFile, ThemeError> {
        do { return .success(try ThemeFile(text: text, origin: origin)) } catch let error as ThemeError {
            return .failure(error)
        } catch {
            return .failure(ThemeError(file: origin, message: "\(error)"))
        }
    }

    /// The theme `config.toml` names (`theme = "dark"`), if any.
    public static func configuredTheme(_ environment: [String: String]) throws -> String? {
        let path = configFolder(environment).appendingPathComponent("config.toml").path
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do {
            let table = try TOMLTable(string: String(decoding: data, as: UTF8.self))
            return table["theme"]?.string
        } catch let error as TOMLParseError {
            throw ThemeError(file: path, line: error.source.begin.line, message: "TOML syntax error: \(error.description)")
        }
    }
}
