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
}
