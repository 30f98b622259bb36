import Foundation
@testable import LedeCore
import Testing

/// A "Related" box of one link set inside an article, the article's last paragraph under it: the
/// box is left out, the paragraph kept; a box of teasers, each headline over its summary, ends
/// the article.
@Suite struct InlineLinkBoxTests {
    let parser = PageParser()

    static let prose = [
        "Lumenta said on Tuesday that its photonic chip runs inference workloads at a tenth of the power of the graphics processors it replaces.",
        "Photonic computing has been promised for decades, and skeptics have good reason to be cautious about converting signals back and forth.",
        "Chief executive Dana Ruiz acknowledged those limits. We are not claiming to replace the graphics processor for training, she said.",
        "Instead the company is aiming at data centres that serve trained models, where electricity is now the largest running cost by far.",
        "Two cloud providers have signed letters of intent, according to the company, though neither has committed to a volume order yet.",
    ]
    static let last = "The company did not share independent benchmarks. It says customers will be able to test the chips in its cloud."

    func page(_ middle: [String], _ after: [String]) -> String {
        (["Gadgetry", "News", "Reviews", "Lumenta unveils a light-based chip for artificial intelligence", "By Sam Lee", "May 2, 2024", ""]
         + Self.prose.flatMap { [$0, ""] } + middle + after
         + ["", "Most Popular", "The best laptops to buy right now", "Terms of Use", "© 2024 Gadgetry Media"]).joined(separator: "\n")
    }

    @Test func aBoxOfOneLinkInsideTheArticleIsLeftOutAndTheTextGoesOn() throws {
        let story = try #require(parser.parse(page(["Related", "Nvidia's next GPU is already sold out through 2025"], [Self.last]), path: "p.txt").stories.first)
        #expect(story.paragraphs == Self.prose + [Self.last])
    }

    /// The last paragraph under a related link alone on its line, over the tags, is the
    /// article's, however little the model makes of it between the two (QA: "Also Read | …",
    /// then a rain report's last paragraph, then "Topics"). Not a question under the link (the
    /// box's next link), nor a summary over another link (a teaser).
    @Test func theLastParagraphUnderARelatedLinkAloneIsKept() {
        func region(_ under: [String]) -> ClosedRange<Int> {
            let lines = PageParser.split((Array(Self.prose.prefix(3)) + ["Also Read | What is a red alert and what does it mean for you?"] + under
                                          + ["Topics", "Chips"]).joined(separator: "\n"))
            let weights = lines.map { $0.endsArticle ? -1000 : $0.isCallToAction ? -6 : $0.isParagraph ? 10.0 : -1 }
            // (The paragraph under the link weighs a little under nothing, as the model read it.)
            return ArticleRegion.withClosingLines(0...2, lines: lines, weights: weights.enumerated().map { $0.offset == 4 ? -0.5 : $0.element })
        }
        #expect(region([Self.last]) == 0...4)
        #expect(region(["Calendrier du jardinier : que faire au jardin en novembre et en décembre ?"]) == 0...2)
        #expect(region([Self.last, "Read more: Why photonic chips keep failing"]) == 0...2)
    }

