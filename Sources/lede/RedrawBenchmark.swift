import Dispatch
import Foundation
import LedeCore
import LedeTerminal
import LedeUI

/// Times frames drawn through ncurses into the real terminal, for `lede-bench` (the hidden
/// `--benchmark-redraws FILE` option): full repaints, every cell sent as after a resize or Ctrl-L,
/// and the usual frames of scrolling the list, which send only what changed. Each includes
/// `Screen.render`. The seconds go to FILE, one line per kind.
enum RedrawBenchmark {
    static let framesOfEachKind = 100

    static func run(_ state: AppState, backend: NcursesBackend, theme: Theme, reportTo path: String) throws {
        var state = state
        _ = reduce(&state, .resized(backend.size))
        // A story open beside the list, the focus on the list: each step changes both panes.
        _ = reduce(&state, .key(.enter))
        if state.focus == .pane { _ = reduce(&state, .key(.tab)) }
        backend.draw(Screen.render(state, theme: theme))
        var repaints: [Double] = []
        var scrolls: [Double] = []
        for step in 0..<(2 * framesOfEachKind) {
            _ = reduce(&state, .key(step % 40 < 20 ? .down : .up))
            let repaint = step.isMultiple(of: 2)
            let start = DispatchTime.now().uptimeNanoseconds
            if repaint { backend.redrawAll() }
            backend.draw(Screen.render(state, theme: theme))
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if repaint { repaints.append(seconds) } else { scrolls.append(seconds) }
        }
        let report = "repaint \(repaints.map { String($0) }.joined(separator: " "))\nscroll \(scrolls.map { String($0) }.joined(separator: " "))\n"
        try report.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
