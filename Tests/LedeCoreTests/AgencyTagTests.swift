import Foundation
@testable import LedeCore
import Testing

@Suite struct AgencyTagTests {
    /// The agency test as the characters and Foundation answer it.
    func byCharacters(_ text: String) -> Bool {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return false }
        let tag = text[open...].dropFirst().dropLast()
        let agency = tag.split(separator: "/").last.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return Phrases.agencies.contains(agency)
    }

    /// The quick answers (plain tags, tags too long to be an agency) are the characters' answers.
    @Test func agreesWithTheCharacters() {
        let heads = ["Near Nogales, Ariz. ", "Près de Nîmes ", "Caption ", "", "(", "日本 "]
        let tags = ["(AP)", "(Jane Doe/Reuters)", "(Foto: José Pérez)", "(Jane Doé / AFP)", "(Jane Doé/AFP/)", "(É/Getty Images)",
                    "(Getty Images Ltd. Sàrl)", "(Pérez / a very long credit line naming several people)", "(\u{212A}yodo)",
                    "(ré/ KYODO )", "(ré/\u{00A0}AP\u{00A0})", "(né (AP))", "(é)", "( é AP )", "(é/ab cd ef gh ij kl m)"]
        for head in heads {
            for tag in tags {
                let text = head + tag
                #expect(Phrases.isAgencyTag(text) == byCharacters(text), "\(text)")
            }
        }
    }
}
