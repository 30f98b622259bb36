import Foundation
import LedeCore
import Testing

/// Reading is bounded whatever the source: a file over the limit is refused from its size, unread.
@Suite struct FileBytesLimitTests {
    @Test func aFileOverTheLimitIsRefusedFromItsSize() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lede-limit-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(repeating: 0x61, count: 5000).write(to: file)
        #expect(FileBytes.contents(of: file.path, limit: 4999) == .failure(.tooLarge(bytes: 5000)))
        #expect(try FileBytes.contents(of: file.path, limit: 5000).get().count == 5000)
    }
}
