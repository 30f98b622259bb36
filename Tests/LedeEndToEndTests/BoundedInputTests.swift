import Foundation
import LedeTestSupport
import Testing

/// Standard input, themes and config.toml are read with limits: endless or binary input ends at
/// once with a message, never a hang or a machine out of memory.
@Suite struct BoundedInputTests {
    @Test func zerosOnStandardInputAreRefusedAsBinaryAtOnce() throws {
        let result = try LedeBinary.run(["dump", "-"], stdinFile: "/dev/zero")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "lede: standard input: binary data (contains NUL bytes), skipped\n")
    }

    @Test func endlessTextOnStandardInputStopsAtThePageLimit() throws {
        // `yes` writes until the pipe closes; lede stops reading at the limit (1 GB) and exits.
        let lede = LedeBinary.url.path
        let output = NSTemporaryDirectory() + "lede-yes-\(UUID().uuidString)"
        defer { unlink(output) }
        let status = try Shell.run("yes Headline | '\(lede)' dump - > /dev/null 2> '\(output)'")
        #expect(status == 1)
        #expect(try String(contentsOfFile: output, encoding: .utf8)
            == "lede: standard input: too large for a page (over 1024 MB; pages up to 1024 MB are read), skipped\n")
    }

    @Test func aHugeFileRedirectedToStandardInputIsRefusedUnread() throws {
        let folder = try ConfigFolder()
        defer { folder.remove() }
        let huge = folder.url.appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        #expect(truncate(huge, (1 << 30) + (1 << 20)) == 0)  // sparse: no disk used
        let result = try LedeBinary.run(["dump", "-"], stdinFile: huge)
        #expect(result.status == 1)
        #expect(result.stderr == "lede: standard input: too large for a page (1025 MB; pages up to 1024 MB are read), skipped\n")
    }

    @Test func pagesOnStandardInputStillLoad() throws {
        let page = "Harbour gates hold\n\nThe tide rose over the old quay wall and the gates held fast all night long, said the engineers.\n"
        let result = try LedeBinary.run(["dump", "-"], stdin: Data(page.utf8))
        #expect(result.status == 0)
        // (A page this short is marked unsure: no line of it stands out as an article.)
        #expect(result.stdout.hasPrefix("== - — 1 story\n\n[article"))
        #expect(result.stdout.contains("] Harbour gates hold\n\nThe tide rose over the old quay wall"))
    }
}

/// An unreadable config.toml is reported once, on standard error, and the defaults are used.
@Suite struct UnreadableConfigTests {
    let defaultMarked = "* default        The terminal's own colours"

    func themes(withConfig make: (String) throws -> Void) throws -> (status: Int32, stdout: String, stderr: String, path: String) {
        let folder = try ConfigFolder()
        defer { folder.remove() }
        try make(folder.config.path)
        let result = try LedeBinary.run(["themes"], environment: folder.environment)
        return (result.status, result.stdout, result.stderr, folder.config.path)
    }

    @Test func aFolderNamedConfigTomlIsReportedAndTheDefaultsUsed() throws {
        let result = try themes { try FileManager.default.createDirectory(atPath: $0, withIntermediateDirectories: false) }
        #expect(result.status == 0)
        #expect(result.stdout.contains(defaultMarked))
        #expect(result.stderr == "lede: \(result.path): not a regular file (a folder, pipe or device); using the default settings\n")
    }

    @Test func aNamedPipeIsReportedWithoutWaitingForAWriter() throws {
        let result = try themes { #expect(mkfifo($0, 0o644) == 0) }
        #expect(result.status == 0)
        #expect(result.stdout.contains(defaultMarked))
        #expect(result.stderr == "lede: \(result.path): not a regular file (a folder, pipe or device); using the default settings\n")
    }

    @Test func aLinkToDevZeroIsReportedNotRead() throws {
        let result = try themes { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: "/dev/zero") }
        #expect(result.status == 0)
        #expect(result.stderr == "lede: \(result.path): not a regular file (a folder, pipe or device); using the default settings\n")
    }

    @Test func aHugeConfigIsReportedNotParsed() throws {
        let result = try themes { try Data(("theme = \"dark\"\n" + String(repeating: "# a comment line\n", count: 1_200_000)).utf8).write(to: URL(fileURLWithPath: $0)) }
        #expect(result.status == 0)
        #expect(result.stdout.contains(defaultMarked))
        #expect(result.stderr == "lede: \(result.path): too large (19 MB; settings files are read up to 64 kB); using the default settings\n")
    }

    @Test func aConfigWithoutReadPermissionIsReported() throws {
        guard geteuid() != 0 else {
            print("skipped: running as root, which reads files whatever their permissions")
            return
        }
        let result = try themes {
            try Data("theme = \"dark\"\n".utf8).write(to: URL(fileURLWithPath: $0))
            #expect(chmod($0, 0) == 0)
        }
        #expect(result.status == 0)
        #expect(result.stdout.contains(defaultMarked))
        #expect(result.stderr == "lede: \(result.path): permission denied; using the default settings\n")
    }

    @Test func theReaderSaysItOnceBeforeUsingTheDefaults() throws {
        let folder = try ConfigFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.config, withIntermediateDirectories: false)
        // No terminal: the reader stops after choosing its theme, which is where config.toml is read.
        let result = try LedeBinary.run([Fixtures.packageRoot.appendingPathComponent("Samples").path], environment: folder.environment)
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first == "lede: \(folder.config.path): not a regular file (a folder, pipe or device); using the default settings")
    }
}
