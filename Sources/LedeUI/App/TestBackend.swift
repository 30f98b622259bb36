/// An in-memory terminal: scripted input, and the last frame kept for assertions.
public struct TestBackend: TerminalBackend {
    public private(set) var size: Size
    public private(set) var frame: Canvas
    public private(set) var framesDrawn = 0
    /// Input still to be delivered, in order. `nil` stands for a timeout with nothing typed.
    /// When it runs out, the backend types Ctrl-C so a scripted run always ends.
    public var pending: [InputEvent?]

    public init(size: Size, events: [InputEvent?] = []) {
        self.size = size
        frame = Canvas(size: size)
        pending = events
    }

    public mutating func draw(_ canvas: Canvas) {
        frame = canvas
        framesDrawn += 1
    }

    /// How many times the reader asked for a full redraw.
    public private(set) var fullRedraws = 0

    public mutating func redrawAll() { fullRedraws += 1 }

    /// How many times the reader suspended itself (Ctrl-Z).
    public private(set) var suspends = 0

    /// Counts the suspend, and asks for the full redraw a real terminal needs after one.
    public mutating func suspend() -> String? {
        suspends += 1
        fullRedraws += 1
        return nil
    }

    public mutating func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard !pending.isEmpty else { return .key(.control("c")) }
        let event = pending.removeFirst()
        if case .resized(let newSize)? = event { size = newSize }
        return event
    }
}
