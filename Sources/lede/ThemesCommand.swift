import ArgumentParser
import Foundation
import LedeCore
import LedeTerminal
import LedeUI

/// `lede themes`: every theme, where it comes from, and which one is in use. A broken user theme
/// is listed with its error and never hides the others.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes (bundled, and yours in $XDG_CONFIG_HOME/lede/themes/), or show a sample of one.",
        discussion: "The theme in use is marked with *. Pick one with --theme NAME|FILE or `theme = \"NAME\"` in $XDG_CONFIG_HOME/lede/config.toml."
    )

    @OptionGroup var themeOptions: ThemeOptions

    @Option(help: ArgumentHelp("Print a short sample of the reader in this theme (a name or a theme file).", valueName: "name|file"),
            completion: .custom { _, _, prefix in ThemeOptions.themeNames(startingWith: prefix) })
    var preview: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog(environment: environment)
        if let preview {
            do {
                let theme = try catalog.theme(preview, requestedBy: "--preview")
                // As wide as the terminal, within reason: at 100 columns and more, list and story side by side.
                var size = winsize()
                let columns = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 100
                let canvas = ThemePreview.canvas(themeOptions.colorEnabled(environment) ? theme : theme.withoutColor, width: min(120, max(40, columns)))
                // As many colours as the reader would use: 24-bit ones under COLORTERM, else
                // TERM's (an 8-colour xterm, the Linux console), 256 when TERM names none.
                let trueColor = ["truecolor", "24bit"].contains(environment["COLORTERM"] ?? "")
                let colors = trueColor ? ColorMapping.directColors : TerminfoColors.count() ?? 256
                Console.styled(canvas.ansiLines(colors: colors).joined(separator: "\n") + "\n")
            } catch let error as ThemeError {
                Console.error("lede: \(error)")
                throw ThemeOptions.exitCode(for: error, fromOption: true)
            }
            return
        }
        // `--theme` names the one to mark: a name that is no theme is a mistake, not "none in use".
        if let asked = themeOptions.theme {
            do {
                _ = try catalog.theme(asked, requestedBy: "--theme")
            } catch let error as ThemeError where error.namesNoTheme {
                Console.error("lede: \(error)")
                throw ExitCode.usage
            }
        }
        // A mistake in config.toml (a setting misspelt, a theme that does not exist) is said, and
        // the themes still listed, for choosing one; the exit status tells a script, as the reader's does.
        var current = "default"
        var configFault = false
        do {
            let chosen = try themeOptions.chosenName(environment)
            current = chosen.name
            if themeOptions.theme == nil, current != "default" { _ = try catalog.theme(current, requestedBy: chosen.requestedBy) }
        } catch {
            Console.error("lede: \(error)")
            configFault = true
        }
        var rows: [(marker: String, name: String, description: String, source: String?, problem: String?)] = []
        for entry in catalog.entries {
            let source: String?
            switch entry.source {
            case .bundled: source = nil
            case .user(let path): source = entry.replacesBundled ? "\(path) (replaces the bundled one)" : path
            }
            // Resolving checks the parents too: a cycle or an unknown parent shows here.
            let problem = Self.message { _ = try catalog.theme(entry.name) }
            let description = (try? entry.file.get().description) ?? nil
            rows.append((entry.name == current ? "*" : " ", entry.name, description ?? "", source, problem))
        }
        // A theme chosen by its file is in use too, though not in the catalog.
        if !catalog.entries.contains(where: { $0.name == current }), current.contains("/") || current.hasSuffix(".toml") {
            let name = URL(fileURLWithPath: current).deletingPathExtension().lastPathComponent
            let description = (try? ThemeFile(text: String(contentsOfFile: current, encoding: .utf8), origin: current).description) ?? nil
            rows.append(("*", name, description ?? "", current, Self.message { _ = try catalog.theme(current) }))
        }
        let width = rows.map { DisplayWidth.of(Sanitizer.visible($0.name)) }.max() ?? 0
        var output = ""
        for row in rows {
            let name = Sanitizer.visible(row.name)
            let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(name)))
            // A description is one line of the listing, however the file wrapped it.
            let description = row.description.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            var line = "\(row.marker) \(name)\(padding)  \(Sanitizer.visible(description))"
            while line.last == " " { line.removeLast() }  // a theme without a description
            output += line
            if let source = row.source { output += "\n      file: \(Sanitizer.visible(source))" }
            if let problem = row.problem { output += "\n      broken: \(Sanitizer.visible(problem))" }
            output += "\n"
        }
        Console.print(output)
        if configFault { throw ExitCode.badInput }
    }

    /// The error `body` throws, as text, or nil.
    private static func message(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch { return "\(error)" }
    }
}
