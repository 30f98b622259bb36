import ArgumentParser
import Foundation
import LedeUI

/// `--theme` and `--no-color`, and how they, `config.toml`, `NO_COLOR` and `TERM` pick the look.
struct ThemeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A theme name (see `lede themes`) or a theme file.", valueName: "name|file"),
            completion: .custom { _, _, prefix in themeNames(startingWith: prefix) })
    var theme: String?

    /// For shell completion after --theme: the names `lede themes` lists, the user's own too.
    static func themeNames(startingWith prefix: String) -> [String] {
        ThemeCatalog().entries.map(\.name).filter { $0.hasPrefix(prefix) }
    }

    @Flag(help: "Draw without colour, keeping bold and reverse (also: NO_COLOR).")
    var noColor = false

    /// Colour is off with --no-color, a non-empty NO_COLOR (no-color.org), or TERM=dumb.
    func colorEnabled(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        !noColor && environment["NO_COLOR", default: ""].isEmpty && environment["TERM"] != "dumb"
    }

    /// The theme asked for — --theme, else config.toml's `theme`, else `default` — and who asked,
    /// for the message when no theme has that name. A config.toml that cannot be read is reported
    /// here, once, and the default used.
    func chosenName(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> (name: String, requestedBy: String) {
        if let theme { return (theme, "--theme") }
        do {
            if let configured = try ThemeCatalog.configuredTheme(environment) { return (configured.theme, configured.config) }
        } catch let unreadable as UnreadableConfig {
            Console.error("lede: \(unreadable)")
        }
        return ("default", "--theme")
    }

    /// How to exit for a theme that cannot be used: 2 (bad usage) when the option's value names
    /// no theme, 1 (bad input) for a theme file, or config.toml, with a mistake in it.
    static func exitCode(for error: ThemeError, fromOption: Bool) -> ExitCode {
        error.namesNoTheme && fromOption ? .usage : .badInput
    }

    /// The theme to draw with, without colours when colour is off.
    func resolve(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Theme {
        let chosen = try chosenName(environment)
        let theme = try ThemeCatalog(environment: environment).theme(chosen.name, requestedBy: chosen.requestedBy)
        return colorEnabled(environment) ? theme : theme.withoutColor
    }
}
