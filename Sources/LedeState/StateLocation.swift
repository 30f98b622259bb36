import Foundation

/// Where the state database lives, and whether to use one at all.
public enum StateLocation {
    /// `$XDG_STATE_HOME/lede/state.sqlite3`, else `~/.local/state/lede/state.sqlite3`; nil when
    /// `LEDE_NO_STATE` is set (to anything but empty, 0, false, no or off) or no home is known.
    public static func databasePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let off = environment["LEDE_NO_STATE"], !off.isEmpty, !Self.saysNo.contains(off.lowercased()) { return nil }
        // The XDG spec says a relative XDG_STATE_HOME is invalid and to be ignored.
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/lede/state.sqlite3"
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return home + "/.local/state/lede/state.sqlite3"
    }

    /// Values of `LEDE_NO_STATE` that leave the state on, as `0` does.
    static let saysNo: Set<String> = ["0", "false", "no", "off"]

    /// Whether the database at `path` is there: a folder that cannot be searched (no `x` for
    /// this user) hides a database that is, which is then no "not created yet".
    public enum Presence: Equatable {
        case absent
        case present
        /// Cannot be told: the system's reason.
        case hidden(String)
    }

    public static func presence(of path: String) -> Presence {
        var status = stat()
        if stat(path, &status) == 0 { return .present }
        return errno == ENOENT ? .absent : .hidden(String(cString: strerror(errno)))
    }
}
