@testable import LedeCore
import Testing

@Suite struct StopWordKeysTests {
    /// The keys written out are the lists' words hashed as a page's words are, list by list, in
    /// order, with the same script (a change to the lists or to `WordHashes` needs
    /// `lede-bench stopword-keys` run again).
    @Test func writtenKeysAreTheListsHashed() {
        #expect(StopWords.justextKeys.count == StopWords.justextLists.count)
        for (written, list) in zip(StopWords.justextKeys, StopWords.justextLists) {
            let hashed = StopWords.keys(of: list.words)
            #expect(StopWords.keys(hex: written.keys) == hashed.keys, "\(list.language)")
            #expect(written.script == hashed.script, "\(list.language)")
        }
    }

    @Test func hexDigitsReadBack() {
        #expect(StopWords.keys(hex: "0123456789abcdeffedcba98765432100000000000000001") == [0x0123_4567_89AB_CDEF, 0xFEDC_BA98_7654_3210, 1])
        #expect(StopWords.keys(hex: "").isEmpty)
    }
}
