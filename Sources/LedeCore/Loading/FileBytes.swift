#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with plain `open`/`read` into one array: for pages of a few kilobytes this
/// is cheaper than mapping each file (no `mmap`/`munmap` and page faults per file).
enum FileBytes {
    /// The file's bytes, or nil when it cannot be opened or read.
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        // One byte more than the size, so a file that grew since `fstat` is noticed.
        var capacity = max(Int(status.st_size) + 1, 256)
        var result: [UInt8] = []
        while true {
            var failed = false
            let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                initialized = 0
                while initialized < capacity {
                    let got = read(descriptor, buffer.baseAddress! + initialized, capacity - initialized)
                    if got < 0, errno == EINTR { continue }
                    if got < 0 { failed = true; return }
                    if got == 0 { return }
                    initialized += got
                }
            }
            if failed { return nil }
            if result.isEmpty { result = chunk } else { result += chunk }
            if chunk.count < capacity { return result }
            capacity *= 2
        }
    }
}
