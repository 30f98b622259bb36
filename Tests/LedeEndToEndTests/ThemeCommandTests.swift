import Foundation
import LedeTestSupport
import Testing

@Suite(.serialized) struct ThemeCommandTests {
    let environment = ["XDG_CONFIG_HOME": "/nonexistent-lede-config"]

    @Test func themesListsTheBuiltInThemesAndMarksTheOneInUse() throws {
        let result = try LedeBinary.run(["themes"], environment: environment)
        #expect(result.status == 0)
        #expect(result.stdout == """
              dark           built in
            * default        built in
              high-contrast  built in
              light          built in
              mono           built in
              newsprint      built in

            """)
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
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.contains { $0.hasPrefix("* light") })
        #expect(lines.contains { $0.hasPrefix("  mine") && $0.contains("(broken: ") && $0.contains("mine.toml:2") })
        #expect(lines.count == 8)
    }

    @Test func themeChangesTheColoursInTheTerminal() throws {
        guard TmuxSession.isAvailable else { print("skipped: tmux is not installed"); return }
        func firstRow(_ arguments: String) throws -> String {
            let session = try TmuxSession(width: 120, height: 20)
            try session.run("XDG_CONFIG_HOME=/nonexistent \(LedeBinary.url.path) \(arguments)")
            try session.waitFor(text: "? help")
            let row = try session.screen(escapes: true)[1]
            try session.press("q")
            return row
        }
        let dark = try firstRow("--theme dark")
        let light = try firstRow("--theme light")
        let plain = try firstRow("--theme dark --no-color")
        // dark: selected row white on 24 (#005f87); light: the same selection colour but a paper background elsewhere.
        #expect(dark.contains("48;5;24m") || dark.contains("[44m"))
        #expect(light.contains("48;5;230m") || light.contains("48;5;255m"))
        #expect(dark != light)
        #expect(!plain.contains("38;5;") && !plain.contains("48;5;"))
    }
}
