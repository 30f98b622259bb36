import Foundation

/// The benchmark's printed table: one figure per line, its ratio to a baseline, and the target.
enum Report {
    static func heading(_ text: String) { print("\n" + text) }

    /// `  label ........ figure   ratio   [target: met]`
    static func row(_ label: String, _ figure: String, ratio: String = "", target: Target? = nil) {
        var line = "  " + pad(label, 38) + " " + pad(figure, 24) + " " + pad(ratio, 44)
        if let target { line += " target \(target.text): \(target.met ? "met" : "NOT MET")" }
        while line.last == " " { line.removeLast() }
        print(line)
    }

    /// `text` widened to `width` with spaces (never cut: a long figure pushes the line right).
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func seconds(_ value: Double) -> String {
        value < 1 ? String(format: "%.1f ms", value * 1000) : String(format: "%.2f s", value)
    }

    static func rate(_ megabytes: Double, _ seconds: Double) -> String {
        String(format: "%.1f MB/s", megabytes / max(seconds, 1e-9))
    }

    static func megabytes(_ bytes: Double) -> String { String(format: "%.0f MB", bytes / 1_048_576) }

    static func ratio(_ value: Double, _ baseline: String) -> String { String(format: "%.2f× %@", value, baseline) }
}

/// A goal from issue 8 and whether a figure reaches it.
struct Target {
    var text: String
    var met: Bool
}
