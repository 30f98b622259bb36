import Foundation

/// Paths the tests use: the package root, and the shared corpus when it is beside the checkout.
public enum Fixtures {
    /// The package root (this file is Tests/LedeTestSupport/Fixtures.swift).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the checkout, if present.
    public static var shared: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A shared file, or nil with the reason printed so a skipped test says why.
    public static func sharedFile(_ relativePath: String) -> URL? {
        guard let shared else {
            print("skipped: ../shared is not beside this checkout (needed for \(relativePath))")
            return nil
        }
        let url = shared.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("skipped: \(url.path) is missing")
            return nil
        }
        return url
    }

    /// A fixture file written for these tests, under Tests/Fixtures.
    public static func own(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
    }
}