    /// A short last sentence under a one-link box, closed by a full stop and set apart by a blank
    /// line, is the article's too, in any script; a link's headline under it stays the box's (QA).
    @Test func aShortClosingSentenceUnderABoxOfOneLinkIsKept() throws {
        for last in ["The chips ship in June.", "芯片将于六月上市。"] {
            let story = try #require(parser.parse(page(["Read also", "Nvidia's next GPU is already sold out through 2025", ""], [last]),
                                                  path: "p.txt").stories.first)
            #expect(story.paragraphs == Self.prose + [last], "\(last)")
        }
        let links = ["Related", "Nvidia's next GPU is already sold out through 2025", "", "Why photonic chips keep failing"]
        #expect(try #require(parser.parse(page(links, []), path: "p.txt").stories.first).paragraphs == Self.prose)
    }

    /// A box whose links run line after line, a list, ends at the first line set apart from them:
    /// the article's subheading and its list under it are the article's again (QA: "Leia também",
    /// two links, then "O que muda").
    @Test func aSubheadingSetApartUnderABoxOfLinksIsKept() throws {
        let links = ["Read also", "Nvidia's next GPU is already sold out through 2025", "Why photonic chips keep failing", ""]
        let after = ["Pricing and availability", "", "Developer kits cost $4,000;", "Cloud access opens in June;", "Volume orders ship next year.", "", Self.last]
        let story = try #require(parser.parse(page(links, after), path: "p.txt").stories.first)
        #expect(story.paragraphs == Self.prose + ["Pricing and availability", "Developer kits cost $4,000;\nCloud access opens in June;\nVolume orders ship next year.", Self.last])
    }

    /// A subheading under a box's single link, shorter than the link's headline, with its section
    /// under it, is the article's again: set apart by a blank line, or right over its paragraph
    /// on a page without blank lines (QA: "Lire aussi", a link, then "L'effet Notre-Dame"; "Te
    /// recomendamos", a link, then "Cómo evitarlo"). A second, shorter link right under the
    /// first, with a blank line under it, is the box's.
    @Test func aSubheadingUnderABoxsLinkOpensTheArticlesNextSection() throws {
        let link = "Nvidia's next GPU is already sold out through 2025"
        let apart = ["Read also", link, "", "Pricing and availability", ""]
        var story = try #require(parser.parse(page(apart, [Self.last]), path: "p.txt").stories.first)
        #expect(story.paragraphs == Self.prose + ["Pricing and availability", Self.last])
        let section = ["Developers can request a kit through the company's website, and the first units are expected to reach customers in the autumn, the company said on Tuesday.",
                       "The company did not share independent benchmarks. It says customers will be able to test the chips in its cloud before they commit to buying any hardware."]
        let tight = (["Tech News", "Lumenta unveils a light-based chip", "By Sam Lee"] + Self.prose + ["Te recomendamos", link, "Cómo evitarlo"] + section + [
                     "Compartir", "Facebook", "Twitter", "Ver 27 comentarios", "Lo más leído", "Probamos el nuevo portátil de 600 euros",
                     "Cómo desactivar la IA en WhatsApp paso a paso", "Aviso legal"]).joined(separator: "\n")
        story = try #require(parser.parse(tight, path: "p.txt").stories.first)
        #expect(story.paragraphs == Self.prose + ["Cómo evitarlo"] + section)
        let lines = PageParser.split(["Related", link, "Why chips fail", "", Self.last].joined(separator: "\n"))
        #expect(ArticleRegion.linkBoxes(in: 0...4, lines: lines) == [0, 1, 2])
    }

    /// An interview's question under a box's single link, with its answer under it, is the
    /// article's again, though it ends in its question mark and is as long as the link (QA:
    /// "Lesen Sie auch", a link, then "Was hilft stattdessen?"). Not in a text that asks no
    /// question above the box: there the question is the box's next headline (review). Nor
    /// when it stands right under the link, a blank line under it.
    @Test func anInterviewsQuestionUnderABoxsLinkIsKeptWithItsAnswer() throws {
        let link = "Nvidia's next GPU is already sold out through 2025"
        let question = "So what do the chips actually cost the buyer?"
        let asked = ["Why light rather than electrons?", "", "Because light loses far less energy over distance, and the converters at each end finally got cheap enough to make it pay.", ""]
        var story = try #require(parser.parse(page(asked + ["Read also", link, "", question, ""], [Self.last]), path: "p.txt").stories.first)
        #expect(story.paragraphs == Self.prose + asked.filter { !$0.isEmpty } + [question, Self.last])
        story = try #require(parser.parse(page(["Read also", link, "", question, ""], [Self.last]), path: "p.txt").stories.first)
        #expect(story.paragraphs.starts(with: Self.prose) && !story.paragraphs.contains(question))
        let lines = PageParser.split((asked + ["Related", link, question, "", Self.last]).joined(separator: "\n"))
        #expect(ArticleRegion.linkBoxes(in: 0...8, lines: lines) == [4, 5, 6])
    }

    /// A link that shares its heading's line ("Lesen Sie auch: …") inside the article, with the text
    /// going on under it in sections or questions, does not end the article (QA: an interview
    /// lost its last answers under "Lesen Sie auch: …").
    @Test func aLinkInItsHeadingsLineWithQuestionsUnderItDoesNotEndTheArticle() throws {
        let more = [
            "The chip moves data between its cores as pulses of light, which lose far less energy over distance than electrons in copper.",
            "Its designers say the hard part was never the optics but the converters at each end, which had eaten most of the savings before.",
            "The new design keeps the signal optical for longer, converting it only when a result is needed, and that is where the gain comes from.",
            "Analysts at two research firms said the claims were plausible but that the test workloads chosen by the company flatter the chip.",
            "Lumenta was founded six years ago by researchers from a university laboratory and has raised about three hundred million dollars.",
        ]
        let asked = ["Why light rather than electrons?", "", "Because light loses far less energy over distance, and the converters at each end finally got cheap enough to make it pay.", ""]
        let after = asked + ["Lesen Sie auch: Nvidias neue GPU ist ausverkauft", "", "And what will the chips cost?", "",
                     "Developer kits will reach the first customers in June, and the company expects larger orders to follow next year.", "",
                     "When do they ship?", "", Self.last]
        let story = try #require(parser.parse(page(more.flatMap { [$0, ""] }, after), path: "p.txt").stories.first)
        #expect(story.paragraphs == Self.prose + more + after.filter { !$0.isEmpty && !$0.hasPrefix("Lesen Sie auch") })
    }

    /// "Read also" in the languages pages come in, alone over its links or opening a link's line.
    @Test func readAlsoInMoreLanguagesHeadsABoxOrOpensALink() {
        for heading in ["Pročitajte još", "Прочитајте још", "Прочетете още", "Preberite tudi", "Lasiet arī", "Taip pat skaitykite", "Bekijk ook",
                        "Se også", "MER FRÅN KVÄLLSPOSTEN", "Mer fra NRK", "हेही वाचा", "இதையும் படிக்க", "یہ بھی پڑھیں"] {
            #expect(PageParser.split(heading)[0].opensLinkBox, "\(heading)")
        }
        for link in ["Pročitajte još: Koliko nas zaista košta struja", "Прочетете още: Парламентът прие бюджета", "हेही वाचा : मुंबईत पावसाचा जोर",
                     "இதையும் படிக்க: சென்னையில் மழை", "یہ بھی پڑھیں: پیٹرول کی قیمت", "Te recomendamos: Los mejores móviles de 2025",
                     "Se også: Flere innstilte ferjeavganger", "Watch: Highlights of the final"] {
            #expect(PageParser.split(link)[0].isCallToAction, "\(link)")
        }
        for sentence in ["Se, det var en god dag for laget.", "Watching the final was hard for the fans.", "Se også etter skader på dekkene før du monterer dem.",
                         "Te recomendamos reservar alojamiento con antelación.", "Bekijk ook de website van de gemeente."] {
            #expect(!PageParser.split(sentence)[0].isCallToAction, "\(sentence)")
        }
    }

    /// More links in a run of their own after the blank line are the box's still (review).
    @Test func linksRunningOnAfterABlankLineAreTheBoxs() throws {
        let body = ["Hospital waiting lists in England have reached a record high, with 7.8 million people waiting for treatment, official figures show.",
                    "The number of patients waiting more than a year for routine surgery also rose, despite a government target to eliminate such waits by the spring.",
                    "Health leaders said staff shortages and a cold winter had put hospitals under severe pressure.",
                    "The health secretary said the figures were disappointing but that a new plan would cut waits within two years."]
        let text = ["Home", "News", "Health", "Hospital waiting lists reach record high", "By Sarah Klein", "March 4, 2026", "",
                    body[0], "", body[1], "", "Related", "Nurses vote to strike over pay", "GP appointments hard to get, survey finds", "",
                    "Ambulance delays linked to hundreds of deaths", "Dentists quit NHS work in record numbers", "",
                    body[2], "", body[3], "", "Share this article", "Most read", "Heatwave warning issued for the weekend"].joined(separator: "\n")
        #expect(try #require(parser.parse(text, path: "p.txt").stories.first).paragraphs == body)
    }

    /// The article's last sentence under an ad slot's label, over a box of links and the comment
    /// form, is kept: the model doubts a sentence that short and that plain (QA).
    @Test func aClosingSentenceUnderAnAdLabelIsKept() throws {
        let last = "Efforts to reach Lumenta's largest rival for comment were unsuccessful as of press time."
        let after = [last, "", "Related", "Kogi govt begins relocation of riverine communities", "Niger: Boat mishap claims 9 lives",
                     "Leave a comment", "Your email address will not be published."]
        for label in ["Advertisement", "Pubblicità", "Реклама"] {
            let story = try #require(parser.parse(page([label, ""], after), path: "p.txt").stories.first)
            #expect(story.paragraphs == Self.prose + [last], "\(label)")
        }
        #expect(!Phrases.isAdLabel(PageParser.split("Subscribe")[0]))
        for label in ["โฆษณา", "विज्ञापन", "বিজ্ঞাপন", "تبلیغات", "Quảng cáo", "Publicitate", "Oglas", "Hirdetés", "اشتہار", "Publicitat"] {
            #expect(Phrases.isAdLabel(PageParser.split(label)[0]), "\(label)")
        }
        // A paywall's note and a social post's embed labels name a call to action; where it stands
        // says whether the line is one (`CallToActionPlace`) (QA).
        for line in ["Denne artikkelen er forbeholdt abonnenter", "Tämä artikkeli on tarkoitettu tilaajille", "View this post on Instagram",
                     "Dieser Artikel gehört zum Angebot von Nordkurier+. Er ist aktuell jedoch für alle Leserinnen und Leser frei zugänglich.",
                     "A post shared by Lake Annecy Tourism (@lakeannecy)"] {
            #expect(PageParser.split(line)[0].isCallToAction || PageParser.split(line)[0].mentionsCallToAction, "\(line)")
        }
        #expect(PageParser.split("อ่านข่าวที่เกี่ยวข้อง")[0].opensLinkBox)
    }

    /// An ad unit inside the article under its label, a headline, its pitch and its button run
    /// together, is left out; a subheading between two ad labels is the article's.
    @Test func anAdUnitUnderItsLabelIsLeftOut() throws {
        let unit = ["Sponsored", "A weekend by the sea for less", "Book two nights at the Harbour Hotel and the third is on us, breakfast included, until April.",
                    "Book now", ""]
        let story = try #require(parser.parse(page(unit, [Self.last]), path: "p.txt").stories.first)
        #expect(story.paragraphs == Self.prose + [Self.last])
        let lines = PageParser.split(["Advertisement", "Part two: the launch", "Advertisement", "", Self.last].joined(separator: "\n"))
        #expect(ArticleRegion.adUnit(under: 0, in: lines) == nil)
        // The article's paragraphs run together under an ad's label, then its next subheading: no unit.
        let tight = PageParser.split(["Advertisement", Self.prose[0], Self.prose[1], "The vote", "", Self.last].joined(separator: "\n"))
        #expect(ArticleRegion.adUnit(under: 0, in: tight) == nil)
    }

    @Test func aBoxOfTeasersEndsTheArticle() throws {
        let teasers = ["More from News", "Wodonga hospital emergency upgrade finally under way",
                       "Work on the emergency department expansion began this week, with the first stage due next year.",
                       "Lavington shopping centre sold to Melbourne investors",
                       "The centre, which includes a supermarket and thirty shops, changed hands in an off-market deal."]
        let story = try #require(parser.parse(page(teasers, []), path: "p.txt").stories.first)
        #expect(story.paragraphs == Self.prose)
    }

    /// "Related" and what the site publishes, in two or three words, heads a box as "Related" does
    /// (QA: "Related recalls" over three teasers under a short notice); a longer line, one
    /// ending in a colon or an article's subheading ("Related conditions", review) does not.
    @Test func relatedAndAWordOrTwoHeadsABox() {
        for heading in ["Related recalls", "Related guides", "RELATED VIDEO CONTENT"] {
            #expect(PageParser.split(heading)[0].opensLinkBox, "\(heading)")
        }
        for line in ["Related parties and their roles", "Related recalls:", "Relatedness", "Related conditions", "Related costs"] {
            #expect(!PageParser.split(line)[0].opensLinkBox, "\(line)")
        }
    }

    /// A short article over a box of teasers, with more boxes, comments and the footer under it
    /// and no blank line anywhere (innerText): the box ends the article, not only the lowest
    /// box does (QA: "À lire aussi" over three teasers, then "Les plus lus").
    @Test func aBoxOfTeasersHigherUpEndsAShortArticle() throws {
        let body = ["La circulation du tramway de la ligne 1 sera interrompue entre les arrêts Commerce et Duchesse-Anne samedi et dimanche, toute la journée.",
                    "Des bus relais seront mis en place toutes les dix minutes environ. Le trafic reprendra normalement lundi matin à partir de 5 h."]
        let teasers = ["À lire aussi", "Nantes. Le marché de Noël ouvre ses portes place Royale avec quarante nouveaux chalets",
                       "Cette année, les organisateurs ont misé sur les artisans locaux et prolongent l'ouverture jusqu'au 31 décembre.",
                       "Loire-Atlantique. Un nouveau pont sur la Loire ? La Métropole lance une concertation",
                       "Les habitants sont invités à donner leur avis jusqu'au 15 janvier sur les différents scénarios envisagés.",
                       "Saint-Nazaire. Le chantier naval annonce deux nouvelles commandes de paquebots",
                       "Les carnets de commandes sont pleins jusqu'en 2031, de quoi rassurer les salariés du site et les sous-traitants."]
        let below = ["Les plus lus", "1. Nantes : un immeuble évacué après un incendie", "2. Vendée : la tempête a privé 12 000 foyers d'électricité",
                     "Réagir à cet article", "Christophe44",
                     "Encore ! C'est la troisième fois depuis la rentrée. Il faudrait prévenir plus tôt que la veille, surtout avec les courses de Noël.",
                     "Annie L.", "Les bus relais fonctionnent plutôt bien d'habitude, mais pour les fauteuils c'est compliqué à l'arrêt Commerce.",
                     "Voir les 9 commentaires", "Mentions légales", "© Le Courrier de l'Ouest 2024"]
        let text = (["Le Courrier de l'Ouest", "Actualité", "Nantes", "Nantes. La ligne 1 du tramway interrompue ce week-end pour travaux",
                     "Publié le 22/11/2024 à 07h30", "Partager"] + body + teasers + below).joined(separator: "\n")
        let story = try #require(parser.parse(text, path: "p.txt").stories.first)
        #expect(story.paragraphs == body)
        #expect(PageParser.split("Lees ook")[0].opensLinkBox)
    }

    /// A region that ends on the first teaser's summary, the box's further teasers under it: the
    /// box is no link set inside the article with its last paragraph under it (QA: "Veja também").
    @Test func aRegionEndingOnTheFirstTeaserLeavesItOut() throws {
        let teasers = ["Veja também", "", "Frio intenso: Defesa Civil alerta para temperaturas de até 6°C nesta semana",
                       "A massa de ar polar deve permanecer sobre o estado até sexta-feira. A prefeitura abriu mais vagas em abrigos.", "",
                       "Metrô anuncia novas estações da Linha 2-Verde para 2026",
                       "A expansão até a Penha vai beneficiar cerca de 380 mil passageiros por dia e reduzir o tempo de viagem.", ""]
        let story = try #require(parser.parse(page(teasers, []), path: "p.txt").stories.first)
        #expect(story.paragraphs == Self.prose)
        let lines = PageParser.split(teasers.joined(separator: "\n"))
        #expect(ArticleRegion.teaserFollows(3, lines: lines))
        #expect(!ArticleRegion.teaserFollows(6, lines: lines))
    }

    /// Under "Read also" and its teaser, the article going on in sections of one paragraph each,
    /// under subheadings shorter than another story's headline, is the article's, with boxes
    /// of teasers further down (review: the sections read as teasers, and were left out).
    @Test func sectionsOfOneParagraphUnderAnInlineBoxAreTheArticles() throws {
        let sections = ["Which streets are included", "The zone covers the ring road and every street inside it, including the bridges over the river.",
                        "What drivers will pay", "Cars that fail the standard will pay twelve pounds a day, collected by the cameras at every entry point.",
                        "When it starts", "The charge begins in September, after a month in which drivers are sent warnings instead of fines."]
        let inline = ["Read also", "Council approves new cycle lanes along the harbour front",
                      "The scheme was approved by nine votes to four after a debate that lasted more than three hours."]
        let boxes = ["More from Sport", "Harbour rowing club wins its third national title in a row",
                     "The crew beat the defending champions by two lengths in a final held in strong winds.",
                     "Town football ground to get new floodlights before winter",
                     "The club said the lights would allow evening matches for the first time in a decade."]
        let text = (["Gadgetry", "News", "Harbour city to charge older cars for driving into the centre", "By Sam Lee", "May 2, 2024"]
                    + Self.prose.prefix(2) + inline + sections + boxes + ["Terms of Use", "© 2024 Gadgetry Media"]).joined(separator: "\n")
        let story = try #require(parser.parse(text, path: "p.txt").stories.first)
        // (The inline teaser's summary, a paragraph under its link, is still read as the article's.)
        #expect(story.paragraphs.prefix(2) == Self.prose.prefix(2))
        #expect(story.paragraphs.suffix(sections.count) == sections[...])
        let lines = PageParser.split((sections + inline + ["İlgili Haberler", "Bruno Costa'ya Avrupa'dan talip var", "3. Die richtigen Schuhe tragen",
                                                           "10 best beaches in Devon for families", "嵐山で交通規制"]).joined(separator: "\n"))
        #expect(lines.map(ArticleRegion.isLongHeadline) == [false, true, false, true, false, true, false, true, true, false, true, false, true, true])
    }

    /// A Turkish box's teasers have headlines of few words, long ones: they end a short article.
    @Test func teasersWithHeadlinesOfFewLongWordsEndAnArticle() throws {
        let body = ["Süper Lig'in 10. haftasında Karadenizspor, deplasmanda Anadolu Gençlik'i 2-1 mağlup etti ve ligde üçüncü sıraya yükseldi.",
                    "Maç sonu açıklama yapan teknik direktör, takımının özellikle ilk yarıda çok iyi oynadığını ve sonuçtan memnun olduğunu söyledi."]
        let box = ["İlgili Haberler", "Anadolu Gençlik'te hoca değişikliği gündemde",
                   "Üst üste üçüncü yenilginin ardından yönetim, teknik heyetle bir toplantı yapacak. Kararın hafta içinde açıklanması bekleniyor.",
                   "Bruno Costa'ya Avrupa'dan talip var",
                   "Brezilyalı forvet, bu sezon attığı altı golle dikkat çekiyor. İtalyan ve Portekiz kulüplerinin oyuncuyu yakından izlediği belirtiliyor.",
                   "Yorumlar (4)", "bordomavi61", "Emre Yıldız sezonun en iyi transferi oldu, her maçta fark yaratıyor ve takımı sırtlıyor.",
                   "Künye", "© 2024 Saha Spor Haber"]
        let text = (["Saha Spor Haber", "Futbol", "Süper Lig", "Karadenizspor deplasmanda 3 puanı aldı", "Spor Servisi", "27 Ekim 2024, 21:48", "Paylaş"]
                    + body + box).joined(separator: "\n")
        let story = try #require(parser.parse(text, path: "p.txt").stories.first)
        #expect(story.paragraphs == body)
    }

    /// "Read more" over one link with the article going on under it: no teaser ends there, and the
    /// link is no paragraph of the article.
    @Test func readMoreOverOneLinkInsideTheArticleSplitsNothing() throws {
        let rest = ["Network Rail closed the line between the two cities after a section of embankment was washed away overnight.",
                    "The environment secretary is expected to visit the area later today, and local members of parliament want funds."]
        let text = (["News", "UK", "Rivers burst banks across three counties as second storm in a week hits", "By Eleanor Whitby", "Tue 14 Nov 2023", ""]
                    + Self.prose.flatMap { [$0, ""] } + ["Read more", "Storm Bert: what we know so far about the damage", ""]
                    + rest.flatMap { [$0, ""] } + ["Most viewed", "Chancellor hints at fuel duty freeze"]).joined(separator: "\n")
        let page = parser.parse(text, path: "p.txt")
        #expect(page.stories.count == 1)
        let story = try #require(page.stories.first)
        #expect(story.headline == "Rivers burst banks across three counties as second storm in a week hits")
        #expect(story.paragraphs == Self.prose + rest)
    }

    /// "Read more" over two links, the match report going on under them: the paragraphs above
    /// are no teaser's excerpt, nor is a link the headline (QA: the report's first four
    /// paragraphs became a teaser, and the first link the headline).
    @Test func readMoreOverTwoLinksInsideTheArticleSplitsNothing() throws {
        let above = ["Clare are through to the All-Ireland final for the first time in a decade after holding off a ferocious Kilkenny comeback at Croke Park.",
                     "Brian Moloney's side led by six points with twelve minutes remaining, but they had to dig deep as Kilkenny reeled them in.",
                     "It took a stunning point from substitute Darragh Keane in the 73rd minute to settle a contest that swung one way and then the other."]
        let below = ["Kilkenny had started the brighter, and Eoin Brennan hit three early points as the Leinster champions raced into a lead.",
                     "But Clare found their rhythm, and the game turned when Mulcahy collected a long delivery, turned his marker and buried a shot.",
                     "The Banner led at half-time and seemed to have taken control when they pushed six clear early in the second half.",
                     "However, Kilkenny refused to go away, and a goal from a free in the 58th minute cut the gap to a single point."]
        let text = (["Sport", "GAA", "Hurling", "Clare edge out Kilkenny in Croke Park thriller to reach All-Ireland final", "Cormac Lenihan",
                     "Sun 7 Jul 2024 at 18:31"] + above
                    + ["Read more", "'We'll enjoy it tonight': Moloney hails Clare's character after epic win", "Tommy Costigan: Kilkenny's refusal to lie down is what makes them great"]
                    + below + ["Most Read", "Ireland name squad for South Africa second Test", "© Clarion News & Media Ltd 2024"]).joined(separator: "\n")
        let page = parser.parse(text, path: "p.txt")
        let story = try #require(page.stories.first)
        #expect(story.headline == "Clare edge out Kilkenny in Croke Park thriller to reach All-Ireland final")
        #expect(story.paragraphs == above + below)
        #expect(page.stories.count == 1)
    }

    /// Under the link, the text may go on from a short sentence or a subheading; a short line is
    /// no second link (review: "It was not always like this.", "Union calls for talks").
    @Test(arguments: ["It was not always like this.", "Union calls for talks"])
    func theTextGoesOnUnderALinkFromAShortLine(opener: String) throws {
        let rest = ["In the winter of 2012 the same river burst its banks and flooded more than a hundred homes in the village, some to a depth of a metre.",
                    "Parish council chairman Colin Darby said residents had been nervous but hopeful as the water rose through the night."]
        let text = (["News", "UK", "Rivers burst banks across three counties as second storm in a week hits", "By Eleanor Whitby", "Tue 14 Nov 2023"]
                    + Self.prose + ["Read more", "Storm Bert: what we know so far about the damage", opener] + rest
                    + ["Most viewed", "Chancellor hints at fuel duty freeze"]).joined(separator: "\n")
        let story = try #require(parser.parse(text, path: "p.txt").stories.first)
        #expect(story.headline == "Rivers burst banks across three counties as second storm in a week hits")
        #expect(story.paragraphs == Self.prose + [opener] + rest)
    }

    /// The article's last paragraphs under an "Also Read: …" link set between its paragraphs,
    /// with the site's "See more" under them: no teaser's card, the article's (QA: an Indian
    /// daily's last three paragraphs were read as a card and lost).
    @Test func theLastParagraphsUnderAnInlineLinkOverSeeMoreAreTheArticles() throws {
        let last = ["Residents' welfare associations and apartment complexes have also begun rationing water, and several have shut their pools.",
                    "Schools and offices in some parts of the city have reportedly asked students and employees to stay at home this week.",
                    "Experts have blamed the crisis on rapid unplanned urbanisation, encroachment of lakes and over-reliance on groundwater."]
        let text = (["News", "Cities", "Bengaluru water crisis: board bans use of drinking water for car wash and gardening", "Written by Staff Reporter",
                     "Updated: Mar 8, 2024 10:12 IST"] + Self.prose
                    + ["Also Read: 'Showering at the mall, eating on paper plates': how residents are coping with the shortage"] + last
                    + ["See more", "Topics", "Bengaluru", "Water shortage"]).joined(separator: "\n")
        let page = parser.parse(text, path: "p.txt")
        #expect(page.stories.count == 1)
        let story = try #require(page.stories.first)
        #expect(story.paragraphs == Self.prose + last)
    }

    /// A card under the article, headed by such a link over its one excerpt and "Read more", is a
    /// teaser still (review: "WATCH: …" and "ALSO READ | …" cards after the last paragraph).
    @Test func aCardHeadedByALinkOverOneExcerptIsATeaser() throws {
        let excerpt = "Volunteers spent Tuesday afternoon filling sandbags along the river as the water rose towards the old town's walls."
        let text = (["News", "Lumenta unveils a light-based chip for artificial intelligence", "By Sam Lee", "May 2, 2024"] + Self.prose
                    + ["WATCH: Residents fill sandbags as Red Fork River rises", excerpt, "Read more", "© 2024 Gadgetry Media"]).joined(separator: "\n")
        let page = parser.parse(text, path: "p.txt")
        #expect(page.stories.first?.paragraphs == Self.prose)
        #expect(page.stories.contains { $0.kind == .teaser && $0.paragraphs == [excerpt] })
    }

    /// "Read more:" leads into links: the article above it is no teaser's excerpt, whatever
    /// follows the links.
    @Test func readMoreWithAColonLeadsIntoLinks() throws {
        let text = (["News", "News›Galway", "Plans for 212 homes at former mill site approved despite objections", "Siobhán Ní Bhriain", "Tue, 10 Feb 2026, 17:45", ""]
                    + Self.prose.flatMap { [$0, ""] } + ["Read more:", "Galway city rents rise 9% in a year, report finds",
                                                         "Council to review flood defences on Terryland River", "Most Read", "Galway"]).joined(separator: "\n")
        let page = parser.parse(text, path: "p.txt")
        let story = try #require(page.stories.first)
        #expect(page.stories.count == 1 && story.kind == .article)
        #expect(story.paragraphs == Self.prose)
    }

    /// Under "Read next", a teaser's summary follows its headline: not the article's last paragraph.
    @Test func aTeaserUnderReadNextIsNotTheArticles() throws {
        let story = try #require(parser.parse(page(["Read next", "Intel cuts 15,000 jobs as chip sales slide"],
                                                   ["The chipmaker said the cuts would save ten billion dollars next year."]), path: "p.txt").stories.first)
        #expect(story.paragraphs == Self.prose)
    }

    /// A local paper's box of the latest news ends a short story, each teaser a headline over
    /// its summary ("More local news", "Les dernières actualités"; QA: a correction and an
    /// obituary of a few paragraphs each, the box's summaries taken as their text).
    @Test func aLocalPapersLatestNewsBoxEndsAShortStory() throws {
        let story = ["Former harbour master Jim Calloway, who spent sixty years as a volunteer lifesaver, has died at the age of 88 after a short illness.",
                     "He served on the council for sixteen years and was credited with more than forty rescues from the surf at the town's main beach.",
                     "He is survived by his wife Margaret, four children and eleven grandchildren, and a memorial service will be held on Friday."]
        for heading in ["More local news", "Les dernières actualités"] {
            let box = [heading, "", "Port Ellis surf club gets funding for a new clubhouse", "The $2.4 million project will replace the old building.", "",
                       "Council defers its vote on the caravan park lease again", "Councillors want more information before deciding.", ""]
            let text = (["Coastal Courier", "News", "Sport", "", "Former harbour master Jim Calloway dies at 88", "By Ann Lee", "March 4, 2026", ""]
                        + story.flatMap { [$0, ""] } + box + ["Terms of Use", "© 2026 Coastal Courier"]).joined(separator: "\n")
            #expect(try #require(parser.parse(text, path: "p.txt").stories.first).paragraphs == story, "\(heading)")
        }
    }
}
