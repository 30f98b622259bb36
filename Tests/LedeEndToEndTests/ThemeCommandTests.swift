import Foundation
import LedeTestSupport
import Testing

@Suite(.serialized) struct ThemeCommandTests {
    let environment = ["XDG_CONFIG_HOME": "/nonexistent-lede-config"]

    @Test func themesListsTheBuiltInThemesAndMarksTheOneInUse() throws {
        let result = try LedeBinary.run(["themes"], environment: environment)
        #expect(result.status == 0)
        #expect(result.stdout == """
              dark           Soft light-grey text on a near-black page, warm accents.
            * default        The terminal's own colours; emphasis by bold, dim, italic and reverse.
              high-contrast  Pure white on black, saturated accents, nothing dimmed.
              light          Dark ink on warm paper, for light terminals and bright rooms.
              mono           No colour at all: only bold, dim, italic, underline and reverse.
              newsprint      Black-and-red print on any background, in the 8 basic colours.

            """)
    }

    @Test func aDescriptionWrappedInItsFileIsListedOnOneLine() throws {
        let folder = try ConfigFolder(themes: ["wrapped.toml": "name = \"wrapped\"\ndescription = \"\"\"Grey on black,\n  for long nights.\"\"\"\n"])
        defer { folder.remove() }
        let result = try LedeBinary.run(["themes"], environment: folder.environment)
        #expect(result.status == 0)
        let file = folder.themes.appendingPathComponent("wrapped.toml").path
        #expect(result.stdout.hasSuffix("  wrapped        Grey on black, for long nights.\n      file: \(file)\n"))
    }

    @Test func previewPrintsTheSamplePagesInTheThemesColours() throws {
        let dark = try LedeBinary.run(["themes", "--preview", "dark"], environment: environment.merging(["COLORTERM": "", "TERM": "xterm-256color", "NO_COLOR": ""]) { $1 })
        #expect(dark.status == 0)
        #expect(dark.stdout.split(separator: "\n").count == 12)
        #expect(dark.stdout.contains("Tidal barrier holds as the harbour"))
        // The dark theme's page, #1c1c1c, as the nearest of 256 colours, and 24-bit with COLORTERM=truecolor.
        #expect(dark.stdout.contains("48;5;234m"))
        let deep = try LedeBinary.run(["themes", "--preview", "dark"], environment: environment.merging(["COLORTERM": "truecolor", "TERM": "xterm-256color", "NO_COLOR": ""]) { $1 })
        #expect(deep.stdout.contains("48;2;28;28;28m"))
        // An 8-colour terminal gets the 8 colours the reader would use there: no 256-colour codes.
        let basic = try LedeBinary.run(["themes", "--preview", "dark"], environment: environment.merging(["COLORTERM": "", "TERM": "xterm", "NO_COLOR": ""]) { $1 })
        #expect(basic.stdout.contains("Tidal barrier holds as the harbour"))
        #expect(!basic.stdout.contains("38;5;") && !basic.stdout.contains("48;5;") && basic.stdout.contains(";40m"))
        let plain = try LedeBinary.run(["themes", "--preview", "dark", "--no-color"], environment: environment)
        #expect(!plain.stdout.contains("38;") && !plain.stdout.contains("48;"))
        let unknown = try LedeBinary.run(["themes", "--preview", "nigth"], environment: environment)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "lede: --preview: no theme named 'nigth' (themes: dark, default, high-contrast, light, mono, newsprint)\n")
    }

    @Test func anUnknownThemeIsBadUsageNamingTheThemes() throws {
        let samples = Fixtures.packageRoot.appendingPathComponent("Samples").path
        let themes = "(themes: dark, default, high-contrast, light, mono, newsprint)"
        let reader = try LedeBinary.run(["--theme", "nosuch", samples], environment: environment)
        #expect(reader.status == 2)
        #expect(reader.stderr == "lede: --theme: no theme named 'nosuch' \(themes)\n")
        // `lede themes` marks the theme --theme names: one that is none is the same mistake.
        let listing = try LedeBinary.run(["themes", "--theme", "nosuch"], environment: environment)
        #expect(listing.status == 2)
        #expect(listing.stdout.isEmpty)
        #expect(listing.stderr == "lede: --theme: no theme named 'nosuch' \(themes)\n")
        let file = try LedeBinary.run(["--theme", "/nonexistent/mine.toml", samples], environment: environment)
        #expect(file.status == 2)
        #expect(file.stderr == "lede: /nonexistent/mine.toml: no such theme file \(themes)\n")
    }

    @Test func aBrokenThemeFileGivesItsLineAndExitsOneBeforeTheScreenOpens() throws {
        let theme = Fixtures.own("themes/broken-colour.toml").path
        let result = try LedeBinary.run(["--theme", theme, Fixtures.packageRoot.appendingPathComponent("Samples").path], environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("lede: \(theme):7: bad colour for fg in [section]"))
    }

    @Test func aBrokenUserThemeIsListedWithItsErrorAndTheOthersStillList() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-cfg-\(UUID().uuidString)")
        let themes = folder.appendingPathComponent("lede/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "name = \"mine\"\n[headline\n".write(to: themes.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        try "theme = \"light\"\n".write(to: folder.appendingPathComponent("lede/config.toml"), atomically: true, encoding: .utf8)
        let result = try LedeBinary.run(["themes"], environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(result.status == 0)
        let mine = themes.appendingPathComponent("mine.toml").path
        #expect(result.stdout == """
              dark           Soft light-grey text on a near-black page, warm accents.
              default        The terminal's own colours; emphasis by bold, dim, italic and reverse.
              high-contrast  Pure white on black, saturated accents, nothing dimmed.
            * light          Dark ink on warm paper, for light terminals and bright rooms.
              mine
                  file: \(mine)
                  broken: \(mine):2: TOML syntax error: Error while parsing table header: expected ']', saw '\\n'
              mono           No colour at all: only bold, dim, italic, underline and reverse.
              newsprint      Black-and-red print on any background, in the 8 basic colours.

            """)
    }

    /// A user theme with a nameless table header ("[" alone) is listed as broken, as any other
    /// syntax error is; the TOML library would abort on it (exit 134).
    @Test func aNamelessTableHeaderInAUserThemeIsListedAsBroken() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-cfg-\(UUID().uuidString)")
        let themes = folder.appendingPathComponent("lede/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "name = \"t\"\n[\n".write(to: themes.appendingPathComponent("t.toml"), atomically: true, encoding: .utf8)
        let result = try LedeBinary.run(["themes"], environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(result.status == 0)
        let file = themes.appendingPathComponent("t.toml").path
        #expect(result.stdout.contains("broken: \(file):2: TOML syntax error: a table header needs a name, e.g. [keys]\n"), "\(result.stdout)")
    }

    @Test func aThemeNamedInConfigThatDoesNotExistIsAnErrorAtItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lede"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("lede/config.toml")
        try "# my settings\ntheme = \"nigth\"\n".write(to: config, atomically: true, encoding: .utf8)
        let result = try LedeBinary.run([Fixtures.packageRoot.appendingPathComponent("Samples").path], environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(result.status == 1)
        #expect(result.stderr == "lede: \(config.path):2: no theme named 'nigth' (themes: dark, default, high-contrast, light, mono, newsprint)\n")
    }

    /// `lede themes` lists the themes whatever config.toml says, and says what is wrong with it
    /// and exits 1 as the reader would (it exited 0 with nothing marked, without a word).
    @Test func themesWithConfigNamingNoThemeListsThemAndSaysSo() throws {
        let folder = try ConfigFolder(config: "theme = \"nosuch\"\n")
        defer { folder.remove() }
        let result = try LedeBinary.run(["themes"], environment: folder.environment)
        #expect(result.status == 1)
        #expect(result.stdout.contains("  dark           Soft light-grey text") && !result.stdout.contains("*"))
        #expect(result.stderr == "lede: \(folder.config.path):1: no theme named 'nosuch' (themes: dark, default, high-contrast, light, mono, newsprint)\n")
    }

    @Test func aMisspeltSettingInConfigIsAnErrorAtItsLine() throws {
        let folder = try ConfigFolder(config: "# my settings\nthem = \"dark\"\n")
        defer { folder.remove() }
        let result = try LedeBinary.run([Fixtures.packageRoot.appendingPathComponent("Samples").path], environment: folder.environment)
        #expect(result.status == 1)
        #expect(result.stderr == "lede: \(folder.config.path):2: unknown setting 'them' (settings: keys, theme)\n")
        // A table by a wrong name, and a table inside [keys], are found at their headers.
        let table = try ConfigFolder(config: "theme = \"dark\"\n[key]\nquit = \"X\"\n")
        defer { table.remove() }
        let misnamed = try LedeBinary.run([Fixtures.packageRoot.appendingPathComponent("Samples").path], environment: table.environment)
        #expect(misnamed.stderr == "lede: \(table.config.path):2: unknown setting 'key' (settings: keys, theme)\n")
        let nested = try ConfigFolder(config: "[keys]\nquit = \"X\"\n[keys.sub]\na = 1\n")
        defer { nested.remove() }
        let inKeys = try LedeBinary.run([Fixtures.packageRoot.appendingPathComponent("Samples").path], environment: nested.environment)
        #expect(inKeys.stderr.hasPrefix("lede: \(nested.config.path):3: unknown command 'sub' in [keys]"), "\(inKeys.stderr)")
    }

    @Test func themeChangesTheColoursInTheTerminal() throws {
        guard TmuxSession.isAvailable else { print("skipped: tmux is not installed"); return }
        /// The whole screen with its escape sequences, as tmux (256 colours) shows it.
        func screen(_ arguments: String) throws -> String {
            let session = try TmuxSession(width: 120, height: 20)
            try session.run("XDG_CONFIG_HOME=/nonexistent \(LedeBinary.url.path) \(arguments)")
            try session.waitFor(text: "? help")
            let screen = try session.screen(escapes: true).joined(separator: "\n")
            try session.press("q")
            return screen
        }
        let escape = "\u{1B}["
        let dark = try screen("--theme dark")
        let light = try screen("--theme light")
        let plain = try screen("--theme dark --no-color")
        // dark: #1c1c1c page (234), selection #ffffff on #005f87 (231 on 24); light: #fdf6e3 paper (230).
        #expect(dark.contains("\(escape)48;5;234m"))
        #expect(dark.contains("\(escape)38;5;231m\(escape)48;5;24m"))
        #expect(!dark.contains("48;5;230m"))
        #expect(light.contains("\(escape)48;5;230m"))
        #expect(!light.contains("48;5;234m"))
        // --no-color: no colour at all; selection and status line stand out in reverse video.
        #expect(!plain.contains("38;5;") && !plain.contains("48;5;"))
        #expect(plain.contains("\(escape)7m"))
    }
}
