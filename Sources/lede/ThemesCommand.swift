import ArgumentParser
import Foundation
import LedeCore
import LedeUI

/// `lede themes`: every theme, where it comes from, and which one is in use.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes (built in, and yours in $XDG_CONFIG_HOME/lede/themes/).",
        discussion: "The theme in use is marked with *. Pick one with --theme NAME or `theme = \"NAME\"` in config.toml."
    )

    @OptionGroup var themeOptions: ThemeOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog(environment: environment)
        let current = (try? themeOptions.theme ?? ThemeCatalog.configuredTheme(environment)) ?? "default"
        let width = catalog.entries.map(\.name.count).max() ?? 0
        var output = ""
        for entry in catalog.entries {
            let marker = entry.name == current ? "*" : " "
            let padded = entry.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let source: String
            switch entry.source {
            case .bundled: source = "built in"
            case .user(let path): source = Sanitizer.clean(path)
            }
            switch entry.file {
            case .success: output += "\(marker) \(padded)  \(source)\n"
            case .failure(let error): output += "\(marker) \(padded)  \(source)  (broken: \(Sanitizer.clean(error.description)))\n"
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
