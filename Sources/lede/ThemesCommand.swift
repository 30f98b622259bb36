import ArgumentParser
import Foundation
import LedeCore
import LedeUI

/// `lede themes`: every theme, where it comes from, and which one is in use. A broken user theme
/// is listed with its error and never hides the others.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes (bundled, and yours in $XDG_CONFIG_HOME/lede/themes/).",
        discussion: "The theme in use is marked with *. Pick one with --theme NAME|FILE or `theme = \"NAME\"` in $XDG_CONFIG_HOME/lede/config.toml."
    )

    @OptionGroup var themeOptions: ThemeOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog(environment: environment)
        var current = "default"
        do {
            current = try themeOptions.chosenName(environment).name
        } catch {
            Console.error("lede: \(error)")
        }
        var rows: [(marker: String, name: String, source: String, problem: String?)] = []
        for entry in catalog.entries {
            let source: String
            switch entry.source {
            case .bundled: source = "bundled"
            case .user(let path): source = entry.replacesBundled ? "\(path) (replaces the bundled one)" : path
            }
            // Resolving checks the parents too: a cycle or an unknown parent shows here.
            let problem = Self.message { _ = try catalog.theme(entry.name) }
            rows.append((entry.name == current ? "*" : " ", entry.name, source, problem))
        }
        // A theme chosen by its file is in use too, though not in the catalog.
        if !catalog.entries.contains(where: { $0.name == current }), current.contains("/") || current.hasSuffix(".toml") {
            let name = URL(fileURLWithPath: current).deletingPathExtension().lastPathComponent
            rows.append(("*", name, current, Self.message { _ = try catalog.theme(current) }))
        }
        let width = rows.map { DisplayWidth.of(Sanitizer.visible($0.name)) }.max() ?? 0
        var output = ""
        for row in rows {
            let name = Sanitizer.visible(row.name)
            let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(name)))
            output += "\(row.marker) \(name)\(padding)  \(Sanitizer.visible(row.source))"
            if let problem = row.problem { output += "\n      broken: \(Sanitizer.visible(problem))" }
            output += "\n"
        }
        Console.print(output)
    }

    /// The error `body` throws, as text, or nil.
    private static func message(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch { return "\(error)" }
    }
}
