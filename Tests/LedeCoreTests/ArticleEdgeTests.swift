@testable import LedeCore
import Testing

/// The article's own short lines at its edges and in its middle: a list a sentence leads into
/// with a colon, the last items and closing sentence of a list article, and a brief's short
/// sentences on a page the model reads no text on. (QA pages in Russian, Indonesian and English.)
@Suite struct ArticleEdgeTests {
    let menu = ["Home", "Repairs", "Garden", "Kitchen", "Forum", ""]
    let footer = ["", "Related articles", "How to clear a blocked sink", "How to choose a kitchen tap", "", "About us", "Contact", "Privacy policy"]

    /// "You will need:" and three tools, then a heading and the steps: the tools and the heading
    /// are the article's, in any language (the colon says so, not the words).
    @Test func aListTheTextLeadsIntoWithAColonIsTheArticles() {
        let introduction = "If the tap has started to drip, a worn washer is to blame more often than not, and you can replace it yourself in a quarter of an hour."
        let list = ["You will need:", "an adjustable spanner", "a new washer", "a flat screwdriver", "Step by step"]
        let steps = [
            "Turn off the water where it enters the flat.",
            "Take off the cap and undo the screw that holds the handle.",
            "Unscrew the valve with the spanner and lift it out.",
            "Swap the old washer for the new one and put the tap back together.",
        ]
        let text = (menu + ["How to replace a tap washer", "By Sam Okafor", introduction] + list + steps + footer).joined(separator: "\n")
        let story = PageParser().parse(text, path: "p.txt").stories.first
        #expect(story?.headline == "How to replace a tap washer")
        #expect(story?.paragraphs == [introduction] + list + steps)
    }

    /// Without the colon the same lines are a menu between two blocks (the rule asks for it).
    @Test func aListLedIntoByNoColonIsNotRaised() {
        let lines = PageParser.split("The council met on Monday and agreed the new harbour plan after a long debate.\nFollow us\nFacebook\nInstagram\nThe vote was close, and the plan now goes to the county for approval next month.")
        let logits = [2.0, -2, -2, -2, 2]
        #expect(LeadInLists.lifted(logits, lines: lines) == logits)
        let led = PageParser.split("The council met on Monday and agreed the new harbour plan after a long debate.\nIt named three sites:\nthe old quay\nthe ferry slip\nThe vote was close, and the plan now goes to the county for approval next month.")
        #expect(LeadInLists.lifted(logits, lines: led) == [2, MarkedLists.itemLogit, MarkedLists.itemLogit, MarkedLists.itemLogit, 2])
    }

    /// A list article's last items and its closing sentence, which the model reads as barely
    /// text, stay with the article rather than falling out just before the footer.
    @Test func theRunGrowsOverClosingLinesThatWeighNextToNothing() {
        let lines = PageParser.split("a\nb\nc\nd\ne\nf")
        #expect(ArticleRegion.withClosingLines(0...1, lines: lines, weights: [5, 5, -0.2, -0.7, 0.8, -3]) == 0...4)
        // Not when they weigh more against it, nor past a box's heading.
        #expect(ArticleRegion.withClosingLines(0...1, lines: lines, weights: [5, 5, -0.9, -0.7, 0.8, -3]) == 0...1)
        let boxed = PageParser.split("a\nb\nRelated articles\nd")
        #expect(ArticleRegion.withClosingLines(0...1, lines: boxed, weights: [5, 5, -0.1, 0.8]) == 0...1)
    }

    /// A brief of short sentences on a page too small for the model to read text on: its prose,
    /// marked unsure, has every sentence, however short.
    @Test func aBriefsShortSentencesAreItsProse() {
        let body = ["All westbound lanes of the bypass are closed near the harbour exit after a crash.", "Police say two cars were involved.",
                    "No injuries were reported.", "Expect delays."]
        let text = (["Metro Daily", "News", "Traffic", "Sports", "Weather", "", "Crash closes the bypass westbound", "Published 7:02 AM"] + body
                    + ["Trending", "Lottery jackpot hits $400 million", "Metro Daily | Terms | Privacy"]).joined(separator: "\n")
        let story = PageParser().parse(text, path: "p.txt").stories.first
        #expect(story?.paragraphs == body)
        #expect(PageParser.isPlainSentence(PageParser.split("Expect delays.")[0]))
        #expect(!PageParser.isPlainSentence(PageParser.split("Share this story.")[0]))
    }
}

