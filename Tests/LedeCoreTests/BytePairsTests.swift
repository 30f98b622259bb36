@testable import LedeCore
import Testing

/// `BytePairs`: a phrase with a pair of bytes the text lacks is surely not in it (what lets a
/// site name's stops go unsearched).
@Suite struct BytePairsTests {
    @Test func aTextHoldsThePairsOfEachOfItsPartsInAnyCaseOfItsLetters() {
        let name = BytePairs("CNBC LLC All Rights Reserved")
        #expect(name.contains(BytePairs("all rights reserved")))
        #expect(name.contains(BytePairs("c l")))
        #expect(name.contains(BytePairs("Rights")))
    }

    @Test func aPhraseWithAPairTheTextLacksIsNotContained() {
        let name = BytePairs("The Guardian")
        #expect(!name.contains(BytePairs(" | ")))
        #expect(!name.contains(BytePairs(". ")))
        #expect(!name.contains(BytePairs("nG a")))
    }

    @Test func aSiteNameIsCutAtItsStopsAsBefore() {
        #expect(SiteName.name(inCopyrightLine: "© 2019 CNBC LLC. All Rights Reserved.") == "CNBC LLC")
        #expect(SiteName.name(inCopyrightLine: "Copyright © 2021 The Guardian | Terms") == "The Guardian")
    }
}
