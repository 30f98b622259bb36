import Foundation

/// A real terminal for end-to-end tests: a tmux server of its own, one window of a fixed size,
/// running a shell where the test types commands and reads the screen back.
public final class TmuxSession {
    public let socket: String
    private static let counter = Counter()

    /// Whether tmux is installed; end-to-end tests skip with a message when it is not.
    public static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    /// Starts a shell in a `width`×`height` window, in `directory`.
    /// - Parameter stateHome: `XDG_STATE_HOME` for lede's state database; nil (the default) runs
    ///   with `LEDE_NO_STATE=1`, so no test depends on what an earlier one remembered.
    public init(width: Int = 120, height: Int = 40, directory: URL = Fixtures.packageRoot, stateHome: String? = nil) throws {
        socket = "lede-test-\(getpid())-\(Self.counter.next())"
        let state = stateHome.map { "XDG_STATE_HOME=\($0)" } ?? "LEDE_NO_STATE=1"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-c", directory.path,
                  "env", "-i", "PATH=/usr/bin:/bin", "HOME=\(NSTemporaryDirectory())", "TERM=tmux-256color", "LANG=C.UTF-8", state,
                  "PS1=$ ", "bash", "--norc", "--noprofile"])
        try tmux(["set-option", "-g", "status", "off"])
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Types `text` followed by Enter.
    public func run(_ command: String) throws {
        try tmux(["send-keys", "-l", command])
        try tmux(["send-keys", "Enter"])
    }

    /// Sends tmux key names (`j`, `Enter`, `Escape`, `C-c`, `PageDown` …), one by one.
    public func press(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", key]) }
    }

    /// Types literal text.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-l", text])
    }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen as lines (`escapes`: with colour and attribute escape sequences).
    public func screen(escapes: Bool = false) throws -> [String] {
        let text = try tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []))
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Waits until `condition` holds for the screen (up to `timeout` seconds); returns the last screen.
    @discardableResult
    public func waitFor(timeout: Double = 10, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try screen()
        while !condition(last) {
            guard Date() < deadline else { return last }
            Thread.sleep(forTimeInterval: 0.05)
            last = try screen()
        }
        return last
    }

    /// Waits until the screen stays the same for `settle` seconds (up to `timeout`); returns it.
    @discardableResult
    public func waitForStillScreen(settle: Double = 0.4, timeout: Double = 10) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try screen()
        while Date() < deadline {
            Thread.sleep(forTimeInterval: settle)
            let now = try screen()
            if now == last { return now }
            last = now
        }
        return last
    }

    /// Waits until some line of the screen contains `text`.
    @discardableResult
    public func waitFor(text: String, timeout: Double = 10) throws -> [String] {
        try waitFor(timeout: timeout) { $0.contains { $0.contains(text) } }
    }

    /// Runs a tmux client with posix_spawn and waitpid: Foundation's Process would wait for the
    /// tmux server too, since the server inherits the client's descriptors.
    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        let outputPath = NSTemporaryDirectory() + "lede-tmux-\(getpid())-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-L", socket] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        // Test threads may block signals; the tmux server and the programs in it must not inherit
        // that, or SIGWINCH would never reach the program under test.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int { lock.withLock { value += 1; return value } }
    }
}

/// The built `lede` executable, beside the test binary.
public enum LedeBinary {
    public static var url: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("lede")
    }

    /// Runs `lede` with `arguments`, returning exit code, standard output and standard error.
    /// - Parameter stdinFile: a file (or device) to read standard input from, instead of `stdin`.
    public static func run(_ arguments: [String], stdin: Data? = nil, stdinFile: String? = nil, environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        // No state unless a test asks for it (with XDG_STATE_HOME): the real home is never touched.
        env["LEDE_NO_STATE"] = "1"
        env["XDG_STATE_HOME"] = nil
        for (key, value) in environment { env[key] = value }
        if environment["XDG_STATE_HOME"] != nil, environment["LEDE_NO_STATE"] == nil { env["LEDE_NO_STATE"] = nil }
        process.environment = env
        let output = Pipe(), error = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = error
        if let stdinFile {
            guard let handle = FileHandle(forReadingAtPath: stdinFile) else { throw POSIXError(.ENOENT) }
            process.standardInput = handle
        } else {
            process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        }
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(stdin)
            try input.fileHandleForWriting.close()
        }
        // Read both pipes at once so a full pipe never blocks the child.
        let errorData = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData.data = error.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData.data, as: UTF8.self))
    }

    private final class DataBox: @unchecked Sendable {
        var data = Data()
    }
}

extension TmuxSession {
    /// Starts `lede arguments` in a new session and waits for its first screen. The shell then
    /// prints `EXIT=code STTY=same|changed` when lede ends (see `exitLine`). Nil, with the reason
    /// printed, when tmux is not installed.
    /// `pipingFrom`: a file piped into lede's standard input (`cat FILE | lede …`).
    /// `waitingForScreen`: false when lede draws nothing until it is given input (`lede -`).
    public static func startLede(_ arguments: String = "", width: Int = 120, height: Int = 40, pipingFrom file: String? = nil, stateHome: String? = nil,
                                 waitingForScreen: Bool = true) throws -> TmuxSession? {
        guard isAvailable else { print("skipped: tmux is not installed"); return nil }
        let session = try TmuxSession(width: width, height: height, stateHome: stateHome)
        let pipe = file.map { "cat '\($0)' | " } ?? ""
        // The markers never appear in the typed command itself, so waiting for them cannot match early.
        try session.run("s=$(stty -g); \(pipe)\(LedeBinary.url.path) \(arguments); echo EXIT=$? STTY=$([ \"$(stty -g)\" = \"$s\" ] && echo same || echo changed)")
        if waitingForScreen { try session.waitFor(text: "? help") }
        return session
    }

    /// The `EXIT=… STTY=…` line the shell prints once lede has ended.
    /// (Waited for up to 30 s: once, in a parallel test run on a loaded machine, the line had not
    /// come within the default 10 s of quitting a reader that had loaded an 8 MB page.)
    public func exitLine() throws -> String? {
        try waitFor(timeout: 30) { $0.contains(where: Self.isExitLine) }.first(where: Self.isExitLine)
    }

    /// `EXIT=0 STTY=same` as the shell prints it, not the typed command wrapped so that a screen
    /// line happens to start with `EXIT=$? STTY=$(…`.
    static func isExitLine(_ line: String) -> Bool {
        guard line.hasPrefix("EXIT="), let space = line.firstIndex(of: " ") else { return false }
        let status = line[line.index(line.startIndex, offsetBy: 5)..<space]
        return !status.isEmpty && status.allSatisfy(\.isNumber) && ["STTY=same", "STTY=changed"].contains(line[line.index(after: space)...])
    }
}
