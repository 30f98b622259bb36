@testable import LedeCore
import Testing

/// A review's card of facts under its headline, one "Label: value" to a line, is never the
/// headline (QA: an album review was headlined "Genre: Pop / Chanson").
@Suite struct FactBoxTests {
    func line(_ text: String) -> Line { PageParser.split(text)[0] }

    @Test func aLabelAndAShortValueIsAFact() {
        for text in ["Genre: Pop / Chanson", "Label: Cœur Sauvage", "Rating: 8.4", "Running time: 2 h 11 min"] {
            #expect(FactBox.isFact(line(text)), "\(text)")
        }
        for text in ["Brexit: What happens next for the talks in Brussels", "Genre", "Rating 8.4", "Le 3 juin: un album",
                     "Verdict: It sings.", "Why it matters: the long view of a short record"] {
            #expect(!FactBox.isFact(line(text)), "\(text)")
        }
    }

    @Test func aCardsLinesUnderTheHeadlineAreNotIt() throws {
        let body = ["Il y a deux ans, la chanteuse n'était qu'une voix parmi d'autres sur les plateformes, une jeune femme de Nantes qui postait des reprises depuis sa chambre, et son album change tout.",
                    "Le disque s'ouvre sur une ballade dépouillée portée par un piano et une voix qui semble toujours sur le point de se briser, puis tout s'emballe avec des synthés et un refrain imparable."]
        let header = ["SITE", "Reviews", "Albums", "", "La pop française a trouvé sa nouvelle voix avec un premier album", "", "Rating: 8.4",
                      "Best New Music", "Genre: Pop / Chanson", "Label: Cœur Sauvage", "Reviewed: June 4, 2024", "By Félix Santerre", ""]
        let text = (header + body.flatMap { [$0, ""] } + ["Listen on Spotify", "Listen on Deezer"]).joined(separator: "\n")
        let story = try #require(PageParser().parse(text, path: "p.txt").stories.first)
        #expect(story.headline == "La pop française a trouvé sa nouvelle voix avec un premier album")
    }

    /// A headline of sentences in title case under its kicker is the headline, not the kicker's
    /// standfirst (QA).
    @Test func aTitleOfSentencesUnderItsKickerIsTheHeadline() throws {
        let body = (1...4).map { "Paragraph \($0) of the essay about the town's libraries runs on for long enough, with plain words in it, to be read as prose." }
        let text = (["Opinion", "", "Guest Essay", "", "Our Libraries Are Open Fewer Hours Than in 1990. That Should Worry Everyone.", "",
                     "By Renée Alvarado", "June 3, 2024", ""] + body.flatMap { [$0, ""] }).joined(separator: "\n")
        let story = try #require(PageParser().parse(text, path: "p.txt").stories.first)
        #expect(story.headline == "Our Libraries Are Open Fewer Hours Than in 1990. That Should Worry Everyone.")
    }

    /// A title that closes on a span of days is a weekly column's, no dateline (QA: two horoscope
    /// pages lost their headline).
    @Test func aSpanOfDaysClosesATitleNotADateline() throws {
        let body = (1...4).map { "Paragraph \($0) of the week's horoscope runs on for long enough, with plain words in it, to be read as prose." }
        let text = (["Inicio > Horóscopo semanal", "Horóscopo semanal del 10 al 16 de junio de 2024", "Por Estrella Quintana", "10 de junio de 2024", ""]
                    + body.flatMap { [$0, ""] }).joined(separator: "\n")
        let story = try #require(PageParser().parse(text, path: "p.txt").stories.first)
        #expect(story.headline == "Horóscopo semanal del 10 al 16 de junio de 2024")
        for title in ["Your Weekly Horoscope: June 10–16, 2024", "Horóscopo semanal del 10 al 16 de junio de 2024", "Events this week: June 10-16, 2024"] {
            #expect(!LeadingDate.closes(PageParser.split(title)[0]) && !LeadingDate.opens(PageParser.split(title)[0]), "\(title)")
        }
        #expect(LeadingDate.opens(PageParser.split("Updated: June 10, 2024")[0]))
        for dateline in ["Stansted Airport, Dec. 22, 2014.", "Rally in the square 08-01-2014", "Rally in the square, 10:00–16:00, 12 June 2024",
                         "Cannes Film Festival, May 14–25, 2024"] {
            #expect(LeadingDate.closes(PageParser.split(dateline)[0]), "\(dateline)")
        }
    }

    /// A section's kicker in capitals right over the headline is not it, though its few words are
    /// all the body's (QA: a letters page and a money column were headlined by their kickers).
    @Test func aKickerInCapitalsOverTheHeadlineIsNotIt() throws {
        let body = ["Tengo 78 años y he sido cliente de la misma caja de ahorros desde los dieciséis, y la directora de la oficina me llamaba por mi nombre y me ayudaba con las cartas del banco.",
                    "Ahora la oficina es una tienda de móviles y para cualquier gestión tengo que pedir cita por una aplicación que no entiendo o coger el autobús hasta la capital.",
                    "Escribo estas líneas al director del periódico porque sé que no soy el único: en mi pueblo somos muchos los que ya no podemos hacer solos lo que hacíamos siempre."]
        let header = ["Portada", "Opinión", "Deportes", "Ocio", "Opinión > Cartas al director", "", "CARTAS AL DIRECTOR", "", "Mi banco ya no me conoce", "",
                      "22/03/2024 05:00", ""]
        let story = try #require(PageParser().parse((header + body.flatMap { [$0, ""] }).joined(separator: "\n"), path: "p.txt").stories.first)
        #expect(story.headline == "Mi banco ya no me conoce")
        // A headline in capitals over its dek, a sentence, stays the headline.
        let kicker = PageParser.split("CARTAS AL DIRECTOR\n\nMi banco ya no me conoce")
        #expect(HeadlineModel.titleUnderKicker(1, in: [kicker[2], kicker[0]], ruledOut: []) == 0)
        let capitals = PageParser.split("MAN CHARGED AFTER CRASH\nPolice say the driver of the van was arrested at the scene.")
        #expect(HeadlineModel.titleUnderKicker(1, in: [capitals[1], capitals[0]], ruledOut: []) == nil)
    }
}