extension ArticleEdgeTests {
    /// A box that follows the site leads into its buttons too: they are no list.
    @Test func aFollowBoxsButtonsAreNoList() {
        let lines = PageParser.split("The council met on Monday and agreed the new harbour plan after a long debate.\nSuivez-nous :\nFacebook\nInstagram\nThe vote was close, and the plan now goes to the county for approval next month.")
        let logits = [2.0, -2, -2, -2, 2]
        #expect(LeadInLists.lifted(logits, lines: lines) == logits)
    }

    /// A recipe's short title over its one-sentence standfirst: the title is the headline,
    /// however its fewer words weigh.
    @Test func aShortTitleOverASentenceStandfirstIsTheHeadline() {
        let dek = "The simplest apple cake on a crumbly base, and it never fails."
        let method = ["Rub the flour and butter together, add the sugar, the yolks and the cream, and knead the dough quickly.",
                      "Peel and grate the apples and cook them briefly with the sugar and cinnamon.",
                      "Line the tin with dough, add the apples and grate the frozen dough on top. Bake for 50 minutes."]
        let text = (["Granny's Kitchen", "Recipes", "Dinners", "Cakes", "Soups", "Log in", "Cakes", "", "Apple crumble cake", dek,
                     "Ingredients:", "300 g flour", "200 g butter", "100 g sugar", "Method:"] + method + ["Rate this recipe", "Comments (41)"])
            .joined(separator: "\n")
        let story = PageParser().parse(text, path: "p.txt").stories.first
        #expect(story?.headline == "Apple crumble cake")
    }

    /// The same over the recipe's card ("Prep: 10 min", "Serves: 4") between title and
    /// standfirst: the card is passed, and no fact of it is the headline.
    @Test func aShortTitleOverTheCardAndItsStandfirstIsTheHeadline() {
        let dek = "A plain red lentil soup, the way the corner restaurants make it, ready in forty minutes."
        let text = (["Kitchen Notes", "Recipes", "Soups", "Log in", "", "Home » Soups", "Red lentil soup", "Prep: 10 min", "Cook: 30 min", "Serves: 4", dek,
                     "Ingredients", "1 cup red lentils", "1 tbsp flour", "6 cups hot water", "Method",
                     "Fry the onion in butter.", "Stir in the flour for a minute.", "Add the lentils and water and simmer.", "Enjoy!", "Rate this recipe", "Similar recipes"])
            .joined(separator: "\n")
        let story = PageParser().parse(text, path: "p.txt").stories.first
        #expect(story?.headline == "Red lentil soup")
        // The method, to its last sentence of two words or more.
        #expect(story?.paragraphs.suffix(4) == ["Method", "Fry the onion in butter.", "Stir in the flour for a minute.", "Add the lentils and water and simmer."])
    }

    /// A sharing box's lead-in is furniture, whatever follows it.
    @Test func aShareBoxsLeadInRaisesNothing() {
        let lines = PageParser.split("The council met on Monday and agreed the new harbour plan after a long debate.\nShare this:\nFacebook\nInstagram\nThe vote was close, and the plan now goes to the county for approval next month.")
        let logits = [2.0, -2, -2, -2, 2]
        #expect(LeadInLists.lifted(logits, lines: lines) == logits)
    }

