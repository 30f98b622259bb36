import Foundation
import LedeCore

/// Reads a theme file or `config.toml`: small TOML a person wrote. Anything else at that path
/// (a huge file, a folder, a pipe, a device) is refused at once with the reason, never read.
enum SettingsFile {
    /// Far more than any theme or config a person writes; TOML parsing is slow enough that a file
    /// of megabytes would hold up every start.
    static let largest = 64 << 10

    enum Failure: Error, Equatable {
        /// Nothing at that path (a dangling link counts as nothing).
        case missing
        /// Why the file cannot be used, in words.
        case unreadable(String)
    }

    /// The file's text, or why there is none.
    static func text(at path: String) -> Result<String, Failure> {
        switch FileBytes.contents(of: path, limit: largest) {
        case .success(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(.unreadable("not UTF-8 text")) }
            return .success(text)
        case .failure(.cannotOpen):
            if access(path, F_OK) != 0 { return .failure(.missing) }
            return .failure(.unreadable(access(path, R_OK) != 0 ? "permission denied" : "cannot be opened"))
        case .failure(.notARegularFile):
            return .failure(.unreadable("not a regular file (a folder, pipe or device)"))
        case .failure(.tooLarge(let bytes)):
            let size = bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes >> 10) kB"
            return .failure(.unreadable("too large (\(size); settings files are read up to \(largest >> 10) kB)"))
        case .failure(.readFailed(let code)):
            return .failure(.unreadable("read failed: \(String(cString: strerror(code)))"))
        case .failure(.binary):
            return .failure(.unreadable("binary data"))
        }
    }
}
