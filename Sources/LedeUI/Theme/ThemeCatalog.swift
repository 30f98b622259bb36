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
        /// A user theme that takes the place of a bundled one of the same name.
        public var replacesBundled = false
    }

    /// Entries by name, in name order.
    public private(set) var entries: [Entry]
    /// The bundled themes, including those a user theme replaces: a user `dark.toml` may say
    /// `inherits = "dark"` to change only a few roles of the bundled dark theme.
    private var bundled: [String: ThemeFile]

    /// Reads the bundled themes and the user's theme folder.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        var byName: [String: Entry] = [:]
        bundled = [:]
        for file in BundledThemes.files {
            let name = String(file.name.dropLast(".toml".count))
            let parsed = Self.parse(file.contents, origin: "bundled:\(file.name)")
            byName[name] = Entry(name: name, source: .bundled, file: parsed)
            bundled[name] = try? parsed.get()
        }
        let folder = Self.configFolder(environment).appendingPathComponent("themes")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for fileName in names.sorted() where fileName.hasSuffix(".toml") {
            let path = folder.appendingPathComponent(fileName).path
            let name = String(fileName.dropLast(".toml".count))
            byName[name] = Entry(name: name, source: .user(path: path), file: Self.read(path), replacesBundled: byName[name] != nil)
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
    /// inheritance resolved. Roles no file in the chain sets come from the default theme.
    /// `requestedBy` names where the choice came from, for the error when no theme has that name.
    public func theme(_ nameOrPath: String, requestedBy: String = "--theme") throws -> Theme {
        let chain = try inheritanceChain(nameOrPath, requestedBy: requestedBy)
        var styles = Theme.builtIn.styles
        if !chain.contains(where: { $0.name == "default" }), let base = try? inheritanceChain("default") {
            for file in base.reversed() { styles.merge(file.styles) { _, new in new } }
        }
        for file in chain.reversed() { styles.merge(file.styles) { _, new in new } }
        return Theme(name: chain[0].name, styles: styles)
    }

    /// The file for `nameOrPath`, then its parent, its parent's parent…; a cycle is an error at
    /// the `inherits` line that closes it.
    private func inheritanceChain(_ nameOrPath: String, requestedBy: String = "--theme") throws -> [ThemeFile] {
        var chain = [try lookUp(nameOrPath, referencedFrom: nil, requestedBy: requestedBy)]
        while let child = chain.last, let parent = child.inherits {
            let next = try lookUp(parent, referencedFrom: child)
            // Compared by the file behind each path: `./p.toml` in p.toml names p.toml again.
            let identity = Self.identity(of: next)
            if chain.contains(where: { Self.identity(of: $0) == identity }) {
                let names = (chain + [next]).map(\.name).joined(separator: " → ")
                throw ThemeError(file: child.origin, line: child.inheritsLine, message: "inheritance cycle: \(names)")
            }
            chain.append(next)
        }
        return chain
    }

    /// The file a theme was read from, its path resolved (`.`, `..`, links), or its bundled name.
    private static func identity(of file: ThemeFile) -> String {
        guard !file.origin.hasPrefix("bundled:"), let resolved = realpath(file.origin, nil) else { return file.origin }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A theme by catalog name or file path. A path in `inherits` is relative to the file that
    /// names it; a user theme that inherits its own name gets the bundled theme of that name.
    private func lookUp(_ nameOrPath: String, referencedFrom child: ThemeFile?, requestedBy: String = "--theme") throws -> ThemeFile {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            var path = nameOrPath
            if let child, !path.hasPrefix("/"), !child.origin.hasPrefix("bundled:") {
                path = URL(fileURLWithPath: child.origin).deletingLastPathComponent().appendingPathComponent(path).standardized.path
            }
            guard FileManager.default.fileExists(atPath: path) else {
                if let child { throw ThemeError(file: child.origin, line: child.inheritsLine, message: "inherits '\(nameOrPath)': no such theme file") }
                throw ThemeError(file: path, message: "no such theme file (themes: \(entries.map(\.name).joined(separator: ", ")))", namesNoTheme: true)
            }
            return try Self.read(path).get()
        }
        if let child, !child.origin.hasPrefix("bundled:"), let original = bundled[nameOrPath],
           URL(fileURLWithPath: child.origin).deletingPathExtension().lastPathComponent == nameOrPath {
            return original
        }
        guard let entry = entries.first(where: { $0.name == nameOrPath }) else {
            let known = entries.map(\.name).joined(separator: ", ")
            if let child {
                throw ThemeError(file: child.origin, line: child.inheritsLine, message: "inherits unknown theme '\(nameOrPath)' (themes: \(known))")
            }
            throw ThemeError(file: requestedBy, message: "no theme named '\(nameOrPath)' (themes: \(known))", namesNoTheme: true)
        }
        return try entry.file.get()
    }

    static func read(_ path: String) -> Result<ThemeFile, ThemeError> {
        switch SettingsFile.text(at: path) {
        case .success(let text): return parse(text, origin: path)
        case .failure(.missing): return .failure(ThemeError(file: path, message: "no such theme file"))
        case .failure(.unreadable(let reason)): return .failure(ThemeError(file: path, message: "cannot read this theme file: \(reason)"))
        }
    }

    static func parse(_ text: String, origin: String) -> Result<ThemeFile, ThemeError> {
        do { return .success(try ThemeFile(text: text, origin: origin)) } catch let error as ThemeError {
            return .failure(error)
        } catch {
            return .failure(ThemeError(file: origin, message: "\(error)"))
        }
    }
}
