import Foundation
import LedeCore
import LedeTestSupport
import Testing

/// Loading and dropping the same pages again and again must not make the process grow.
@Suite struct MemoryLoopTests {
    /// Resident memory of this process in bytes, from /proc/self/statm.
    func residentBytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let pages = statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    func loadAndSearchOnce(_ path: String) {
        let result = PageLoader().load([path])
        let library = Library(pages: result.pages)
        _ = SearchIndex(library: library).search(SearchQuery(parsing: "harbour gates"))
    }

    @Test func repeatedLoadsDoNotGrowTheProcess() {
        let samples = Fixtures.packageRoot.appendingPathComponent("Samples").path
        for _ in 0..<50 { loadAndSearchOnce(samples) }  // warm up caches and allocator pools
        // Other suites run in this process at the same time and allocate too, so a window can
        // grow by chance (three in a row have, on a busy machine); a leak grows in every window.
        // A leak of even one page per load would be ~5 MB per window; one window that stays flat
        // shows there is none. Later windows mostly run after the other suites have finished.
        var growths: [Int] = []
        for _ in 0..<8 {
            let before = residentBytes()
            for _ in 0..<500 { loadAndSearchOnce(samples) }
            growths.append(residentBytes() - before)
            if growths.last! < 2 * 1_048_576 { break }
        }
        #expect(growths.contains { $0 < 2 * 1_048_576 }, "grew by \(growths.map { $0 / 1024 }) KB in each window of 500 loads")
    }
}
