import Foundation
import LedeTestSupport
import Testing

/// Messages quote what the user or a file supplied; none may carry an escape sequence to the
/// terminal (a title change, a cleared screen), and each must still say what went wrong: the
/// controls are shown as `\u{1B}`, so a quoted name is never mistaken for another.
@Suite struct MessageSafetyTests {
    let samples = Fixtures.packageRoot.appendingPathComponent("Samples").path
    let themeList = "(themes: dark, default, high-contrast, light, mono, newsprint)"
    /// An OSC title change, as `printf '\e]2;PWNED\a'` writes it, and as messages show it.
    let title = "\u{1B}]2;PWNED\u{07}"
    let shown = #"\u{1B}]2;PWNED\u{7}"#

    @Test func aThemeNameWithAnEscapeSequenceIsShownNotSent() throws {
        let result = try LedeBinary.run(["--theme", "x\(title)", samples], environment: ["XDG_CONFIG_HOME": "/nonexistent-lede-config"])
        #expect(result.status == 2)
        #expect(!holdsTerminalControl(result.stderr))
        #expect(result.stderr == "lede: --theme: no theme named 'x\(shown)' \(themeList)\n")
    }

    @Test func aParentNamedWithAnEscapeInAThemeFileIsShownNotSent() throws {
        // `\u001b` is a valid TOML escape: the parsed name holds a real ESC.
        let folder = try ConfigFolder(themes: ["evil.toml": "name = \"evil\"\ninherits = \"\\u001b]2;PWNED\\u0007dark\"\n"])
        defer { folder.remove() }
        let result = try LedeBinary.run(["--theme", "evil", samples], environment: folder.environment)
        let file = folder.themes.appendingPathComponent("evil.toml").path
        #expect(result.status == 1)
        #expect(!holdsTerminalControl(result.stderr))
        #expect(result.stderr == "lede: \(file):2: inherits unknown theme '\(shown)dark' (themes: dark, default, evil, high-contrast, light, mono, newsprint)\n")
    }

    @Test func aThemeInConfigWithAnEscapeIsShownNotSent() throws {
        let folder = try ConfigFolder(config: "theme = \"\\u001b]2;PWNED\\u0007nigth\"\n")
        defer { folder.remove() }
        let result = try LedeBinary.run([samples], environment: folder.environment)
        #expect(result.status == 1)
        #expect(!holdsTerminalControl(result.stderr))
        #expect(result.stderr == "lede: \(folder.config.path):1: no theme named '\(shown)nigth' \(themeList)\n")
    }

    @Test func aThemeFileWhoseNameHoldsAnEscapeIsShownNotSent() throws {
        let folder = try ConfigFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("bad\(title).toml")
        try Data("name = \"bad\"\n[headline]\nfg = \"purple\"\n".utf8).write(to: file)
        let result = try LedeBinary.run(["--theme", file.path, samples], environment: folder.environment)
        #expect(result.status == 1)
        #expect(!holdsTerminalControl(result.stderr))
        #expect(result.stderr.hasPrefix("lede: \(folder.url.path)/bad\(shown).toml:3: bad colour for fg in [headline]"))
    }

    @Test func theReaderNeedsATerminalMessageShowsTheEscapesInPathsNotSendsThem() throws {
        let result = try LedeBinary.run(["a\(title).txt", "b\u{9B}2J.txt", "c\u{1B}]0;cut-off.txt"])
        #expect(result.status == 2)
        #expect(!holdsTerminalControl(result.stderr))
        #expect(result.stderr == #"lede: the reader needs a terminal; to print the stories instead, use: lede dump a\u{1B}]2;PWNED\u{7}.txt b\u{9B}2J.txt c\u{1B}]0;cut-off.txt"# + "\n")
    }

    @Test func anUnknownOptionWithAnEscapeIsShownNotSent() throws {
        let result = try LedeBinary.run(["--no-such\(title)"])
        #expect(result.status == 2)
        #expect(!holdsTerminalControl(result.stderr))
        #expect(result.stderr.hasPrefix("Error: Unknown option '--no-such\(shown)'\n"))
    }

    @Test func aPathWithAnEscapeInAProblemOrAWarningIsShownNotSent() throws {
        let folder = try ConfigFolder()
        defer { folder.remove() }
        let repaired = folder.url.appendingPathComponent("bad\(title).txt")
        try Data([0x48, 0x69, 0xFF, 0x0A]).write(to: repaired)
        let result = try LedeBinary.run(["dump", repaired.path, folder.url.appendingPathComponent("gone\(title).txt").path])
        #expect(result.status == 1)
        #expect(!holdsTerminalControl(result.stderr))
        #expect(result.stderr == """
            lede: \(folder.url.path)/bad\(shown).txt: not UTF-8: read as Windows-1252 (Latin-1)
            lede: \(folder.url.path)/gone\(shown).txt: no such file or folder

            """)
    }
}

/// Every byte `lede` writes goes through `Console`, which cleans messages: a new message cannot
/// skip it. This checks that no other source file of the command writes to the terminal.
@Suite struct OutputPathTests {
    @Test func onlyConsoleWritesToStandardOutputAndError() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("Sources/lede")
        let writers = ["FileHandle.standardOutput", "FileHandle.standardError", "fputs(", "fwrite(", "puts(", "putchar(", "write(STDOUT", "write(STDERR", "write(1,", "write(2,"]
        var found: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") && name != "Console.swift" {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                let bare = code.replacingOccurrences(of: "Console.print(", with: "")
                if writers.contains(where: code.contains) || bare.range(of: #"(^|[^\w.])(print|debugPrint|dump)\("#, options: .regularExpression) != nil {
                    found.append("\(name):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(found.isEmpty, "write through Console instead:\n\(found.joined(separator: "\n"))")
    }
}
