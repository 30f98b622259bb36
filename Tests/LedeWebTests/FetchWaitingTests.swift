import Foundation
import LedeCore
import LedeWeb
import Testing

/// Waiting on a slow server costs no CPU. URLSession on Linux spun at some 80% of a core until
/// the timeout; libcurl's easy interface sleeps in poll(2).
///
/// The fetch runs in a process of its own (an exit test), so `getrusage(RUSAGE_SELF)` counts the
/// fetch and nothing else: otherwise suites run in parallel in one process.
@Suite struct FetchWaitingTests {
    @Test func aSlowServerIsWaitedForWithoutSpinning() async throws {
        let result = await #expect(processExitsWith: .success, observing: [\.standardOutputContent]) {
            guard let server = try? LocalHTTPServer(route: WebFetcherTests.route) else { exit(2) }
            defer { server.stop() }
            let fetcher = WebFetcher(timeout: 1, maxRedirects: 5, maxBytes: 1 << 20)
            let cpuBefore = processCPUSeconds()
            let start = ContinuousClock.now
            let message = fetcher.fetch(server.url("/slow")).failureMessage ?? "fetched"
            let waited = start.duration(to: .now) / .seconds(1)
            let cpu = processCPUSeconds() - cpuBefore
            print("\(message)\n\(waited)\n\(cpu)")
        }
        let lines = String(decoding: try #require(result).standardOutputContent, as: UTF8.self).split(separator: "\n")
        try #require(lines.count == 3)
        let (message, waited, cpu) = (String(lines[0]), Double(lines[1]) ?? .nan, Double(lines[2]) ?? .nan)
        #expect(message == "timed out after 1 s")
        #expect(waited < 2.5)
        // A generous margin: this is behaviour, not speed (the old fetcher used 0.8 s a second).
        #expect(cpu < 0.25 * waited, "\(cpu) s of CPU in \(waited) s of waiting")
    }
}

/// User and system CPU time of this whole process, every thread, in seconds.
private func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}
