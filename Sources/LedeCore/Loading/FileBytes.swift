#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with plain `open`/`read` into one array: for pages of a few kilobytes this
/// is cheaper than mapping each file (no `mmap`/`munmap` and page faults per file). Every read
/// is bounded: pages, standard input, themes and `config.toml` alike.
public enum FileBytes {
    /// Why a file gave no bytes.
    public enum Failure: Error, Equatable, Sendable {
        /// `open` failed: missing, permission denied… (`PageFinder.reason` says which).
        case cannotOpen
        /// A folder, pipe, device or socket: reading it could wait or run forever.
        case notARegularFile
        /// Bigger than the limit; reading it would only exhaust memory. For a stream, `bytes` is
        /// how much was read before giving up (the limit and one byte).
        case tooLarge(bytes: Int)
        /// `read` failed part-way (an I/O error, a file on a vanished mount).
        case readFailed(errno: Int32)
        /// A stream that sent NUL bytes (`/dev/zero`, an image piped in): refused as soon as seen.
        case binary
    }

    /// No page is bigger than this; a file that is (a disk image, a log) is refused, not read.
    public static let largestPage = 1 << 30

    /// The file's bytes, read to its end even if it grows meanwhile, refused beyond `limit` bytes
    /// and when it is not a regular file.
    /// - Parameter readingStreams: a named pipe or character device is read as it comes, as
    ///   standard input is (`lede <(cmd)` names a pipe as /dev/fd/N), instead of being refused.
    public static func contents(of path: String, limit: Int = largestPage, readingStreams: Bool = false) -> Result<[UInt8], Failure> {
        if readingStreams, isStream(path) { return stream(at: path, limit: limit) }
        // Non-blocking, so that opening a named pipe does not wait for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.cannotOpen) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.readFailed(errno: errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notARegularFile) }
        // A regular file: reads may block as usual (some network file systems honour O_NONBLOCK).
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return readRegular(descriptor, size: Int(status.st_size), limit: limit)
    }

    /// Standard input's bytes, with a file's limit. A file redirected in is read as a file; a
    /// pipe, terminal or device is read as it comes, and refused as soon as it passes `limit`
    /// or sends a NUL byte (`yes | lede dump -` and `lede dump - < /dev/zero` end at once).
    public static func standardInput(limit: Int = largestPage) -> Result<[UInt8], Failure> {
        var status = stat()
        guard fstat(STDIN_FILENO, &status) == 0 else { return .failure(.readFailed(errno: errno)) }
        if status.st_mode & S_IFMT == S_IFREG { return readRegular(STDIN_FILENO, size: Int(status.st_size), limit: limit) }
        return readStream(STDIN_FILENO, limit: limit)
    }

    /// Whether `path` is a named pipe or a character device.
    static func isStream(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && isStream(status)
    }

    static func isStream(_ status: stat) -> Bool {
        status.st_mode & S_IFMT == S_IFIFO || status.st_mode & S_IFMT == S_IFCHR
    }

    /// Reads a pipe or device named by `path`. A pipe is opened blocking, so it waits for its
    /// writer as `cat` would: a non-blocking open with no writer yet would read as empty.
    private static func stream(at path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.cannotOpen) }
        defer { close(descriptor) }
        return readStream(descriptor, limit: limit)
    }

    /// Reads a regular file of `size` bytes (as `fstat` saw it) to its end.
    private static func readRegular(_ descriptor: Int32, size: Int, limit: Int) -> Result<[UInt8], Failure> {
        guard size <= limit else { return .failure(.tooLarge(bytes: size)) }
        // One byte more than the size, so a file that grew since `fstat` is noticed.
        var capacity = max(size + 1, 256)
        var result: [UInt8] = []
        while true {
            let chunk: [UInt8]
            switch readChunk(descriptor, upTo: capacity) {
            case .success(let bytes): chunk = bytes
            case .failure(let failure): return .failure(failure)
            }
            if result.isEmpty { result = chunk } else { result += chunk }
            if chunk.count < capacity { return .success(result) }
            // Still growing: read on, but never past the limit.
            capacity = min(capacity * 2, limit + 1 - result.count)
            guard capacity > 0 else { return .failure(.tooLarge(bytes: result.count)) }
        }
    }

    /// Reads a pipe or device as it comes until its end, the limit, or a NUL byte. The buffer
    /// grows by `realloc`, which moves big blocks without copying, so refusing a stream at the
    /// limit costs one limit of memory, not two.
    private static func readStream(_ descriptor: Int32, limit: Int) -> Result<[UInt8], Failure> {
        var capacity = 1 << 16
        var count = 0
        guard var buffer = malloc(capacity)?.assumingMemoryBound(to: UInt8.self) else { return .failure(.tooLarge(bytes: 0)) }
        defer { free(buffer) }
        while true {
            if count == capacity {
                guard count <= limit else { return .failure(.tooLarge(bytes: count)) }
                capacity = min(capacity * 2, limit + 1)
                guard let grown = realloc(buffer, capacity) else { return .failure(.tooLarge(bytes: count)) }
                buffer = grown.assumingMemoryBound(to: UInt8.self)
            }
            let got = read(descriptor, buffer + count, capacity - count)
            if got < 0, errno == EINTR { continue }
            if got < 0 { return .failure(.readFailed(errno: errno)) }
            if got == 0 { break }
            // UTF-16 text, which has NUL bytes in it, says so in its first two bytes.
            let isUTF16 = count + got >= 2 && (buffer[0] == 0xFF && buffer[1] == 0xFE || buffer[0] == 0xFE && buffer[1] == 0xFF)
            if !isUTF16, memchr(buffer + count, 0, got) != nil { return .failure(.binary) }
            count += got
        }
        guard count <= limit else { return .failure(.tooLarge(bytes: count)) }
        return .success(Array(UnsafeBufferPointer(start: buffer, count: count)))
    }

    /// Up to `count` bytes: fewer only at the end of the input.
    private static func readChunk(_ descriptor: Int32, upTo count: Int) -> Result<[UInt8], Failure> {
        var failure: Int32 = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = 0
            while initialized < count {
                let got = read(descriptor, buffer.baseAddress! + initialized, count - initialized)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failure = errno; return }
                if got == 0 { return }
                initialized += got
            }
        }
        return failure == 0 ? .success(chunk) : .failure(.readFailed(errno: failure))
    }
}
