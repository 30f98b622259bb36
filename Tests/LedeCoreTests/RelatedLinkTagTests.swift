@testable import LedeCore
import Testing

@Suite struct RelatedLinkTagTests {
    /// The tag test as the characters answer it (`Phrases.isRelatedLink` when the bytes cannot).
    func byCharacters(_ text: String) -> Bool {
        let trimmed = text.utf8.last == 0x7C && text.hasSuffix("|") ? String(text.dropLast()) : text
        guard trimmed.utf8.last == 0x5D, trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "[") else { return false }
        let tag = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        return !tag.isEmpty && tag.allSatisfy { $0.isUppercase || $0 == " " }
    }

    /// Whenever the bytes answer, they answer as the characters do; and plain lines are answered.
    @Test func agreesWithTheCharacters() {
        let heads = ["", "Headline ", "Café headline ", "[", "x]", "\u{0600}", "Schlagzeile ÄÖ "]
        let tags = ["[VIDEO]", "[VIDEO]|", "[Video]", "[]", "[ ]", "[PHOTOS ]|", "[É]", "[VIDÉO]", "[\u{0301}VIDEO]",
                    "[VIDEO\u{0600}]", "\u{0600}[VIDEO]", "[VIDEO]\u{0600}|", "[A]]", "[[A]", "]", "|", "]|", "[A]||", "[A\r\n]"]
        var unanswered = 0
        for head in heads {
            for tag in tags {
                var text = head + tag
                let quick = text.withUTF8(RelatedLinkTag.ends)
                if let quick { #expect(quick == byCharacters(text), "\(text.debugDescription)") } else { unanswered += 1 }
            }
        }
        for plain in ["Headline [VIDEO]", "Headline [VIDEO]|", "Headline [Video]", "No tag]", "A line"] {
            var text = plain
            #expect(text.withUTF8(RelatedLinkTag.ends) != nil, "\(plain)")
        }
        #expect(unanswered < heads.count * tags.count)
    }
}