    /// Nor does a share box's heading under a short post announce a list: its buttons, "Haz clic
    /// para compartir en Facebook (Se abre en una ventana nueva)", are none of the post's (QA).
    @Test func aShareBoxsHeadingAnnouncesNoList() {
        let buttons = ["Haz clic para compartir en Facebook (Se abre en una ventana nueva)", "Haz clic para compartir en WhatsApp (Se abre en una ventana nueva)"]
        for heading in ["Share this:", "Comparte esto:", "Teilen mit:", "Condividi:"] {
            let text = (menu + ["La última siesta", "Publicado el 7 marzo, 2024", ""] + Self.column.flatMap { [$0, ""] } + [heading] + buttons + ["Me gusta esto:", "Relacionado"] + footer)
                .joined(separator: "\n")
            #expect(PageParser().parse(text, path: "p.txt").stories.first?.paragraphs == Self.column, "\(heading)")
        }
    }

    static let column = [
        "When the branch library cut its Saturday hours last year, the council called it a modest saving that few would notice at all.",
        "There was a man who used the computers to apply for jobs because his phone screen was cracked, and a girl who did her homework there.",
        "None of these people will answer a consultation, because they do not have the time to fill in forms online in the evening.",
    ]

    /// The writer's note under a column, opening with the name the header credits, is the
    /// author's box; a closing sentence that opens with another name is the column's.
    @Test func theWritersNoteUnderTheNameTheHeaderCreditsIsNoPartOfTheBody() {
        for (credit, note) in [("Ruth Adeyemi", "Ruth Adeyemi is a writer and former librarian. Her book is published by Harrow Press."),
                               ("Von Klara Neumann", "Klara Neumann ist Autorin und lebt in Bremen. Ihre Kolumne erscheint sonntags.")] {
            let text = (["The Civic Review", "Opinion", "", "Our libraries are not a luxury", credit, "Wed 22 May 2024", ""] + Self.column + [note, "", "Comments"])
                .joined(separator: "\n")
            #expect(PageParser().parse(text, path: "p.txt").stories.first?.paragraphs == Self.column, "\(credit)")
        }
        // A closing sentence that opens with the headline's or a menu's words is the column's.
        let white = "The White House did not immediately respond to a request for comment on the plan."
        let headed = (["The Civic Review", "New York", "", "The White House Defends New Tariff Plan", "By Ruth Adeyemi", "Wed 22 May 2024", ""]
                      + Self.column + [white, "", "Comments"]).joined(separator: "\n")
        #expect(PageParser().parse(headed, path: "p.txt").stories.first?.paragraphs.last == white)
        let closing = "Maria Lopez, who runs the Saturday reading club, says she will keep it going in the church hall."
        let text = (["The Civic Review", "", "Our libraries are not a luxury", "Ruth Adeyemi", "Wed 22 May 2024", ""] + Self.column + [closing, "", "Comments"])
            .joined(separator: "\n")
        #expect(PageParser().parse(text, path: "p.txt").stories.first?.paragraphs == Self.column + [closing])
    }

