import Foundation
import LedeCore

/// Opens a web address in the user's browser, as `$BROWSER` names it: a `:`-separated list of
/// commands, the first one used; `%s` in it stands for the address, else the address is its last
/// argument. The command is run directly, never through a shell, with no terminal (the reader
/// keeps the screen), and nothing runs when `$BROWSER` is unset.
public enum Browser {
    /// The command line for `address` under `browser` (the variable's value), or nil when it names none.
    public static func command(for address: String, browser: String?) -> [String]? {
        guard let first = browser?.split(separator: ":").first else { return nil }
        let words = first.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return nil }
        // `'%s'` is written for programs that hand $BROWSER to a shell; run with no shell, its
        // quotes would reach the browser as part of the address.
        let expanded = words.map { expand(unquoted($0), address: address) }
        if expanded.contains(where: \.named) { return expanded.map(\.word) }
        return expanded.map(\.word) + [address]
    }

    /// `word` with `%s` as the address and `%%` as `%`, and whether it named the address.
    static func expand(_ word: String, address: String) -> (word: String, named: Bool) {
        guard word.contains("%") else { return (word, false) }
        var result = "", named = false, characters = word.makeIterator()
        while let character = characters.next() {
            guard character == "%" else { result.append(character); continue }
            switch characters.next() {
            case "s"?: result += address; named = true
            case "%"?: result.append("%")
            case let other?: result.append("%"); result.append(other)
            case nil: result.append("%")
            }
        }
        return (result, named)
    }

    /// Starts the browser on `address`, and says what happened in a line for the status line.
    public static func open(_ address: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let shown = TextLayout.truncate(Sanitizer.clean(address), width: 60)
        guard let command = command(for: address, browser: environment["BROWSER"]) else {
            return "set $BROWSER to open \(shown)"
        }
        // Found here rather than by /usr/bin/env, which reported no missing command: the status
        // line said "opened" for a browser that was never there.
        guard let executable = executable(named: command[0], searchPath: environment["PATH"]) else {
            return "could not start \(Sanitizer.clean(command[0])): \(whyNotCommand(command[0]))"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(command.dropFirst())
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            // A launcher (xdg-open, open) answers at once; a browser runs on. A command that
            // fails at once is said to fail, not to have opened the page.
            let deadline = Date().addingTimeInterval(failureWait)
            while process.isRunning, Date() < deadline { usleep(10_000) }
            if !process.isRunning, process.terminationStatus != 0 {
                return "could not open \(shown): \(Sanitizer.clean(command[0])) exited with status \(process.terminationStatus)"
            }
            return "opened \(shown) in \(Sanitizer.clean(command[0]))"
        } catch {
            return "could not start \(Sanitizer.clean(command[0])): \(error.localizedDescription)"
        }
    }

    /// How long to wait for the command to fail before calling the page opened (seconds).
    static let failureWait = 0.3

    /// The executable file `name` names: itself when it holds a `/`, else the first in the
    /// `:`-separated `searchPath` folders, as a shell finds it; nil when there is none.
    static func executable(named name: String, searchPath: String?) -> String? {
        if name.contains("/") { return isCommand(name) ? name : nil }
        let folders = (searchPath ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":", omittingEmptySubsequences: false)
        return folders.lazy.map { ($0.isEmpty ? "." : String($0)) + "/" + name }.first { isCommand($0) }
    }

    /// Whether `path` is a file that may be run (a folder's search permission is no command).
    static func isCommand(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }

    /// Why `name` could not be run, in words: a path to a folder or to a file without the
    /// permission to run it is there, but no command.
    static func whyNotCommand(_ name: String) -> String {
        var isFolder: ObjCBool = false
        guard name.contains("/"), FileManager.default.fileExists(atPath: name, isDirectory: &isFolder) else { return "no such command" }
        return isFolder.boolValue ? "a folder, not a command" : "not executable (chmod +x it)"
    }

    /// `word` without the single or double quotes around it whole.
    static func unquoted(_ word: String) -> String {
        guard word.count >= 2, let first = word.first, first == "'" || first == "\"", word.last == first else { return word }
        return String(word.dropFirst().dropLast())
    }
}
