import Foundation
import LedeCore
import LedeTestSupport
import LedeUI
import Testing

@Suite struct ThemeTests {
    /// A catalog that sees only the bundled themes (no user folder).
    let catalog = ThemeCatalog(environment: ["XDG_CONFIG_HOME": "/nonexistent-lede-config"])

    @Test func everyBundledThemeParsesAndSetsEveryRole() throws {
        #expect(catalog.entries.map(\.name) == ["dark", "default", "high-contrast", "light", "mono", "newsprint"])
        for entry in catalog.entries {
            let theme = try catalog.theme(entry.name)
            #expect(Set(theme.styles.keys) == Set(Role.allCases), "\(entry.name)")
        }
    }

    @Test func theDefaultThemeFileIsTheBuiltInFallback() throws {
        #expect(try catalog.theme("default").styles == Theme.builtIn.styles)
    }

    @Test func monoUsesNoColourAtAll() throws {
        let mono = try catalog.theme("mono")
        #expect(mono.styles.values.allSatisfy { $0.foreground == nil && $0.background == nil })
        #expect(mono.style(.selectedItem).modifiers.contains(.reverse))
    }

    @Test func aChildThemeInheritsWhatItLeavesOut() throws {
        let newsprint = try catalog.theme("newsprint")
        #expect(newsprint.style(.section) == Style(foreground: .ansi(1), modifiers: .bold))
        #expect(newsprint.style(.statusLine) == Theme.builtIn.style(.statusLine))
        #expect(newsprint.style(.divider) == Theme.builtIn.style(.divider))
    }