    /// The writer's card after a short story (the name the byline credits, a role, a note that
    /// opens with the name or its first word) is no text of it, nor is what follows it; a
    /// profile of someone the byline does not credit, under their name, is the story's.
    @Test func theWritersCardAfterTheTextIsNoPartOfTheBody() {
        let story = ["The outdoor pool at the aquatic centre will not open until November 16, two weeks later than planned, after contractors found a leak in its filters.",
                     "The council said the indoor pool and the splash park would stay open as usual."]
        let latest = ["Advertisement", "Latest News", "Drivers urged to slow down as roadworks start on the highway",
                      "The work to widen the highway near the airport will take about eight months, with the speed limit cut through the site.",
                      "Brittany Sands", "Get the latest news in your inbox"]
        for (byline, card) in [("By Sue Whitaker Staff Writer", ["Sue Whitaker", "Staff Writer", "Sue Whitaker has covered town government and schools for the Post since 2009."]),
                               ("By Jacob Ferris", ["Jacob Ferris", "Journalist", "Jacob is a journalist at the Post covering council and health news. Got a story? Email him."])] {
            let page = (["Property", "Jobs", "Puzzles", "Today's Paper", "Advertisement", "Local News", "Pool opening delayed two weeks", byline,
                         "Updated October 28 2024 - 3:41pm, first published 2:15pm"] + story + card + latest).joined(separator: "\n")
            #expect(PageParser().parse(page, path: "p.txt").stories.first?.paragraphs == story, "\(byline)")
        }
        // Under a byline of two writers, each one's section may open with the name and a note.
        let debate = ["Anna Berg", "Anna Berg says the pool should open on time, whatever the cost of the repairs to the filters."]
        let pair = (["Property", "Jobs", "Puzzles", "Today's Paper", "Advertisement", "Local News", "Pool opening delayed two weeks", "By Anna Berg and Lars Holm",
                     "Updated October 28 2024 - 3:41pm, first published 2:15pm"] + story + debate + latest).joined(separator: "\n")
        #expect(PageParser().parse(pair, path: "p.txt").stories.first?.paragraphs.prefix(4) == ArraySlice(story + debate))
        let profile = ["Jane Okafor", "Jane Okafor is a former teacher who has run the swimming club at the pool for twelve years."]
        let page = (["Property", "Jobs", "Puzzles", "Today's Paper", "Advertisement", "Local News", "Pool opening delayed two weeks", "By Sue Whitaker",
                     "Updated October 28 2024 - 3:41pm, first published 2:15pm"] + story + profile + latest).joined(separator: "\n")
        #expect(PageParser().parse(page, path: "p.txt").stories.first?.paragraphs.prefix(4) == ArraySlice(story + profile))
    }

    /// A press release ends at "Ends" or its notes to editors: the contacts and the
    /// organisation's boilerplate under them are not the news.
    @Test func aPressReleaseEndsAtItsNotesToEditors() {
        // (And a science release's reference and contacts: "Originalpublikation:", "Wissenschaftliche Ansprechpartnerin:".)
        for end in ["Ends", "Notes to editors", "Noot voor de redactie", "For more information contact:", "Originalpublikation:",
                    "Original publication:", "Wissenschaftliche Ansprechpartnerin:"] {
            #expect(PageParser.split(end)[0].endsArticle, "\(end)")
        }
        #expect(!PageParser.split("It ends here.")[0].endsArticle)
    }

    /// The list of sources and links under an article (a podcast's show notes, a feature's
    /// references), or an encyclopedia article's references, ends it, in the languages that
    /// head it so (review: not the word "sources" alone).
    @Test func aHeadingOfSourcesEndsTheArticle() {
        for end in ["Sources", "Sources and links", "Quellen und Links", "Fuentes y enlaces", "Fonti e link", "Bronnen en links", "References", "Einzelnachweise", "Références"] {
            #expect(PageParser.split(end)[0].endsArticle, "\(end)")
        }
        // Alone, the word heads an article's section about springs, fountains, energy sources.
        for heading in ["Quellen", "Fuentes", "Fonti", "Bronnen", "Quellen der Energie", "Quellen zufolge plant die Stadt einen neuen Deich"] {
            #expect(!PageParser.split(heading)[0].endsArticle, "\(heading)")
        }
    }

