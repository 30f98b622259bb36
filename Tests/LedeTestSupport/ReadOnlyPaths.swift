import Foundation

/// Files and folders made read-only for a test, as `chmod -R a-w` or a read-only disk would.
/// Permissions do not stop root (whom tests may run as), so for root it is `chattr +i`
/// (immutable: not even root may write, rename or create), where the file system has it.
public struct ReadOnlyPaths {
    private let paths: [String]
    private let modes: [mode_t]

    /// The paths made read-only, or nil (with the reason printed) where that cannot be done here.
    public static func make(_ paths: [String]) -> ReadOnlyPaths? {
        let made = ReadOnlyPaths(paths: paths)
        if geteuid() == 0 {
            guard (try? Shell.run("chattr +i " + paths.map { "'\($0)'" }.joined(separator: " "))) == 0 else {
                made.undo()
                print("skipped: running as root, which writes whatever the permissions, and chattr +i (which stops root) failed here")
                return nil
            }
        } else {
            for (path, mode) in zip(paths, made.modes) { chmod(path, mode & ~0o222) }
        }
        return made
    }

    private init(paths: [String]) {
        self.paths = paths
        modes = paths.map { path in
            var status = stat()
            return stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o700
        }
    }

    /// Writable again, as before (so the test's folder can be removed).
    public func undo() {
        if geteuid() == 0 { _ = try? Shell.run("chattr -i " + paths.map { "'\($0)'" }.joined(separator: " ") + " 2>/dev/null") }
        for (path, mode) in zip(paths, modes) { chmod(path, mode) }
    }
}
