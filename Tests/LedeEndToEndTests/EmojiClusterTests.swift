import Foundation
import LedeCore
import LedeTestSupport
import Testing

/// Emoji joined into one picture (👨‍👩‍👧: three people and two zero-width joiners) take one
/// two-column cell in a real terminal, and no joiner is left where it could glue two other
/// characters together.
@Suite(.serialized)
struct EmojiClusterTests {
    /// Every joiner sits inside an emoji sequence: after a pictograph (or its modifiers) and before one.
    static func strayJoiners(in line: String) -> Int {
        let scalars = Array(line.unicodeScalars)
        return scalars.indices.filter { index in
            guard scalars[index] == "\u{200D}" else { return false }
            let before = index > 0 ? scalars[index - 1] : " "
            let after = index + 1 < scalars.count ? scalars[index + 1] : " "
            let joins = { (scalar: Unicode.Scalar) in scalar.properties.isEmoji && scalar.value > 0xFF }
            return !(joins(before) || before == "\u{FE0F}" || (0x1F3FB...0x1F3FF).contains(before.value)) || !joins(after)
        }.count
    }

    @Test func aFamilyEmojiIsOneClusterInOneCellAndItsJoinersStayInside() throws {
        let page = Fixtures.own("reader/zwj-family.txt").path
        guard let session = try TmuxSession.startLede(page, width: 100, height: 12) else { return }
        let screen = try session.waitForStillScreen()
        #expect(screen.contains { $0.contains("for every 👨‍👩‍👧 and") }, "\(screen)")
        #expect(screen.contains { $0.contains("  Family day 👨‍👩‍👧 at the harbour") }, "\(screen)")
        for (row, line) in screen.enumerated() {
            #expect(Self.strayJoiners(in: line) == 0, "row \(row): \(line.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        // The divider stays in its column on every row: each cluster took the columns measured.
        expectDividerInColumn(40, on: screen)
        try session.press("C-c")
        #expect(try session.exitLine() == "EXIT=130 STTY=same")
    }
}
