import CNcursesw
import Glibc
import LedeCore
import LedeUI

/// The terminal backend: draws canvases with ncursesw and reads keys, mouse and resizes.
/// It is the only code that calls curses; create one, use it, and call `close()` on every exit.
public final class NcursesBackend: TerminalBackend {
    public enum Failure: Error, CustomStringConvertible {
        case notATerminal
        case cannotOpen(String)
        case cannotAddressCursor(String)
        public var description: String {
            switch self {
            case .notATerminal: return "the reader needs a terminal: standard output, and standard input or /dev/tty for keys"
            case .cannotOpen(let term): return "cannot open the terminal (TERM=\(term))"
            case .cannotAddressCursor(let term): return "TERM=\(term) cannot move the cursor, so the full-screen reader cannot run; use lede dump"
            }
        }
    }

    private let screen: OpaquePointer
    /// `/dev/tty`, opened when standard input is not the terminal (a page piped in).
    private let keyboard: UnsafeMutablePointer<FILE>?
    private var previous: Canvas?
    /// Whether the cursor is shown now (curs_set is asked only when that changes).
    private var cursorShown = false
    private var colorPairs: [PairKey: Int16] = [:]
    private var looks: [Style: Look] = [:]
    private let colorCount: Int
    private let useColor: Bool
    private var isOpen = true
    /// The terminal was given back by a suspend that the reader was ended in (`suspend()`).
    private var givenBack = false

    /// Takes over the terminal: alternate screen, raw keys, mouse, colours (unless `color` is false).
    /// Keys come from standard input when it is the terminal, else from `/dev/tty`, as less does.
    public init(color: Bool) throws {
        guard isatty(STDOUT_FILENO) == 1 else { throw Failure.notATerminal }
        keyboard = isatty(STDIN_FILENO) == 1 ? nil : fopen("/dev/tty", "r")
        guard let input = keyboard ?? (isatty(STDIN_FILENO) == 1 ? lede_stdin() : nil) else { throw Failure.notATerminal }
        TerminalGuard.install(terminal: fileno(input))
        Self.unblockTerminalSignals()
        Self.useUTF8Locale()
        set_escdelay(25)
        guard let screen = newterm(nil, lede_stdout(), input) else {
            if let keyboard { fclose(keyboard) }
            throw Failure.cannotOpen(Sanitizer.clean(String(cString: getenv("TERM") ?? strdup("unset"))))
        }
        self.screen = screen
        set_term(screen)
        // A terminal without cursor addressing (TERM=dumb) cannot show a full screen.
        let move = tigetstr("cup")
        if move == nil || move == UnsafeMutablePointer<CChar>(bitPattern: -1) {
            endwin()
            delscreen(screen)
            if let keyboard { fclose(keyboard) }
            throw Failure.cannotAddressCursor(Sanitizer.clean(String(cString: getenv("TERM") ?? strdup("unset"))))
        }
        cbreak()
        noecho()
        nonl()
        keypad(lede_stdscr(), true)
        BracketedPaste.start()
        curs_set(0)
        mousemask(lede_mouse_events(), nil)
        mouseinterval(0)
        useColor = color && has_colors()
        if useColor {
            start_color()
            use_default_colors()
        }
        colorCount = useColor ? Int(lede_colors()) : 0
        TerminalGuard.cursesActive = 1
    }

    deinit { close() }

