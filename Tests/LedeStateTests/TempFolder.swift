import Foundation

/// A fresh folder under the temporary directory, removed when the test lets go of it.
final class TempFolder: Sendable {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "lede-state-test-\(getpid())-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    var database: String { path + "/lede/state.sqlite3" }

    func contents(of folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }
}
