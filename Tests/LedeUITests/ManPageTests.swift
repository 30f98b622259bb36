import Foundation
import LedeTestSupport
import LedeUI
import Testing

/// `Documentation/lede.1` lists every command of the keymap with exactly its keys, so the man
/// page and the reader cannot drift apart.
@Suite struct ManPageTests {
    /// The KEYS list: `.It Ic j , down Pq Cm down` gives `down: ["j", "down"]`.
    func keysInManPage() throws -> [String: [String]] {
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Documentation/lede.1"), encoding: .utf8)
        var keys: [String: [String]] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix(".It Ic ") {
            let words = line.replacingOccurrences(of: "\\&", with: "").split(separator: " ").map(String.init)
            guard words.count >= 3, words[words.count - 3] == "Pq", words[words.count - 2] == "Cm" else { continue }
            keys[words.last!] = words.dropFirst(2).dropLast(3).filter { $0 != "," }
        }
        return keys
    }

    @Test func everyCommandAndKeyOfTheKeymapIsInTheManPage() throws {
        let listed = try keysInManPage()
        for binding in Keymap.standard.bindings {
            let name = binding.command.configName
            #expect(listed[name] == binding.keys.map(\.configName), "\(name) in Documentation/lede.1")
        }
        #expect(listed.count == Keymap.standard.bindings.count, "the man page lists a command the keymap does not have: \(listed.keys.sorted())")
    }
}