    /// A parent may have started us with signals blocked; resizes and stop requests must get through.
    private static func unblockTerminalSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for number in [SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT] { sigaddset(&signals, number) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// ncurses measures and draws wide characters only under a UTF-8 locale; fall back to C.UTF-8.
    private static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(Int32(CODESET)))
        if codeset.uppercased().filter({ $0 != "-" }) != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// Gives the terminal back exactly as it was.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        TerminalGuard.cursesActive = 0
        // (Given back by a suspend the reader was ended in: ending curses again would reset the
        // terminal from the background, which stops the process before it can exit.)
        if !givenBack { BracketedPaste.stop(); endwin() }
        delscreen(screen)
        if let keyboard { fclose(keyboard) }
    }

    public var size: Size {
        Size(width: Int(lede_getmaxx(lede_stdscr())), height: Int(lede_getmaxy(lede_stdscr())))
    }

    public func draw(_ canvas: Canvas) {
        let full = previous?.size != canvas.size
        if full { erase() }
        let width = canvas.size.width
        // Cells are read in place, not copied out one by one: a full frame at 250x80 is 20,000 of
        // them. Runs of plain ASCII cells go to curses a run at a time (one column each, so
        // curses and the grid cannot disagree on where they are); other cells one by one. The
        // run and the last style's look are locals: the object's properties are checked for
        // exclusive access on every use.
        var run: [cchar_t] = []
        run.reserveCapacity(width)
        var last: (style: Style, look: Look)?
        canvas.cells.withUnsafeBufferPointer { cells in
            let old = full ? [] : previous?.cells ?? []
            old.withUnsafeBufferPointer { old in
                for y in 0..<canvas.size.height {
                    var runStart = 0
                    for x in 0..<width {
                        let cell = cells[y * width + x]
                        // The columns a wide character covers are continuations: curses fills them.
                        if cell.isContinuation || (!full && old[y * width + x] == cell) {
                            Self.send(&run, y: y, x: runStart)
                            continue
                        }
                        // Neighbouring cells mostly share a style: compare before hashing.
                        if last?.style != cell.style { last = (cell.style, look(of: cell.style)) }
                        let look = last!.look
                        // A run may not start where the last frame had the right half of a wide
                        // character: curses would take that half for an orphan and blank the cell
                        // to its left, which this frame has already drawn (a hole). One cell put
                        // on its own replaces the half and leaves its neighbours alone.
                        if let ascii = cell.asciiValue, !run.isEmpty || full || !old[y * width + x].isContinuation {
                            // The style's blank with the letter in it: what setcchar would make.
                            var complex = look.blank
                            complex.chars.0 = wchar_t(ascii)
                            if run.isEmpty { runStart = x }
                            run.append(complex)
                            continue
                        }
                        Self.send(&run, y: y, x: runStart)
                        put(cell, look: look, x: x, y: y)
                    }
                    Self.send(&run, y: y, x: runStart)
                }
            }
        }
        // Hidden but while a prompt is typed; curses leaves it where the last cell went otherwise.
        if let cursor = canvas.cursor {
            if !cursorShown { curs_set(1); cursorShown = true }
            move(Int32(cursor.y), Int32(cursor.x))
        } else if cursorShown {
            curs_set(0)
            cursorShown = false
        }
        refresh()
        previous = canvas
    }

    /// Sends a run of ASCII cells starting at column `x`, and empties it.
    private static func send(_ run: inout [cchar_t], y: Int, x: Int) {
        guard !run.isEmpty else { return }
        mvadd_wchnstr(Int32(y), Int32(x), run, Int32(run.count))
        run.removeAll(keepingCapacity: true)
    }

    /// The next frame is drawn whole and curses repaints the terminal from scratch (Ctrl-L).
    public func redrawAll() {
        previous = nil
        clearok(lede_stdscr(), true)
    }

    /// Gives the terminal back as it was and stops the process (Ctrl-Z); once it is continued
    /// (`fg`), takes the terminal again at the size it has now, and draws the next frame whole.
    /// - Returns: nil, or why the system did not stop it (then nothing else happened).
    public func suspend() -> String? {
        TerminalGuard.cursesActive = 0
        BracketedPaste.stop()
        endwin()
        let stopped = TerminalGuard.stopUntilContinued()
        // Ended while stopped (kill %1, or the shell exiting, sends the signal and then SIGCONT):
        // the terminal was given back already and may be another job's, so it is left alone
        // (taking it from the background would stop the reader again before it could end).
        if TerminalGuard.stopSignal != 0 { givenBack = true; return nil }
        TerminalGuard.cursesActive = 1
        resume()
        return stopped ? nil : "cannot suspend: no shell's job control here to bring the reader back"
    }

    /// Back after a suspend or a stop from outside: the terminal's mode as curses set it, its
    /// size now (resized meanwhile, the window sent its SIGWINCH to the shell, not to us), and
    /// every cell sent again, as another program had the screen.
    private func resume() {
        reset_prog_mode()
        BracketedPaste.start()
        var window = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_row > 0, window.ws_col > 0 {
            resizeterm(Int32(window.ws_row), Int32(window.ws_col))
        }
        redrawAll()
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        // SIGTSTP (Ctrl-Z at the terminal, kill -TSTP) is handled here, out of the signal handler.
        if TerminalGuard.takeSuspendRequest() { return .suspend }
        // Stopped and continued from outside (SIGSTOP, SIGCONT): the screen may be anything.
        if TerminalGuard.takeContinued() {
            resume()
            return .resized(size)
        }
        timeout(Int32(timeoutMilliseconds))
        var character: wint_t = 0
        let result = get_wch(&character)
        if result == ERR { return nil }
        if result == KEY_CODE_YES, Int32(character) == BracketedPaste.startKey { return BracketedPaste.read() }
        if result == KEY_CODE_YES { return functionKey(Int32(character)) }
        if character == 27, let alt = keyAfterEscape() { return .key(alt) }
        return KeyDecoding.key(forCharacter: UInt32(character)).map(InputEvent.key)
    }

    /// The Alt chord an Esc begins, when its key is already waiting (the terminal sent both at
    /// once); nil for an Esc pressed alone, and a waiting key that makes no chord is read next.
    private func keyAfterEscape() -> Key? {
        timeout(0)
        var next: wint_t = 0
        let result = get_wch(&next)
        if result == ERR { return nil }
        if result == KEY_CODE_YES {
            let code = Int32(next)
            // (Backspace comes as curses' key when the terminal's backspace is DEL, as most send it.)
            if code == KEY_BACKSPACE { return .alt(Key.altBackspace) }
            // A resize, a mouse event or a paste is none of a chord: read next, as it came.
            guard code != KEY_RESIZE, code != KEY_MOUSE, code != BracketedPaste.startKey,
                  let key = KeyDecoding.key(forFunctionKey: code) else { ungetch(code); return nil }
            // Alt and a key curses names (Alt-↑, Alt-Shift-Tab): no key here, said so by its name.
            return .unbound("Alt-" + key.label)
        }
        guard let alt = KeyDecoding.altKey(forCharacter: UInt32(next)) else { unget_wch(wchar_t(next)); return nil }
        return alt
    }

    // MARK: - Drawing

    private func put(_ cell: Cell, look: Look, x: Int, y: Int) {
        // The cell's scalars (at most five, as curses keeps): the first through setcchar, which
        // sets the look, and the rest written in after it, since setcchar stops at a second
        // spacing character and an emoji joined from several (👨‍👩‍👧) has them.
        let scalars = cell.scalars
        let first: [wchar_t] = [wchar_t(bitPattern: scalars.first?.value ?? 0x20), 0]
        var complex = cchar_t()
        setcchar(&complex, first, look.attributes, look.pair, nil)
        withUnsafeMutableBytes(of: &complex.chars) { raw in
            let characters = raw.bindMemory(to: wchar_t.self)
            for (index, scalar) in scalars.enumerated().dropFirst() where index < characters.count {
                characters[index] = wchar_t(bitPattern: scalar.value)
            }
        }
        mvadd_wch(Int32(y), Int32(x), &complex)
    }

    /// Curses attributes and colour pair of a style, worked out once per style.
    private func look(of style: Style) -> Look {
        if let known = looks[style] { return known }
        var attributes = lede_a_normal()
        if style.modifiers.contains(.bold) { attributes |= lede_a_bold() }
        if style.modifiers.contains(.dim) { attributes |= lede_a_dim() }
        if style.modifiers.contains(.italic) { attributes |= lede_a_italic() }
        if style.modifiers.contains(.underline) { attributes |= lede_a_underline() }
        if style.modifiers.contains(.reverse) { attributes |= lede_a_reverse() }
        let look = Look(attributes: attributes, pair: useColor ? colorPair(for: style) : 0)
        looks[style] = look
        return look
    }

    /// How curses shows a style: its attributes, its colour pair, and a blank cell in it.
    private struct Look {
        var attributes: attr_t
        var pair: Int16
        var blank = cchar_t()

        init(attributes: attr_t, pair: Int16) {
            self.attributes = attributes
            self.pair = pair
            let space: [wchar_t] = [0x20, 0]
            setcchar(&blank, space, attributes, pair, nil)
        }
    }

    private struct PairKey: Hashable { var foreground: Int; var background: Int }

    private func colorPair(for style: Style) -> Int16 {
        let indices = ColorMapping.indices(foreground: style.foreground, background: style.background, colors: colorCount)
        let key = PairKey(foreground: indices.foreground, background: indices.background)
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = colorPairs[key] { return pair }
        let pair = Int16(colorPairs.count + 1)
        guard Int(pair) < Int(lede_color_pairs()) else { return 0 }
        // Extended pairs take colour numbers past 32767: direct-colour terminals use 0xRRGGBB.
        init_extended_pair(Int32(pair), Int32(key.foreground), Int32(key.background))
        colorPairs[key] = pair
        return pair
    }

    // MARK: - Input

    private func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE: return .resized(size)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let state = event.bstate
            if state & lede_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, x: Int(event.x), y: Int(event.y))) }
            if state & lede_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, x: Int(event.x), y: Int(event.y))) }
            if state & (lede_button1_pressed() | lede_button1_clicked()) != 0 {
                return .mouse(MouseEvent(.press, x: Int(event.x), y: Int(event.y)))
            }
            return nil
        default:
            return KeyDecoding.key(forFunctionKey: code).map(InputEvent.key)
        }
    }
}
