#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with plain `open`/`read` into one array: for pages of a few kilobytes this
/// is cheaper than mapping each file (no `mmap`/`munmap` and page faults per file).
enum FileBytes {
    /// Why a file gave no bytes.
    enum Failure: Error, Equatable {
        /// `open` failed: missing, permission denied… (`PageFinder.reason` says which).
        case cannotOpen
        /// A pipe, device or socket: reading it could wait or run forever.
        case notARegularFile
        /// Bigger than any page; reading it would only exhaust memory.
        case tooLarge(bytes: Int)
        /// `read` failed part-way (an I/O error, a file on a vanished mount).
        case readFailed(errno: Int32)
    }

    /// No page is bigger than this; a file that is (a disk image, a log) is refused, not read.
    static let largestPage = 1 << 30

    /// The file's bytes, read to its end even if it grows meanwhile.
    static func contents(of path: String) -> Result<[UInt8], Failure> {
        // Non-blocking, so that opening a named pipe does not wait for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.cannotOpen) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.readFailed(errno: errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notARegularFile) }
        // A regular file: reads may block as usual (some network file systems honour O_NONBLOCK).
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        guard Int(status.st_size) <= largestPage else { return .failure(.tooLarge(bytes: Int(status.st_size))) }
        // One byte more than the size, so a file that grew since `fstat` is noticed.
        var capacity = max(Int(status.st_size) + 1, 256)
        var result: [UInt8] = []
        while true {
            var failure: Int32 = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                initialized = 0
                while initialized < capacity {
                    let got = read(descriptor, buffer.baseAddress! + initialized, capacity - initialized)
                    if got < 0, errno == EINTR { continue }
                    if got < 0 { failure = errno; return }
                    if got == 0 { return }
                    initialized += got
                }
            }
            if failure != 0 { return .failure(.readFailed(errno: failure)) }
            if result.isEmpty { result = chunk } else { result += chunk }
            if chunk.count < capacity { return .success(result) }
            // Still growing: read on, but never past the largest page.
            capacity = min(capacity * 2, largestPage + 1 - result.count)
            guard capacity > 0 else { return .failure(.tooLarge(bytes: result.count)) }
        }
    }
}
