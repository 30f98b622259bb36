import Foundation
import LedeTestSupport
import Testing

/// The terminal always comes back as it was, and page text never controls it.
@Suite(.serialized)
struct TerminalSafetyTests {
    let lede = LedeBinary.url.path

    func start(_ arguments: String = "", width: Int = 100, height: Int = 30) throws -> TmuxSession? {
        try TmuxSession.startLede(arguments, width: width, height: height)
    }

    func result(of session: TmuxSession) throws -> String? {
        try session.exitLine()
    }

    /// The pid of the program running in the session's shell.
    func programPID(_ session: TmuxSession) throws -> pid_t? {
        let shell = try session.tmux(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }

    @Test func aHostilePageCannotRetitleTheWindowOrClearTheScreen() throws {
        let page = try HostilePages.write(Data(HostilePages.escapes.utf8), named: "hostile.txt")
        defer { HostilePages.remove(page.deletingLastPathComponent()) }
        guard let session = try start(page.path) else { return }
        let before = try session.tmux(["display-message", "-p", "#{pane_title}"])
        let screen = try session.screen()
        #expect(screen.contains { $0.contains("Harbour gates hold after the storm") })
        #expect(screen.contains { $0.contains("The tide rose red over the quay") })
        #expect(try session.tmux(["display-message", "-p", "#{pane_title}"]) == before)
        #expect(!before.contains("PWNED"))
        #expect(!(try session.screen(escapes: true)).joined().contains("PWNED"))
        try session.press("q")
        #expect(try result(of: session) == "EXIT=0 STTY=same")
    }

    @Test func sigtermSighupAndCtrlCRestoreTheTerminal() throws {
        for (signal, code) in [(SIGTERM, 143), (SIGHUP, 129)] {
            guard let session = try start() else { return }
            guard let pid = try programPID(session) else { Issue.record("no lede process"); return }
            kill(pid, signal)
            #expect(try result(of: session) == "EXIT=\(code) STTY=same", "signal \(signal)")
        }
        guard let session = try start() else { return }
        try session.press("C-c")
        #expect(try result(of: session) == "EXIT=130 STTY=same")
    }

    /// Ctrl-\ (SIGQUIT) is a way to stop, not a crash: Swift's backtracer once caught it, drew its
    /// report over the screen with the terminal still raw, and left the reader running.
    @Test func ctrlBackslashAndSigquitRestoreTheTerminalAndKeepTheMarks() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        guard let session = try TmuxSession.startLede(folder.pages, width: 100, height: 30, stateHome: folder.stateHome) else { return }
        try session.press("m")
        _ = try session.waitFor { $0.last?.contains("marked read") == true }
        try session.press("C-\\")
        #expect(try result(of: session) == "EXIT=131 STTY=same")
        // The shell's prompt comes back at the left margin (no staircase), with no crash report.
        let screen = try session.waitFor { $0.last(where: { !$0.isEmpty })?.hasPrefix("$") == true }
        #expect(screen.last(where: { !$0.isEmpty })?.hasPrefix("$") == true, "\(screen)")
        #expect(!screen.contains { $0.contains("crashed") || $0.contains("Backtrace") }, "\(screen)")
        #expect(try folder.counts()["read"] == 1)

        guard let killed = try start() else { return }
        guard let pid = try programPID(killed) else { Issue.record("no lede process"); return }
        kill(pid, SIGQUIT)
        #expect(try result(of: killed) == "EXIT=131 STTY=same")
        #expect(!(try killed.screen()).contains { $0.contains("crashed") })
    }

    @Test func aCrashSignalStillGivesTheTerminalBack() throws {
        for (signal, code) in [(SIGABRT, 134), (SIGSEGV, 139)] {
            guard let session = try start() else { return }
            guard let pid = try programPID(session) else { Issue.record("no lede process"); return }
            kill(pid, signal)
            let line = try result(of: session)
            // The shell may add "(core dumped)" on its own line; the status and the tty are what count.
            #expect(line == "EXIT=\(code) STTY=same", "signal \(signal)")
            #expect(try session.screen().contains { $0.contains("lede: crashed; terminal restored") })
        }
    }

