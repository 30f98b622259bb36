import Foundation
import LedeBenchKit
import LedeCore
import LedeUI

/// Drawing full frames at 250x80 into the cell grid, and the diff the terminal backend makes.
enum RenderBench {
    static func run(state: AppState) {
        Report.heading("rendering (250x80, list and story pane, scrolling)")
        var state = state
        _ = reduce(&state, .resized(Size(width: 250, height: 80)))
        // A story open beside the list, the focus on the list: each step changes both panes.
        _ = reduce(&state, .key(.enter))
        if state.focus == .pane { _ = reduce(&state, .key(.tab)) }
        let theme = Theme.builtIn
        var previous = Screen.render(state, theme: theme)
        var frames: [Double] = []
        var diffs: [Double] = []
        var changed = 0
        for step in 0..<300 {
            _ = reduce(&state, .key(step % 40 < 20 ? .down : .up))
            var canvas = previous
            frames.append(Clock.measure { canvas = Screen.render(state, theme: theme) })
            diffs.append(Clock.measure { changed += changedCells(canvas, previous) })
            previous = canvas
        }
        let frame = Percentiles(frames), diff = Percentiles(diffs)
        Report.row("Screen.render full frame", String(format: "p50 %.2f ms p99 %.2f ms", frame.median * 1000, frame.at(0.99) * 1000),
                   ratio: "\(frames.count) frames", target: Target(text: "< 2 ms", met: frame.at(0.99) < 0.002))
        Report.row("diff against the previous frame", String(format: "p50 %.2f ms p99 %.2f ms", diff.median * 1000, diff.at(0.99) * 1000),
                   ratio: "\(changed / max(1, diffs.count)) cells changed per frame")
    }

    /// The comparison NcursesBackend.draw makes before writing a cell.
    static func changedCells(_ canvas: Canvas, _ previous: Canvas) -> Int {
        var count = 0
        for y in 0..<canvas.size.height {
            var x = 0
            while x < canvas.size.width {
                let cell = canvas[x, y]
                if cell.isContinuation || previous[x, y] == cell { x += 1; continue }
                count += 1
                x += 1
            }
        }
        return count
    }
}
