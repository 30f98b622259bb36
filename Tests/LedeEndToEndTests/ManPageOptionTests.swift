import Foundation
import LedeTestSupport
import Testing

/// Every command and option `lede` has (as ArgumentParser describes them) is in the man page,
/// so a new option cannot go undocumented there. The keys are checked by `ManPageTests`.
@Suite struct ManPageOptionTests {
    @Test func everyCommandAndOptionIsInTheManPage() throws {
        let manPage = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Documentation/lede.1"), encoding: .utf8)
        let dump = try LedeBinary.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var missing: [String] = []
        var checked = 0
        func walk(_ command: [String: Any]) {
            let name = command["commandName"] as? String ?? ""
            if name != "lede", name != "help", !manPage.contains("Cm \(name)\n") { missing.append("command \(name)") }
            for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["shouldDisplay"] as? Bool != false {
                for option in argument["names"] as? [[String: Any]] ?? [] where option["kind"] as? String == "long" {
                    let long = option["name"] as? String ?? ""
                    checked += 1
                    if !manPage.contains("Fl -\(long)") { missing.append("\(name) --\(long)") }
                }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub) }
        }
        walk(try #require(root["command"] as? [String: Any]))
        #expect(missing.isEmpty, "not in Documentation/lede.1: \(missing)")
        #expect(checked > 20, "the options were read from --experimental-dump-help")
    }
}
