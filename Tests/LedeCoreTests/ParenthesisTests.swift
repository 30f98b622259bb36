@testable import LedeCore
import Testing

@Suite struct ParenthesisTests {
    /// Wherever the bytes place the last "(", `lastIndex(of:)` places it too.
    @Test func agreesWithTheCharacters() {
        let texts = ["no bracket", "(AP)", "caption (Foto: José)", "(é", "é(x)", "\u{0600}(AP)", "(\u{301}AP)", "a (b) (c é)",
                     "(Photo: Ana Pérez/Reuters)", "x (", "(", "((é))", "é (a\u{301})"]
        for text in texts {
            switch Parenthesis.lastOpening(in: text) {
            case .none: #expect(text.lastIndex(of: "(") == nil, "\(text)")
            case .plain(let index), .character(let index): #expect(text.lastIndex(of: "(") == index, "\(text)")
            case .unknown: break
            }
        }
    }
}
