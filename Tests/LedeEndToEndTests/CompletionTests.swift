import Foundation
import LedeTestSupport
import Testing

/// The bash completion script `make install` installs, loaded by bash and asked as bash asks it.
@Suite struct CompletionTests {
    /// What the script offers for `words` (the last one being completed), with `folder` as XDG_CONFIG_HOME.
    func complete(_ words: [String], config folder: ConfigFolder) throws -> [String] {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("lede-completion-\(UUID().uuidString).bash")
        defer { try? FileManager.default.removeItem(at: script) }
        let generated = try LedeBinary.run(["--generate-completion-script", "bash"])
        #expect(generated.status == 0)
        try generated.stdout.write(to: script, atomically: true, encoding: .utf8)
        let quoted = ([LedeBinary.url.path] + words).map { "'\($0)'" }.joined(separator: " ")
        let driver = """
            source '\(script.path)' || exit 9
            COMP_WORDS=(\(quoted)); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
            _lede lede "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["--norc", "--noprofile", "-c", driver]
        process.environment = ["PATH": "/usr/bin:/bin", "XDG_CONFIG_HOME": folder.url.path, "LEDE_NO_STATE": "1"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func themeNamesCompleteAfterThemeWithTheUsersOwn() throws {
        let folder = try ConfigFolder(themes: ["harbour.toml": "name = \"harbour\"\n"])
        defer { folder.remove() }
        let all = ["dark", "default", "harbour", "high-contrast", "light", "mono", "newsprint"]
        #expect(try complete(["--theme", ""], config: folder).sorted() == all)  // lede alone is lede read
        #expect(try complete(["--theme", "h"], config: folder).sorted() == ["harbour", "high-contrast"])
        #expect(try complete(["read", "--theme", "d"], config: folder).sorted() == ["dark", "default"])
        #expect(try complete(["themes", "--preview", "m"], config: folder) == ["mono"])
    }

    /// zsh and fish are not always installed to ask: their scripts must at least carry the patch
    /// that makes `lede` alone complete as `lede read` (lost if ArgumentParser changes its scripts).
    @Test func zshAndFishCompleteTheTopLevelAsRead() throws {
        let zsh = try LedeBinary.run(["--generate-completion-script", "zsh"]).stdout
        #expect(zsh.contains("'--theme[A theme name (see `lede themes`) or a theme file.]:name|file:{__lede_custom_complete ---completion read -- --theme"))
        #expect(zsh.contains("_describe -V subcommand subcommands && ret=0\n        _files && ret=0"))
        let fish = try LedeBinary.run(["--generate-completion-script", "fish"]).stdout
        #expect(fish.contains("complete -c 'lede' -n \"not __fish_seen_subcommand_from $__lede_commands\" -l 'theme'"))
    }

    @Test func pathsCompleteWhereCommandsTakeThem() throws {
        let folder = try ConfigFolder()
        defer { folder.remove() }
        let samples = Fixtures.packageRoot.appendingPathComponent("Sampl").path
        #expect(try complete(["dump", samples], config: folder) == [samples + "es"])
        #expect(try complete([samples], config: folder).contains(samples + "es"))
    }
}
