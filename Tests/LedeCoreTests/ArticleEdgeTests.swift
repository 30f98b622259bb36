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

    /// A sharing box's lead-in is furniture, whatever follows it.
    @Test func aShareBoxsLeadInRaisesNothing() {
        let lines = PageParser.split("The council met on Monday and agreed the new harbour plan after a long debate.\nShare this:\nFacebook\nInstagram\nThe vote was close, and the plan now goes to the county for approval next month.")
        let logits = [2.0, -2, -2, -2, 2]
        #expect(LeadInLists.lifted(logits, lines: lines) == logits)
    }
}

/// Datelines and bylines in the world's other ways of writing them.
@Suite struct DatelineTests {
    @Test func aDateInFiguresIsADateline() {
        for text in ["22.02.2026 - 11:05", "2026-04-01 09:30", "01/04/2026", "Stand: 2026/4/1"] {
            #expect(NumericDate.occurs(in: text), "\(text)")
            #expect(PageParser.split(text)[0].isBylineOrDate, "\(text)")
        }
        for text in ["Bayern won 2-1 at home", "Version 1.2.3 is out", "Call 030-1234-5678", "12.345.2026", "2026-04-01-17", "20261.02.03"] {
            #expect(!NumericDate.occurs(in: text), "\(text)")
        }
        // A sentence that gives a date has words of its own.
        #expect(!PageParser.split("The council will vote on the harbour plan on 22.02.2026 after the summer.")[0].isBylineOrDate)
    }

    @Test func bylinesAndDatelinesOpenAsTheirLanguagesWriteThem() {
        for text in ["作者：小鹿 发布时间：2025-11-08", "Güncelleme: 22.02.2026 - 13:40", "Oleh Fajar Nugroho", "Door Anna de Vries", "Обновлено 4 февраля", "अपडेटेड: 12 मई 2026"] {
            #expect(PageParser.split(text)[0].isBylineOrDate, "\(text)")
        }
        // "Oleh karena itu" (so) and "Door de storm" (through the storm) open sentences.
        #expect(!PageParser.split("Oleh karena itu warga diminta tetap waspada")[0].isBylineOrDate)
        #expect(!PageParser.split("Door de storm vielen tientallen bomen om")[0].isBylineOrDate)
        // Words that open datelines open sentences and headlines too (review).
        for text in ["Veröffentlicht wurde die Studie im Fachjournal Nature.", "Publicado en 1967, el libro vendió millones de copias.",
                     "Aktualizacja systemu Windows naprawia błąd drukarek", "Door Russische aanvallen zijn duizenden mensen gevlucht."] {
            #expect(!PageParser.split(text)[0].isBylineOrDate, "\(text)")
        }
        #expect(PageParser.split("Aktualisiert am 22.02.2026")[0].isBylineOrDate)
        #expect(PageParser.split("Čtěte také")[0].opensLinkBox)
        #expect(!PageParser.split("Меткий выстрел решил матч")[0].endsArticle)
    }
}

extension NumericDate {
    static func occurs(in text: String) -> Bool { text.withUTF8Bytes { occurs(in: $0) } }
}

/// A list article's numbered sections, and a numbered box of other stories.
@Suite struct NumberedSectionsTests {
    @Test func sectionsThatCountUpWithTextBetweenAreRaised() {
        let lines = PageParser.split(["1. Snake plant", "Water once a month.", "2. ZZ plant", "Stores water in its roots.", "3. Jade", "Likes sun.",
                                      "4. Aloe", "Low water.", "Home and Garden Weekly"].joined(separator: "\n"))
        let logits = [Double](repeating: -2, count: lines.count)
        let item = MarkedLists.itemLogit
        #expect(NumberedSections.lifted(logits, lines: lines) == [item, item, item, item, item, item, item, item, -2])
    }

    @Test func aNumberedBoxOfHeadlinesIsNoSections() {
        let lines = PageParser.split(["Most read", "1. Ferry crews vote to strike", "2. Harbour plan divides the town", "3. Storm closes the coast road",
                                      "4. Council names new harbour master"].joined(separator: "\n"))
        let logits = [Double](repeating: -2, count: lines.count)
        #expect(NumberedSections.lifted(logits, lines: lines) == logits)
        #expect(NumberedSections.number(of: PageParser.split("12. The harbour")[0]) == 12)
        #expect(NumberedSections.number(of: PageParser.split("2026. The year the harbour closed")[0]) == nil)
        #expect(NumberedSections.number(of: PageParser.split("3.5 million visitors came")[0]) == nil)
        #expect(NumberedSections.number(of: PageParser.split("02. Januar 2015, 12:46 Mary Quant erhält den Orden")[0]) == nil)
    }

    /// "Read also" in Swedish, Polish and Italian heads a box of links.
    @Test func readAlsoHeadsABoxInOtherLanguages() {
        for text in ["Läs också", "Czytaj także:", "Leggi anche", "Lire aussi"] {
            #expect(PageParser.split(text)[0].opensLinkBox, "\(text)")
        }
    }
}

/// A recipe's lists with their headings, in languages whose units the lists know.
@Suite struct RecipeListHeadingTests {
    /// "Ingredienser" over the quantities, and "Gör så här:" after them leading into the steps.
    @Test func aListsHeadingAndTheNextListsLeadInAreTheArticles() {
        let lines = PageParser.split(["Här är mitt bästa recept på riktigt saftiga kanelbullar, och degen får gärna jäsa länge.", "Ingredienser",
                                      "50 g jäst", "5 dl mjölk", "150 g smör", "Gör så här:", "Smält smöret och värm mjölken till 37 grader."]
            .joined(separator: "\n"))
        let logits = [2.0, -2, -2, -2, -2, -2, 2]
        let item = MarkedLists.itemLogit
        #expect(QuantityLists.lifted(logits, lines: lines) == [2, item, item, item, item, -2, 2])
        let led = PageParser.split(["Voici la recette de la pâte à crêpes de ma grand-mère, la plus simple qui soit.", "Ingrédients :",
                                    "de la farine", "des œufs", "du lait", "Préparation :", "Mélangez la farine et les œufs, puis ajoutez le lait."]
            .joined(separator: "\n"))
        #expect(LeadInLists.lifted(logits, lines: led) == [2, item, item, item, item, item, 2])
    }
}

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

/// A list article's first section right under the dek opens the body, not the header.
@Suite struct RunOpeningTests {
    @Test func aNumberedSectionCannotLeadAsTheHeadline() {
        #expect(!ArticleOpening.canLeadAsHeadline(PageParser.split("1. Snake plant")[0]))
        #expect(ArticleOpening.canLeadAsHeadline(PageParser.split("Apple crumble cake")[0]))
    }
}