    @Test func aThemeWithoutInheritsTakesTheRolesItLeavesOutFromDefault() throws {
        let folder = try temporaryConfig(["sparse.toml": "name = \"sparse\"\n[body]\nfg = 250\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let sparse = try ThemeCatalog(environment: ["XDG_CONFIG_HOME": folder.path]).theme("sparse")
        #expect(sparse.style(.body) == Style(foreground: .indexed(250)))
        #expect(sparse.style(.selectedItem) == Style(modifiers: .reverse))
        #expect(Set(sparse.styles.keys) == Set(Role.allCases))
    }

    @Test func aUserThemeThatInheritsItsOwnNameChangesTheBundledOne() throws {
        let folder = try temporaryConfig(["dark.toml": "name = \"dark\"\ninherits = \"dark\"\n[headline]\nfg = \"red\"\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let user = ThemeCatalog(environment: ["XDG_CONFIG_HOME": folder.path])
        let bundledDark = try catalog.theme("dark")
        let dark = try user.theme("dark")
        #expect(dark.style(.headline) == Style(foreground: .ansi(1)))
        #expect(dark.style(.body) == bundledDark.style(.body))
        #expect(user.entries.first { $0.name == "dark" }?.replacesBundled == true)
    }

    @Test func aParentGivenAsARelativePathIsFoundBesideTheChild() throws {
        let folder = try temporaryConfig(["base.toml": "name = \"base\"\n[body]\nfg = 100\n", "child.toml": "name = \"child\"\ninherits = \"./base.toml\"\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let child = try catalog.theme(folder.appendingPathComponent("lede/themes/child.toml").path)
        #expect(child.style(.body) == Style(foreground: .indexed(100)))
    }

    @Test func configTomlNamesTheTheme() throws {
        let folder = try temporaryConfig([:], config: "# mine\ntheme = \"light\"\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let configured = try ThemeCatalog.configuredTheme(["XDG_CONFIG_HOME": folder.path])
        #expect(configured?.theme == "light")
        #expect(configured?.config == folder.appendingPathComponent("lede/config.toml").path + ":2")
    }

    @Test func aConfigThemeThatIsNotTextIsAnErrorAtItsLine() throws {
        let folder = try temporaryConfig([:], config: "\ntheme = 3\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ThemeError(file: folder.appendingPathComponent("lede/config.toml").path, line: 2,
                                   message: "theme must be a theme name or file in quotes, e.g. theme = \"dark\"")) {
            try ThemeCatalog.configuredTheme(["XDG_CONFIG_HOME": folder.path])
        }
    }

    /// A config folder with `lede/themes/NAME` files and, optionally, `lede/config.toml`.
    private func temporaryConfig(_ themes: [String: String], config: String? = nil) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-themes-\(UUID().uuidString)")
        let themeFolder = folder.appendingPathComponent("lede/themes")
        try FileManager.default.createDirectory(at: themeFolder, withIntermediateDirectories: true)
        for (name, text) in themes { try text.write(to: themeFolder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        if let config { try config.write(to: folder.appendingPathComponent("lede/config.toml"), atomically: true, encoding: .utf8) }
        return folder
    }

    @Test func coloursParseFromNamesIndexesAndHex() throws {
        let file = try ThemeFile(text: """
        name = "t"
        [headline]
        fg = "bright-blue"
        bg = 236
        [dek]
        fg = "#ff8700"
        bg = "default"
        """, origin: "t.toml")
        #expect(file.styles[.headline] == Style(foreground: .ansi(12), background: .indexed(236)))
        #expect(file.styles[.dek] == Style(foreground: .rgb(255, 135, 0)))
    }

    @Test func errorsNameTheFileAndLine() throws {
        func error(_ name: String) -> String {
            let path = Fixtures.own("themes/\(name)").path
            do { _ = try catalog.theme(path); return "no error" } catch { return "\(error)" }
        }
        #expect(error("broken-colour.toml").hasSuffix("broken-colour.toml:7: bad colour for fg in [section]: use a name (red, bright-blue…), 0–255, or \"#rrggbb\""))
        #expect(error("unknown-role.toml").contains("unknown-role.toml:6: unknown role 'sidebar'"))
        #expect(error("broken-syntax.toml").contains("broken-syntax.toml:3: TOML syntax error"))
        #expect(error("unknown-key.toml").hasSuffix("unknown-key.toml:5: unknown key 'colour' in [body] (use fg, bg, modifiers)"))
        #expect(error("unknown-modifier.toml").hasSuffix("unknown-modifier.toml:5: unknown modifier in [headline] (use bold, dim, italic, underline, reverse)"))
        #expect(error("missing.toml").hasSuffix("themes/missing.toml: no such theme file (themes: dark, default, high-contrast, light, mono, newsprint)"))
    }

    @Test func inheritanceCyclesAndUnknownParentsAreErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-themes-\(UUID().uuidString)")
        let themes = folder.appendingPathComponent("lede/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "name = \"a\"\ninherits = \"b\"\n".write(to: themes.appendingPathComponent("a.toml"), atomically: true, encoding: .utf8)
        try "name = \"b\"\ninherits = \"a\"\n".write(to: themes.appendingPathComponent("b.toml"), atomically: true, encoding: .utf8)
        try "name = \"c\"\ninherits = \"nope\"\n".write(to: themes.appendingPathComponent("c.toml"), atomically: true, encoding: .utf8)
        try "name = \"dark\"\n[headline]\nfg = \"red\"\n".write(to: themes.appendingPathComponent("dark.toml"), atomically: true, encoding: .utf8)
        let user = ThemeCatalog(environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(throws: ThemeError(file: themes.appendingPathComponent("b.toml").path, line: 2, message: "inheritance cycle: a → b → a")) {
            try user.theme("a")
        }
        #expect(throws: ThemeError(file: themes.appendingPathComponent("c.toml").path, line: 2,
                                   message: "inherits unknown theme 'nope' (themes: a, b, c, dark, default, high-contrast, light, mono, newsprint)")) {
            try user.theme("c")
        }
        // A user theme with a built-in's name wins.
        #expect(try user.theme("dark").style(.headline).foreground == .ansi(1))
        #expect(user.entries.first { $0.name == "dark" }?.source == .user(path: themes.appendingPathComponent("dark.toml").path))
    }

    @Test func coloursFallBackToWhatTheTerminalHas() {
        #expect(ColorMapping.index(for: .rgb(255, 135, 0), colors: 256) == 208)
        #expect(ColorMapping.index(for: .rgb(28, 28, 28), colors: 256) == 234)
        #expect(ColorMapping.index(for: .indexed(208), colors: 8) == 3)
        #expect(ColorMapping.index(for: .rgb(0, 0, 255), colors: 16) == 4)
        #expect(ColorMapping.index(for: .rgb(90, 90, 250), colors: 16) == 12)
        #expect(ColorMapping.index(for: .ansi(12), colors: 8) == 4)
        #expect(ColorMapping.index(for: .ansi(12), colors: 256) == 12)
        #expect(ColorMapping.index(for: .indexed(3), colors: 8) == 3)
        #expect(ColorMapping.index(for: .indexed(244), colors: 16) == 8)
    }

    @Test func directColourTerminalsGetTheColourItself() {
        let direct = ColorMapping.directColors
        #expect(ColorMapping.index(for: .rgb(0xfd, 0xf6, 0xe3), colors: direct) == 0xfdf6e3)
        #expect(ColorMapping.index(for: .ansi(1), colors: direct) == 1)
        #expect(ColorMapping.index(for: .ansi(9), colors: direct) == 0xff0000)
        #expect(ColorMapping.index(for: .indexed(24), colors: direct) == 0x005f87)
        #expect(ColorMapping.index(for: .rgb(0, 0, 3), colors: direct) == 8)
    }

    @Test func withoutColourKeepsModifiersAndReversesHighlightsThatHadABackground() throws {
        let dark = try catalog.theme("dark").withoutColor
        #expect(dark.style(.selectedItem) == Style(modifiers: [.bold, .reverse]))
        #expect(dark.style(.searchMatch) == Style(modifiers: .reverse))
        #expect(dark.style(.statusLine) == Style(modifiers: .reverse))
        #expect(dark.style(.body) == .plain)
        #expect(dark.style(.headline) == Style(modifiers: .bold))
        #expect(Theme.builtIn.withoutColor.style(.selectedItem) == Style(modifiers: .reverse))
        #expect(Theme.builtIn.withoutColor.style(.readItem) == Style(modifiers: .dim))
    }

    /// Without colour the current match still stands out from the others inside a bold
    /// headline: bold alone told them apart, and a headline is bold already (QA).
    @Test func withoutColourTheCurrentMatchIsUnderlined() throws {
        for theme in [Theme.builtIn, try catalog.theme("dark"), try catalog.theme("light")] {
            let plain = theme.withoutColor
            #expect(plain.style(.searchMatch) == Style(modifiers: .reverse), "\(theme.name)")
            #expect(plain.style(.currentMatch) == Style(modifiers: [.reverse, .bold, .underline]), "\(theme.name)")
        }
        // The mono theme is told apart already; colours are left alone.
        #expect(try catalog.theme("mono").withoutColor.style(.currentMatch) == Style(modifiers: [.reverse, .bold, .underline]))
        #expect(Theme.builtIn.style(.currentMatch) == Style(foreground: .ansi(0), background: .ansi(2), modifiers: .bold))
    }

    @Test func theGridCarriesTheThemesStyles() throws {
        let dark = try catalog.theme("dark")
        let state = AppState(library: SampleLibrary.library, size: Size(width: 100, height: 10))
        let canvas = Screen.render(state, theme: dark)
        #expect(canvas[0, 1].style == dark.style(.selectedItem))
        #expect(canvas[0, 9].style == dark.style(.statusLine))
        #expect(canvas[state.layout.pane.x + 2, 1].style == dark.style(.headline))
    }
}
