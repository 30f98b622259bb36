@testable import LedeCore
import Testing

/// The site's name atop the page is no headline when the footer's sentence names it as the publisher.
@Suite struct SiteMastheadTests {
    @Test func theMastheadTheFooterNamesIsNoHeadline() {
        let body = ["La Audiencia Provincial de Málaga juzga desde este martes al exalcalde por la adjudicación de un contrato de limpieza.",
                    "La Fiscalía pide nueve años de inhabilitación. La defensa sostiene que el contrato siguió todos los trámites legales."]
        let text = (["La Voz de Málaga", "Portada", "Málaga", "Sucesos", "Comienza el juicio contra el exalcalde de Benalmádena", "Efe",
                     "Málaga, 10 mar 2026"] + body + ["Comentarios", "Sé el primero en comentar", "Lo más leído",
                     "La Voz de Málaga es una publicación de Ediciones Costa del Sol. Queda prohibida la reproducción total o parcial."])
            .joined(separator: "\n")
        let lines = PageParser.split(text)
        #expect(SiteMasthead.line(in: lines, below: 8) == 0)
        #expect(SiteMasthead.line(in: Array(lines.prefix(12)), below: 8) == nil)
        #expect(PageParser().parse(text, path: "p.txt").stories.first?.headline == "Comienza el juicio contra el exalcalde de Benalmádena")
    }

    /// Under a cookie banner and sign-in links, the site's name that the copyright line names:
    /// the masthead, though the body names the city it is named for.
    @Test func theMastheadTheCopyrightLineNamesIsNoHeadline() {
        let body = ["A 16-inch water main ruptured shortly before 6 a.m. Tuesday beneath Fulton Avenue in Harbor City, flooding the road.",
                    "Harbor City Water Department crews shut off the line by 7:30 a.m., and about 140 homes were without water for hours."]
        let top = ["We value your privacy", "We and our partners use cookies to store and access information on your device.",
                   "Accept all", "Reject all", "Subscribe for $1", "Sign in", "The Harbor City Ledger", "Tuesday, March 12, 2024", "News", "Local"]
        let text = (top + ["Water main break closes stretch of Fulton Avenue during morning commute", "Dana Whitcombe",
                           "Published March 12, 2024 at 9:41 a.m.", ""] + body.flatMap { [$0, ""] }
                    + ["Most Read", "Contact us", "© 2024 The Harbor City Ledger. All rights reserved."]).joined(separator: "\n")
        let lines = PageParser.split(text)
        #expect(SiteMasthead.line(in: lines, below: 17) == 6)
        // No copyright line under the article: no masthead.
        #expect(SiteMasthead.line(in: Array(lines.dropLast()), below: 17) == nil)
        // A copyright line that names the line further on, not as its holder, names no masthead.
        let excerpt = Array(lines.dropLast()) + PageParser.split("Excerpted from The Harbor City Ledger: A History. Copyright © 2024 Tidewater Press.")
        #expect(SiteMasthead.line(in: excerpt, below: 17) == nil)
        #expect(PageParser().parse(text, path: "p.txt").stories.first?.headline == "Water main break closes stretch of Fulton Avenue during morning commute")
    }
}
