import Foundation
import LedeUI

/// Screen snapshots: a canvas compared, as exact text, with a file under the test target's
/// `Snapshots/` folder. Run with `LEDE_RECORD_SNAPSHOTS=1` to write the files afresh (then read them!).
public enum Snapshot {
    /// nil when the canvas matches the stored snapshot; otherwise a message showing both screens.
    public static func mismatch(_ canvas: Canvas, named name: String, in target: String, file: String = #filePath) -> String? {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let url = folder.appendingPathComponent(name + ".txt")
        let actual = canvas.lines.map { "|" + $0 + "|" }.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["LEDE_RECORD_SNAPSHOTS"] != nil {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return "recorded \(url.lastPathComponent); run again without LEDE_RECORD_SNAPSHOTS"
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "no snapshot \(url.path); record it with LEDE_RECORD_SNAPSHOTS=1"
        }
        if expected == actual { return nil }
        return "screen differs from \(url.lastPathComponent)\n--- expected\n\(expected)--- actual\n\(actual)"
    }
}