    /// A paywall's notice ends what a visitor may read of the article, sentences too; its offer
    /// under it is no text (QA: a short Danish and a French article kept the offer's lines).
    @Test func aPaywallsNoticeEndsTheArticle() {
        for notice in ["Cet article est réservé aux abonnés. Il vous reste 79% à découvrir.", "Weiterlesen mit Plus", "Pozostało 78% artykułu",
                       "Resten af artiklen er kun for abonnenter", "Wil je verder lezen?", "Per continuare a leggere questo articolo",
                       "Subscribe to continue reading"] {
            #expect(PageParser.split(notice)[0].endsArticle, "\(notice)")
        }
        #expect(PageParser.split("Il vous reste 79.35% de cet article à lire. La suite est réservée aux abonnés.")[0].endsArticle)
        // Without its share of the article, "Pozostało …" opens a sentence; a sentence opens
        // as a prompt to read on does (review).
        for text in ["Pozostało pięć dni do wyborów", "Para seguir leyendo este tipo de textos, los alumnos de la escuela municipal reciben un libro nuevo cada semana del curso.",
                     "Para seguir leyendo en verano, los socios podrán llevarse hasta quince libros.", "Pozostało do przeliczenia 3% głosów, ale przewaga jest bezpieczna.",
                     "Il vous reste une semaine : au-delà, une majoration de 10 % s'applique.", "Per continuare a leggere, molti anziani chiedono libri a caratteri grandi."] {
            #expect(!PageParser.split(text)[0].endsArticle, "\(text)")
        }
        let page = (["Lokalavisen", "Færger", "", "Færgen til Ærø aflyser igen", ""] + Self.column.prefix(2)
                    + ["Resten af artiklen er kun for abonnenter", "Få adgang til alle artikler på avisen og i app'en.", "Prøv 1 måned for 1 kr.",
                       "Derefter 149 kr./md. Ingen binding.", "Køb adgang", "", "Mest læste", "Havnen udvides", "Skolen lukker"]).joined(separator: "\n")
        #expect(PageParser().parse(page, path: "p.txt").stories.first?.paragraphs == Array(Self.column.prefix(2)))
    }

    /// "Read also" boxes as Vietnamese, Turkish and Swahili pages head them, and Swahili's inline
    /// "see also" link (QA set AE).
    @Test func readAlsoBoxesInMoreLanguages() {
        for heading in ["Đọc tiếp", "BUNLARI DA OKUYUN", "Bunları da okuyun", "Soma pia", "Tazama pia"] {
            #expect(PageParser.split(heading)[0].opensLinkBox, "\(heading)")
        }
        #expect(PageParser.isInlineLink(PageParser.split("Tazama pia: Wakazi wa Tiaty walalamikia uhaba wa maji")[0]))
    }

    /// The story's last sentence, short and plain, right over the related box or share bar, is
    /// its own; a contact note, a label's facts or a lead-in there are not.
    @Test func aShortClosingSentenceOverFurnitureIsTheArticles() {
        let closing = "Nobody was hurt."
        let text = (["The Civic Review", "Opinion", "", "Our libraries are not a luxury", "By Ruth Adeyemi", "Wed 22 May 2024", ""] + Self.column
                    + [closing, "Share", "Facebook", "X", "RELATED", "Ferry fares rise again", "Harbour wall holds", "", "Privacy policy"]).joined(separator: "\n")
        #expect(PageParser().parse(text, path: "p.txt").stories.first?.paragraphs == Self.column + [closing])
        for note in ["Contact Ana Costa at ana@example.org or follow her @anacosta.", "Attendance: 8,420 spectators.", "Media contact:"] {
            #expect(ArticleRegion.isNoteOrFacts(PageParser.split(note)[0]), "\(note)")
        }
        #expect(!ArticleRegion.isNoteOrFacts(PageParser.split(closing)[0]))
        // Nor does a sentence to the reader close the story.
        let form = PageParser.split("\(Self.column[0])\nYour email address will not be published.\nName\nEmail")
        #expect(ArticleRegion.withClosingLines(0...0, lines: form, weights: [20, -1, -3, -3]) == 0...0)
    }

    /// "di" then a name, alone on its line, is an Italian byline; a sentence that opens so is not.
    @Test func anItalianBylineIsKnown() {
        #expect(PageParser.split("di Giulia Ferrante")[0].isBylineOrDate)
        #expect(!PageParser.split("Di Maio ha detto che il porto riaprirà a maggio.")[0].isBylineOrDate)
        #expect(!PageParser.split("Di Maio attacca Salvini sulla manovra")[0].isBylineOrDate)
        #expect(!PageParser.split("Di Balik Kenaikan Harga Beras di Pasar Jakarta")[0].isBylineOrDate)
    }
}
