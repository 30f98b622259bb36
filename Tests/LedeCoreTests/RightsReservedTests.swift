@testable import LedeCore
import Testing

@Suite struct RightsReservedTests {
    /// The quick search says what the phrase search says, wherever the phrase sits.
    @Test func agreesWithThePhraseSearch() {
        let spellings = ["all rights reserved", "All rights reserved", "All Rights Reserved", "ALL RIGHTS RESERVED",
                         "all rights", "All Rights", "rights reserved", "ALL RIGHTS reserved", "aLL rIGHTS rESERVED"]
        var texts: [String] = ["", "g", "ights ", "the rights of man", "Copyright 2024 The Daily. é All rights reserved."]
        for spelling in spellings {
            for pad in 0..<10 {
                let before = String(repeating: "g", count: pad), after = String(repeating: "x", count: 9 - pad)
                texts += [before + spelling, spelling + after, before + " " + spelling + " " + after, "é" + before + spelling]
            }
        }
        for text in texts {
            #expect(RightsReserved.isSaid(in: text) == Phrases.rightsReservedSet.occurs(in: text), "\(text)")
        }
    }
}
