@testable import LedeCore
import Testing

@Suite struct WithoutYearsTests {
    /// `SiteName.withoutYears` as the characters answer it.
    func byCharacters(_ name: String) -> String {
        var words: [Substring] = []
        for word in name.split(separator: " ") {
            let digits = word.filter(\.isNumber)
            if digits.count >= 4 && word.allSatisfy({ $0.isNumber || "-–,.".contains($0) }) { continue }
            if ["-", "–"].contains(word), let last = words.last, last.allSatisfy(\.isNumber) { continue }
            words.append(word)
        }
        return words.joined(separator: " ")
    }

    @Test func plainNamesLoseTheirYearsAsTheCharactersSay() {
        let names = ["2003 - 2019 CNBC LLC", "CNBC LLC 2019", "© 2003–2019 The Daily", "The Daily 2003 – 2019", "12 - Monkeys",
                     "1999-2019,  Acme  Inc.", "Acme — 2019", "2019. Acme", "Acme’s 2019-", "– Acme 1234", "Acme 123", "\r\n2019 Acme",
                     "1,234 Things", "20–19 x", "A - B", "", "   ", "2019 2020 - Acme » News"]
        for name in names {
            #expect(SiteName.withoutYears(name) == byCharacters(name), "\(name.debugDescription)")
        }
    }
}
