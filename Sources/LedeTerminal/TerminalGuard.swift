import CNcursesw
import Glibc

/// Restores the terminal when the program is stopped from outside: signals set a flag that the
/// run loop checks, and crash signals reset the screen before the program dies.
public enum TerminalGuard {
    /// The signal that asked us to stop (SIGINT, SIGTERM, SIGHUP, SIGQUIT), or 0.
    nonisolated(unsafe) public static var stopSignal: sig_atomic_t = 0
    /// 1 while curses owns the screen, so crash handlers know to restore it.
    nonisolated(unsafe) static var cursesActive: sig_atomic_t = 0
    /// The terminal mode before curses changed it, restored on a crash.
    nonisolated(unsafe) static var savedMode = termios()
    nonisolated(unsafe) static var hasSavedMode: sig_atomic_t = 0
    /// 1 when SIGTSTP (Ctrl-Z at the terminal, `kill -TSTP`) asked the reader to suspend; the
    /// run loop does it, as curses cannot be left safely inside a signal handler.
    nonisolated(unsafe) static var suspendRequested: sig_atomic_t = 0
    /// 1 when SIGCONT continued the process (after a suspend, or a SIGSTOP from outside).
    nonisolated(unsafe) static var continued: sig_atomic_t = 0

    /// The descriptor keys are read from (standard input, or /dev/tty under a pipe).
    nonisolated(unsafe) static var terminal: Int32 = STDIN_FILENO

    static func install(terminal descriptor: Int32) {
        terminal = descriptor
        if tcgetattr(descriptor, &savedMode) == 0 { hasSavedMode = 1 }
        // SIGQUIT (Ctrl-\) too: left to Swift's runtime, its backtracer printed a crash report
        // over the screen in raw mode and kept the reader running. Installed here, after the
        // runtime's own handler, so ours is the one that runs.
        for stop in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            signal(stop) { number in TerminalGuard.stopSignal = number }
        }
        // Installed before curses starts, so ncurses does not put in its own SIGTSTP handler
        // (which leaves curses inside the handler).
        catchSuspend()
        signal(SIGCONT) { _ in TerminalGuard.continued = 1 }
        for crash in [SIGABRT, SIGSEGV, SIGILL, SIGBUS, SIGFPE, SIGTRAP] {
            signal(crash) { number in
                TerminalGuard.restoreAfterCrash()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    /// SIGTSTP asks the run loop to suspend.
    private static func catchSuspend() {
        signal(SIGTSTP) { _ in TerminalGuard.suspendRequested = 1 }
    }

    /// Whether a suspend was asked for by SIGTSTP since the last call.
    static func takeSuspendRequest() -> Bool {
        guard suspendRequested == 1 else { return false }
        suspendRequested = 0
        return true
    }

    /// Whether SIGCONT continued the process since the last call.
    static func takeContinued() -> Bool {
        guard continued == 1 else { return false }
        continued = 0
        return true
    }

    /// Stops the process as Ctrl-Z does (SIGTSTP's default action) and returns once it is
    /// continued (`fg`). The terminal must be given back first.
    /// - Returns: false when the system did not stop it: in a process group no shell controls
    ///   (lede run as a window's own program), where nothing could continue it, POSIX has
    ///   SIGTSTP's stop discarded.
    static func stopUntilContinued() -> Bool {
        continued = 0
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        // Stopped and continued, SIGCONT's handler has run, or runs a moment later on another
        // thread; not stopped, no SIGCONT comes.
        var waited = 0
        while continued == 0, waited < 100 {
            usleep(1000)
            waited += 1
        }
        catchSuspend()
        suspendRequested = 0
        return takeContinued()
    }

    /// Async-signal-safe: raw writes and tcsetattr only.
    static func restoreAfterCrash() {
        guard cursesActive == 1 else { return }
        // Leave the alternate screen, show the cursor, reset attributes, mouse reporting and bracketed paste.
        let reset: StaticString = "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[?2004l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
        _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
        if hasSavedMode == 1 { _ = tcsetattr(terminal, TCSAFLUSH, &savedMode) }
        let note: StaticString = "lede: crashed; terminal restored\n"
        _ = write(STDERR_FILENO, note.utf8Start, note.utf8CodeUnitCount)
    }
}
