import Foundation

/// A fresh `XDG_STATE_HOME` for a test, with a copy of the sample pages beside it, so a test can
/// remember, move and delete pages without touching the real home or the package.
public struct StateFolder: Sendable {
    public let url: URL
    /// `XDG_STATE_HOME`.
    public var stateHome: String { url.appendingPathComponent("state").path }
    public var database: String { stateHome + "/lede/state.sqlite3" }
    /// A folder holding copies of `Samples/*.txt`.
    public var pages: String { url.appendingPathComponent("pages").path }
    /// The environment that points `lede` at this state.
    public var environment: [String: String] { ["XDG_STATE_HOME": stateHome] }

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: url.appendingPathComponent("pages").path, withIntermediateDirectories: true)
        for name in ["harbor-front.txt", "harbor-history.txt"] {
            try FileManager.default.copyItem(atPath: Fixtures.packageRoot.appendingPathComponent("Samples/\(name)").path,
                                             toPath: pages + "/" + name)
        }
    }

    public func remove() { try? FileManager.default.removeItem(at: url) }

    /// `lede state`'s counts: read, saved, places.
    public func counts() throws -> [String: Int] {
        let result = try LedeBinary.run(["state"], environment: environment)
        var counts: [String: Int] = [:]
        for line in result.stdout.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, let value = Int(parts[1].trimmingCharacters(in: .whitespaces)) { counts[String(parts[0])] = value }
        }
        return counts
    }
}

extension TmuxSession {
    /// The process running in the window (lede, while it runs): the shell's child.
    public func foregroundProcess() throws -> pid_t? {
        let shell = try tmux(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }
}
