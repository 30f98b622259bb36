import Foundation
import LedeCore
import LedeTestSupport
@testable import LedeUI
import Testing

/// `[keys]` in config.toml: names, applying over the standard keymap, and every way it can be wrong.
@Suite struct KeymapConfigTests {
    /// The keymap a config.toml of `text` gives, or the error it throws.
    func keymap(_ text: String) throws -> Keymap {
        let folder = try ConfigFolder(config: text)
        defer { folder.remove() }
        return try Keymap.configured(folder.environment)
    }

    func error(_ text: String) -> ThemeError? {
        do { _ = try keymap(text); return nil } catch { return error as? ThemeError }
    }

    func keys(_ keymap: Keymap, _ command: Command) -> [Key] {
        keymap.bindings.first { $0.command == command }!.keys
    }

    @Test func keyNamesReadBothWays() {
        #expect(Key.named("q") == .character("q"))
        #expect(Key.named("J") == .character("J"))
        #expect(Key.named("ctrl-c") == .control("c"))
        #expect(Key.named("Ctrl-F") == .control("f"))
        #expect(Key.named("space") == .character(" "))
        #expect(Key.named("PgDn") == .pageDown)
        #expect(Key.named("escape") == .escape)
        #expect(Key.named("Delete") == .delete)
        #expect(Key.named("del") == .delete)
        #expect(Key.delete.configName == "delete")
        #expect(Key.named("ctrl-m") == nil)  // the terminal sends Enter
        #expect(Key.named("ctrl-s") == nil)  // the terminal pauses output
        #expect(Key.named("ctrl-q") == nil)  // and resumes it
        #expect(Key.named("ctrl-") == nil)
        #expect(Key.named("\u{1B}") == nil)
        #expect(Key.named("f13") == nil)
        for binding in Keymap.standard.bindings {
            for key in binding.keys { #expect(Key.named(key.configName) == key, "\(key)") }
        }
        #expect(Command.nextStory.configName == "next-story")
        #expect(Command(configName: "back-or-quit") == .backOrQuit)
    }

    @Test func noKeysTableIsTheStandardKeymap() throws {
        let standard = Keymap.standard.bindings.map(\.keys)
        #expect(try keymap("theme = \"dark\"\n").bindings.map(\.keys) == standard)
        #expect(try Keymap.configured(["XDG_CONFIG_HOME": "/nonexistent-lede-config"]).bindings.map(\.keys) == standard)
    }

    @Test func aBindingReplacesThatCommandsKeysAndTakesTheKeyFromOthers() throws {
        let map = try keymap("[keys]\nquit = [\"X\", \"ctrl-c\"]\nnext-story = \"j\"\n")
        #expect(keys(map, .quit) == [.character("X"), .control("c")])
        #expect(keys(map, .nextStory) == [.character("j")])
        // j left `down`, which keeps its arrow; Q is no key now.
        #expect(keys(map, .down) == [.down])
        #expect(map.command(for: .character("j")) == .nextStory)
        #expect(map.command(for: .character("Q")) == nil)
        #expect(map.label(for: .quit) == "X")
        // Ctrl-C quits whatever is bound (Reduce.swift), and the keymap says so.
        #expect(keys(try keymap("[keys]\nquit = \"X\"\n"), .quit) == [.character("X"), .control("c")])
        // The help screen shows what is in force.
        let help = try keymap("[keys]\nhelp = \"H\"\nhalf-page-up = []\n")
        #expect(help.label(for: .help) == "H")
        #expect(keys(help, .halfPageUp) == [])
    }

    @Test func theHelpScreenAndItsHintsShowTheReboundKeys() throws {
        var state = AppState(library: SampleLibrary.library, size: Size(width: 80, height: 40))
        state.keymap = try keymap("[keys]\nhelp = \"H\"\ndown = \"e\"\nquit = \"X\"\n")
        #expect(Screen.render(state, theme: .builtIn).lines.last?.hasSuffix("list · H help ") == true)
        _ = reduce(&state, .key(.character("?")))
        #expect(state.message == "?: not a key here — H for help")
        _ = reduce(&state, .key(.character("H")))
        let lines = Screen.render(state, theme: .builtIn).lines
        #expect(lines.contains { $0.hasPrefix("   e ") && $0.contains("next story in the list") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("   X Ctrl-C ") && $0.contains("quit from anywhere") }, "\(lines)")
        #expect(lines.last?.contains("e k Space b scroll · Esc q H close") == true, "\(lines.last ?? "")")
    }

    @Test func mistakesNameTheFileTheLineAndWhatIsAllowed() throws {
        let unknown = error("# mine\n[keys]\nquit = \"q\"\njump = \"z\"\n")
        #expect(unknown?.line == 4)
        #expect(unknown?.message.hasPrefix("unknown command 'jump' in [keys] (commands: down, up, open, back, toggle-focus,") == true)
        #expect(unknown?.file.hasSuffix("/lede/config.toml") == true)

        let badKey = error("[keys]\n\nquit = [\"q\", \"ctrl-?\"]\n")
        #expect(badKey?.line == 3)
        #expect(badKey?.message.hasPrefix("cannot read the key 'ctrl-?' for quit (keys: a single character") == true)

        let notText = error("[keys]\nquit = 3\n")
        #expect(notText?.message == "quit must be a key in quotes or a list of them, e.g. quit = \"x\" or quit = [\"x\", \"ctrl-x\"]")
        #expect(error("[keys]\nquit = [\"q\", 3]\n")?.line == 2)
        #expect(error("[keys]\nquit = \"\"\n")?.message.hasPrefix("quit must be a key in quotes") == true)
        #expect(error("keys = \"q\"\n")?.message.hasPrefix("keys must be a table") == true)
        #expect(error("[keys\n")?.message.hasPrefix("TOML syntax error") == true)
    }

    /// A table header without a name is a syntax error at its line: the TOML library asserts on
    /// one, so it never reaches it.
    @Test func aTableHeaderWithoutANameIsASyntaxErrorNotACrash() throws {
        for (text, line) in [("[\n", 1), ("# mine\n[[\n", 2), ("[.]\n", 1), ("[keys]\n[[[a]]]\n", 2), ("  [ #\r\n", 1), ("[\t[.]]", 1)] {
            let mistake = error(text)
            #expect(mistake?.line == line, "\(text)")
            #expect(mistake?.message == "TOML syntax error: a table header needs a name, e.g. [keys]", "\(text)")
        }
        // Headers with a name, bare or quoted, and the library's own errors pass through.
        #expect(SettingsTOML.namelessHeaderLine(in: "[keys]\n[ \"a b\" ]\n[[ 'x' ]]\n[-]\nlist = [\n  [1, 2],\n]\n") == nil)
        #expect(error("[]\n")?.message.hasPrefix("TOML syntax error: Error while parsing table header") == true)
        // After a byte-order mark too (QA: it still aborted).
        #expect(error("\u{FEFF}[.]\n")?.line == 1)
        #expect(error("\u{FEFF}[keys]\nquit = \"x\"\n") == nil)
    }

    /// A "[" line inside a value is no header: in a multi-line string, or an array over lines.
    @Test func aBracketLineInsideAValueIsNoHeader() {
        let values = [
            #"note = """\n[\n[.]\n"""\n"#, #"note = '''\n[[[a]]]\n'''\n"#, #"x = [\n  [\n    1, 2\n  ],\n]\n"#,
            #"x = [ "]", # ]\n  [\n  3],\n]\n"#, #"s = "a \" ["\n[keys]\n"#,
        ].map { $0.replacingOccurrences(of: #"\n"#, with: "\n") }
        for text in values {
            #expect(SettingsTOML.namelessHeaderLine(in: text) == nil, "\(text)")
        }
        // Past the value, a nameless header is one again.
        #expect(SettingsTOML.namelessHeaderLine(in: "note = \"\"\"\n[\n\"\"\"\n[.]\n") == 4)
        #expect(SettingsTOML.namelessHeaderLine(in: "x = [\n  1,\n]\n[\n") == 4)
    }

    @Test func twoCommandsOnOneKeyIsAnError() throws {
        let clash = error("[keys]\nquit = \"x\"\ntoggle-expand = [\"x\", \"e\"]\n")
        #expect(clash?.line == 3)
        #expect(clash?.message == "'x' is bound to both quit and toggle-expand; a key can do one thing")
        #expect(error("[keys]\nhelp = \"ctrl-c\"\n")?.message == "ctrl-c always quits; it cannot be bound to help")
    }

    /// The terminal makes Ctrl-Z a stop signal before the keymap sees it: it stays with suspend.
    @Test func ctrlZAlwaysSuspends() throws {
        #expect(error("[keys]\nhelp = \"ctrl-z\"\n")?.message == "ctrl-z always suspends; it cannot be bound to help")
        let map = try keymap("[keys]\nsuspend = \"ctrl-y\"\n")
        #expect(keys(map, .suspend) == [.control("y"), .control("z")])
    }
}
