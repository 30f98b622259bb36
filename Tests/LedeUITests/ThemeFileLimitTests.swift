import Foundation
import LedeTestSupport
import LedeUI
import Testing

/// Theme files are read with limits, and a cycle is seen however its paths are spelled.
@Suite struct ThemeFileLimitTests {
    @Test func aThemeThatInheritsItselfByARelativePathIsACycle() throws {
        let folder = try ConfigFolder(themes: ["p.toml": "name = \"p\"\ninherits = \"./p.toml\"\n"])
        defer { folder.remove() }
        let file = folder.themes.appendingPathComponent("p.toml").path
        #expect(throws: ThemeError(file: file, line: 2, message: "inheritance cycle: p → p")) {
            try ThemeCatalog(environment: folder.environment).theme("p")
        }
    }

    @Test func aCycleThroughAnotherFolderIsSeenByTheResolvedPath() throws {
        let folder = try ConfigFolder(themes: [
            "q.toml": "name = \"q\"\ninherits = \"../themes/r.toml\"\n",
            "r.toml": "name = \"r\"\ninherits = \"../themes/./q.toml\"\n",
        ])
        defer { folder.remove() }
        let start = Date()
        #expect(throws: ThemeError(file: folder.themes.appendingPathComponent("r.toml").path, line: 2, message: "inheritance cycle: q → r → q")) {
            try ThemeCatalog(environment: folder.environment).theme("q")
        }
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func aHugeThemeFileIsRefusedUnparsed() throws {
        let folder = try ConfigFolder(themes: ["big.toml": "name = \"big\"\n" + String(repeating: "# comment\n", count: 10_000)])
        defer { folder.remove() }
        let file = folder.themes.appendingPathComponent("big.toml").path
        #expect(throws: ThemeError(file: file, message: "cannot read this theme file: too large (97 kB; settings files are read up to 64 kB)")) {
            try ThemeCatalog(environment: folder.environment).theme("big")
        }
    }

    @Test func aNamedPipeAmongTheThemesIsBrokenNotWaitedFor() throws {
        let folder = try ConfigFolder()
        defer { folder.remove() }
        let pipe = folder.themes.appendingPathComponent("pipe.toml").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let catalog = ThemeCatalog(environment: folder.environment)
        #expect(throws: ThemeError(file: pipe, message: "cannot read this theme file: not a regular file (a folder, pipe or device)")) {
            try catalog.theme("pipe")
        }
        #expect(try catalog.theme("dark").name == "dark")
    }

    @Test func anUnreadableConfigIsItsOwnErrorSoTheDefaultsCanBeUsed() throws {
        let folder = try ConfigFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.config, withIntermediateDirectories: false)
        #expect(throws: UnreadableConfig(path: folder.config.path, reason: "not a regular file (a folder, pipe or device)")) {
            try ThemeCatalog.configuredTheme(folder.environment)
        }
    }
}
