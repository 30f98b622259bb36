import Foundation
import LedeTestSupport
import Testing

/// `lede dump` prints pages as they load; what it prints is the same whole document.
@Suite struct DumpCommandTests {
    let samples = Fixtures.packageRoot.appendingPathComponent("Samples").path

    /// A page whose file name is no UTF-8 cannot be opened by the repaired name Lede is given:
    /// it is said, in a folder and named directly, not skipped without a word.
    @Test func aPageNamedInBytesThatAreNoUTF8IsSaidNotSkipped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-names-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sample = Fixtures.packageRoot.appendingPathComponent("Samples/harbor-front.txt").path
        #expect(try Shell.run("mkdir '\(folder)' && cp '\(sample)' '\(folder)/good.txt' && cp '\(sample)' \"$(printf '\(folder)/bad\\377name.txt')\"") == 0)
        let result = try LedeBinary.run(["dump", "--no-state", folder])
        #expect(result.status == 1)
        #expect(result.stderr == "lede: \(folder)/bad\u{FFFD}name.txt: file name is not UTF-8: rename it to read it\n")
        #expect(result.stdout.contains("Tidal barrier holds"))
    }

    /// A page given before one that keeps the dump waiting (a pipe no one writes to yet, as a
    /// slow web address would) is printed at once, not when the slow one is done (QA).
    @Test func pagesBeforeOneThatWaitsArePrintedAtOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-wait-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sample = Fixtures.packageRoot.appendingPathComponent("Samples/harbor-front.txt").path
        let script = """
            mkdir '\(folder)' && mkfifo '\(folder)/slow.txt' || exit 3
            '\(LedeBinary.url.path)' dump --no-state '\(sample)' '\(folder)/slow.txt' > '\(folder)/out' 2>&1 &
            for i in $(seq 100); do grep -q 'Tidal barrier holds' '\(folder)/out' && break; sleep 0.05; done
            grep -q 'Tidal barrier holds' '\(folder)/out'; early=$?
            printf 'A late headline\n\nA paragraph long enough to be read as the body of a short story about the harbour.\n' > '\(folder)/slow.txt'
            wait
            exit $early
            """
        #expect(try Shell.run(script) == 0)
        let out = try String(contentsOfFile: folder + "/out", encoding: .utf8)
        #expect(out.contains("A late headline"))
    }

    @Test func jsonOfSeveralPagesAndAMissingOneIsOneValidDocument() throws {
        let result = try LedeBinary.run(["dump", "--format", "json", samples, "/no/such/page.txt"])
        #expect(result.status == 1)
        #expect(result.stderr == "lede: /no/such/page.txt: no such file or folder\n")
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let pages = document?["pages"] as? [[String: Any]] ?? []
        #expect(pages.count == 2)
        let stories = pages.flatMap { $0["stories"] as? [[String: Any]] ?? [] }
        #expect(!stories.isEmpty)
        #expect(stories.allSatisfy { Set($0.keys) == ["kind", "headline", "dek", "section", "credit", "paragraphs", "expandable", "read", "saved"] })
        #expect(pages.allSatisfy { $0["dropped"] == nil })
    }

    @Test func debugAddsTheDroppedLinesToEachPage() throws {
        let result = try LedeBinary.run(["dump", "--format", "json", "--debug", samples])
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let pages = document?["pages"] as? [[String: Any]] ?? []
        #expect(!pages.isEmpty && pages.allSatisfy { $0["dropped"] is [Any] })
    }

    @Test func noPageAtAllIsStillAValidDocument() throws {
        let result = try LedeBinary.run(["dump", "--format", "json", "/no/such/page.txt"])
        #expect(result.status == 1)
        #expect(result.stdout == "{\"pages\":[]}\n")
    }
}
