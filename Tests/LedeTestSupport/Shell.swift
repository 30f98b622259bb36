import Foundation

/// Runs a shell pipeline, for tests that need one (`yes | lede dump -`).
public enum Shell {
    /// The exit status of `/bin/sh -c command`.
    public static func run(_ command: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