    /// The state letter of process `pid` (`T`: stopped), from /proc/PID/stat.
    func processState(_ pid: pid_t) -> String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.range(of: ") ", options: .backwards) else { return nil }
        return stat[end.upperBound...].split(separator: " ").first.map(String.init)
    }

    /// Waits until process `pid` is in `state` (up to 5 s); returns the last state seen.
    func waitForState(_ pid: pid_t, _ state: String) -> String? {
        let deadline = Date().addingTimeInterval(5)
        var last = processState(pid)
        while last != state, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            last = processState(pid)
        }
        return last
    }

    /// Suspends lede (`stop` does it: Ctrl-Z, or a signal from outside), checks it is stopped
    /// with the shell's terminal given back, resizes the window meanwhile, and brings it back
    /// with `fg`: the whole screen is drawn again at the new size and keys work.
    func suspendResizeAndResume(_ session: TmuxSession, stop: (pid_t) throws -> Void) throws {
        guard let pid = try programPID(session) else { Issue.record("no lede process"); return }
        try stop(pid)
        #expect(waitForState(pid, "T") == "T")
        _ = try session.waitFor { $0.contains { $0.contains("Stopped") } }
        let check = "[ \"$(stty -g)\" = \"$s\" ] && echo same || echo changed"
        try session.run("echo WHILE-STOPPED=$(\(check))")
        let stopped = try session.waitFor { $0.contains { ["WHILE-STOPPED=same", "WHILE-STOPPED=changed"].contains($0) } }
        #expect(stopped.contains("WHILE-STOPPED=same"))
        // The shell has the terminal: a resize now sends lede no SIGWINCH.
        try session.resize(width: 80, height: 24)
        try session.run("clear; fg")
        var screen = try session.waitFor { $0.count == 24 && $0.last?.hasSuffix("list · ? help") == true }
        #expect(processState(pid) != "T")
        #expect(screen.count == 24 && screen.last?.hasSuffix("list · ? help") == true, "\(screen)")
        #expect(screen.last?.hasPrefix(" 1/4") == true, "\(screen)")
        #expect(screen.allSatisfy { $0.count <= 80 })
        #expect(screen.contains { $0.contains("Tidal barrier holds") }, "\(screen)")
        #expect(!screen.contains { $0.contains("fg") || $0.contains("WHILE-STOPPED") }, "\(screen)")
        try session.press("j")
        screen = try session.waitFor { $0.last?.hasPrefix(" 2/4") == true }
        #expect(screen.last?.hasPrefix(" 2/4") == true, "\(screen)")
        try session.press("Q")
        try session.run("echo AFTER-QUIT=$(\(check))")
        let end = try session.waitFor { $0.contains { ["AFTER-QUIT=same", "AFTER-QUIT=changed"].contains($0) } }
        #expect(end.contains("AFTER-QUIT=same"))
        #expect(processState(pid) == nil)
    }

    /// Ctrl-Z at the terminal (SIGTSTP), and SIGTSTP sent from outside. (Before the reader
    /// handled SIGTSTP itself, ncurses's own handler did this under a shell, inside the handler.)
    @Test func suspendAndResumeRedrawsTheScreen() throws {
        guard let session = try start() else { return }
        try suspendResizeAndResume(session) { _ in try session.press("C-z") }
        guard let killed = try start() else { return }
        try suspendResizeAndResume(killed) { kill($0, SIGTSTP) }
    }

    /// With no suspend character (`stty susp undef`, or a terminal in raw mode) Ctrl-Z comes as a
    /// key, and the reader suspends itself.
    @Test func ctrlZAsAKeySuspendsTheReader() throws {
        guard TmuxSession.isAvailable else { print("skipped: tmux is not installed"); return }
        let session = try TmuxSession(width: 100, height: 30)
        try session.run("stty susp undef; s=$(stty -g); \(lede)")
        try session.waitFor(text: "? help")
        try suspendResizeAndResume(session) { _ in try session.press("C-z") }
    }

    /// A suspended reader ends when the shell kills it (`kill %1` sends SIGTERM, then SIGCONT to
    /// the stopped job), without taking the terminal back from the shell: it stayed stopped, and
    /// drew over the shell's screen once brought back (QA).
    @Test func aSuspendedReaderKilledByTheShellEndsAtOnce() throws {
        guard TmuxSession.isAvailable else { print("skipped: tmux is not installed"); return }
        let session = try TmuxSession(width: 100, height: 30)
        try session.run("LEDE_NO_STATE=1 \(lede)")
        try session.waitFor(text: "? help")
        guard let pid = try programPID(session) else { Issue.record("no lede process"); return }
        try session.press("C-z")
        #expect(waitForState(pid, "T") == "T")
        _ = try session.waitFor { $0.contains { $0.contains("Stopped") } }
        try session.run("kill %1; sleep 0.5; jobs; echo KILLED")
        let screen = try session.waitFor { $0.contains("KILLED") }
        #expect(screen.contains { $0.contains("Exit 143") }, "\(screen)")
        // (Reaped by the shell before `jobs` printed, so no longer a process at all.)
        #expect(processState(pid) == nil)
    }

    /// Run with no shell (the window's own program), nothing could bring the reader back: the
    /// system does not stop it, and the status line says so instead of nothing happening.
    @Test func ctrlZWithNoJobControlSaysWhyItDoesNotSuspend() throws {
        guard TmuxSession.isAvailable else { print("skipped: tmux is not installed"); return }
        let session = try TmuxSession(width: 100, height: 30)
        try session.tmux(["respawn-pane", "-k", "env", "TERM=tmux-256color", "LANG=C.UTF-8", "LEDE_NO_STATE=1", lede])
        try session.waitFor(text: "? help")
        try session.press("C-z")
        var screen = try session.waitFor(text: "cannot suspend")
        #expect(screen.last?.contains("cannot suspend") == true, "\(screen)")
        try session.press("j")
        screen = try session.waitFor { $0.last?.hasPrefix(" 2/4") == true }
        #expect(screen.last?.hasPrefix(" 2/4") == true, "\(screen)")
        #expect(screen.contains { $0.contains("Tidal barrier holds") })
    }

    @Test func aResizeStormDoesNotCrashAndTheLastSizeWins() throws {
        guard let session = try start() else { return }
        for step in 0..<40 { try session.resize(width: 40 + step * 3 % 90, height: 10 + step % 25) }
        try session.resize(width: 70, height: 20)
        let screen = try session.waitFor { $0.count == 20 && $0.last?.contains("list · ? help") == true }
        #expect(screen.allSatisfy { $0.count <= 70 })
        try session.press("q")
        #expect(try result(of: session) == "EXIT=0 STTY=same")
    }

    @Test func aPartlyBadSetOfInputsOpensWithTheGoodPagesAndANote() throws {
        let good = Fixtures.packageRoot.appendingPathComponent("Samples/harbor-front.txt").path
        guard let session = try start("\(good) /no/such/page.txt") else { return }
        let screen = try session.screen()
        #expect(screen.contains { $0.contains("Tidal barrier holds") })
        #expect(screen.last?.contains("/no/such/page.txt: no such file or folder") == true)
        try session.press("q")
        _ = try result(of: session)
    }

    @Test func aTerminalThatCannotMoveTheCursorGetsAClearMessage() throws {
        guard TmuxSession.isAvailable else { print("skipped: tmux is not installed"); return }
        let session = try TmuxSession(width: 100, height: 10)
        try session.run("TERM=dumb \(lede); echo EXIT=$?")
        let screen = try session.waitFor { $0.contains { $0.hasPrefix("EXIT=") && $0.count > 5 && $0.dropFirst(5).allSatisfy(\.isNumber) } }
        #expect(screen.joined().contains("lede: TERM=dumb cannot move the cursor, so the full-screen reader cannot run; use lede dump"))
        #expect(screen.contains("EXIT=2"))
    }
}
