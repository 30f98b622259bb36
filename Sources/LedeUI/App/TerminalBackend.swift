/// Input as the reader sees it.
public enum InputEvent: Sendable, Equatable {
    case key(Key)
    case mouse(MouseEvent)
    case resized(Size)
    /// Suspend, as Ctrl-Z asks (the terminal's SIGTSTP, or `kill -TSTP`).
    case suspend
    /// Text pasted into the terminal, which marks a paste's start and end (bracketed paste):
    /// text for the search prompt, never keys to run.
    case paste(String)
}

/// A place the reader can draw and read input: ncurses in the program, `TestBackend` in tests.
public protocol TerminalBackend {
    /// The screen's size now.
    var size: Size { get }
    /// Shows `canvas`, sending only the cells that changed since the last frame.
    mutating func draw(_ canvas: Canvas)
    /// Makes the next `draw` send every cell, whatever the terminal is thought to show.
    mutating func redrawAll()
    /// The next input, waiting at most `timeoutMilliseconds`; nil when nothing came.
    mutating func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// Gives the terminal back and stops the program until it is continued (`fg`), then takes
    /// the terminal again; the next frame is drawn whole. Returns why, when it could not stop.
    mutating func suspend() -> String?
}
