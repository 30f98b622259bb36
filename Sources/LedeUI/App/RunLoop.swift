import Foundation
import LedeCore

/// The reader's loop: draw, wait for input or background news, reduce, repeat until quit.
public struct RunLoop {
    public var theme: Theme
    public var inbox: ActionInbox
    /// Checked between events: set by a signal handler to stop cleanly.
    public var shouldStop: () -> Bool
    /// Called once after the first frame is on screen (benchmarks time start-up with it).
    public var afterFirstFrame: () -> Void
    /// Called after every frame drawn (benchmarks wait for a frame with the marks in it).
    public var afterFrame: () -> Void = {}
    /// Takes each change for the state database (the writer batches them off this thread).
    public var remember: (StateChange) -> Void
    /// Opens a web address (`o`), returning a note for the status line. `Browser.open` by default.
    public var openURL: (String) -> String = { Browser.open($0) }

    public init(theme: Theme, inbox: ActionInbox = ActionInbox(), shouldStop: @escaping () -> Bool = { false }, afterFirstFrame: @escaping () -> Void = {},
                remember: @escaping (StateChange) -> Void = { _ in }) {
        self.theme = theme
        self.remember = remember
        self.inbox = inbox
        self.shouldStop = shouldStop
        self.afterFirstFrame = afterFirstFrame
    }

    /// Runs until `q` (or `shouldStop`), returning the final state.
    @discardableResult
    public func run<Backend: TerminalBackend>(_ state: AppState, backend: inout Backend) -> AppState {
        var state = state
        state.size = backend.size
        state.clampScrolling()
        var needsDraw = true
        var firstFrame = true
        var indexBuilds = IndexBuilds()
        if state.index == nil, state.loading == nil, indexBuilds.ask() { buildIndex(for: state.library) }
        while !shouldStop() {
            if needsDraw {
                backend.draw(Screen.render(state, theme: theme))
                needsDraw = false
                if firstFrame { firstFrame = false; afterFirstFrame() }
                afterFrame()
            }
            var actions: [Action] = inbox.drain()
            if actions.isEmpty, let event = backend.nextEvent(timeoutMilliseconds: 100) {
                actions.append(event.action)
            }
            for action in actions + inbox.drain() {
                needsDraw = true
                if case .indexReady = action, indexBuilds.ended() { buildIndex(for: state.library) }
                for effect in reduce(&state, action) {
                    switch effect {
                    case .quit: return state
                    case .buildIndex: if indexBuilds.ask() { buildIndex(for: state.library) }
                    case .redraw: backend.redrawAll()
                    case .suspend:
                        let note = backend.suspend()
                        // Back at whatever size the terminal has now.
                        _ = reduce(&state, .resized(backend.size))
                        if let note { state.message = note }
                    case .remember(let change): remember(change)
                    case .openURL(let address): state.message = openURL(address)
                    }
                }
            }
        }
        return state
    }

    /// Builds the search index on another thread; the result arrives as `.indexReady`.
    private func buildIndex(for library: Library) {
        let inbox = self.inbox
        Thread.detachNewThread {
            inbox.post(.indexReady(SearchIndex(library: library)))
        }
    }
}

/// The background index builds: one at a time, and one asked for while another runs starts
/// when that ends, on the library as it is then (pages loading in batches while a query is
/// typed would otherwise start a build each).
struct IndexBuilds {
    private var running = false
    private var wanted = false

    /// Whether to start a build now (false: one runs, and another follows it).
    mutating func ask() -> Bool {
        if running { wanted = true; return false }
        running = true
        return true
    }

    /// A build ended: whether to start the one asked for meanwhile.
    mutating func ended() -> Bool {
        running = wanted
        wanted = false
        return running
    }
}

extension InputEvent {
    var action: Action {
        switch self {
        case .key(let key): return .key(key)
        case .mouse(let event): return .mouse(event)
        case .resized(let size): return .resized(size)
        case .suspend: return .suspend
        case .paste(let text): return .paste(text)
        }
    }
}
