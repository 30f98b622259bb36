import ArgumentParser
import Foundation
import LedeUI

/// `--theme` and `--no-color`, and how they, `config.toml`, `NO_COLOR` and `TERM` pick the look.
struct ThemeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A theme name (see `lede themes`) or a theme file.", valueName: "name|file"))
    var theme: String?

    @Flag(help: "Draw without colour, keeping bold and reverse (also: NO_COLOR, TERM=dumb).")
    var noColor = false

    /// Colour is off with --no-color, a non-empty NO_COLOR (no-color.org), or TERM=dumb.
    func colorEnabled(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        !noColor && environment["NO_COLOR", default: ""].isEmpty && environment["TERM"] != "dumb"
    }

    /// The theme to draw with: --theme, else config.toml's `theme`, else `default`.
    func resolve(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Theme {
        let name = try theme ?? ThemeCatalog.configuredTheme(environment) ?? "default"
        let chosen = try ThemeCatalog(environment: environment).theme(name)
        return colorEnabled(environment) ? chosen : chosen.withoutColor
    }
}
