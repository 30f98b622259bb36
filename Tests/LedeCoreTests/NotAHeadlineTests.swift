@testable import LedeCore
import Testing

/// Lines whose form rules them out as a headline: a date and time alone, a trail of links, code,
/// a drawn or tabbed table, a link to the next post or to another page.
@Suite struct NotAHeadlineTests {
    func isRuledOut(_ text: String) -> Bool {
        NotAHeadline.applies(to: PageParser.split(text)[0])
    }

    @Test func aDateAndTimeAloneIsNoHeadline() {
        #expect(isRuledOut("on December 27, 2014 at 12:06 PM, updated December 27, 2014 at 12:10 PM"))
        #expect(isRuledOut("sexta-feira, 22 de outubro de 2010 às 20:13"))
        #expect(isRuledOut("3 hours ago"))
        #expect(isRuledOut("2014年12月27日 10:30"))
        #expect(isRuledOut("Updated 10h30 GMT"))
    }

    @Test func aLineThatIntroducesWhatFollowsIsNoHeadline() {
        #expect(isRuledOut("Final standings of the 2019 season after 36 races:"))
        #expect(isRuledOut("比赛结果："))
        // A page title's "Site ::" ends in two; a colon inside is a headline's.
        #expect(!isRuledOut("Harbour walks @ Anna's blog :: Pixnet ::"))
        #expect(!isRuledOut("Budget: the harbour gates hold"))
    }

    /// A series' counter over the headline and a sponsor's label over a paid story are no headlines (QA).
    @Test func aSeriesCounterOrASponsorsLabelIsNoHeadline() {
        for text in ["Part 3 of 5", "Presented by High Desert Federal Credit Union", "Sponsored by Harbour Bank", "Präsentiert von der Sparkasse"] {
            #expect(isRuledOut(text), "\(text)")
        }
        for text in ["Part of the problem: why the harbour keeps silting up", "Sponsors pull out of the harbour festival", "Presenting the new ferry"] {
            #expect(!isRuledOut(text), "\(text)")
        }
    }

    @Test func aHeadlineWithADateInItIsStillOne() {
        #expect(!isRuledOut("Markets fall on December 27, 2014"))
        #expect(!isRuledOut("2018 Boys State Swim Results"))
        // Words of a date without a number: a title, not a timestamp.
        #expect(!isRuledOut("Monday in May"))
    }

    @Test func aWholeDateClosingTheLineRulesItOut() {
        // A caption's place and day, a headline with its dateline run into it.
        #expect(isRuledOut("Stansted Airport, Dec. 22, 2014."))
        #expect(isRuledOut("Obama Urges Sudan to Allow Aid Groups Back Into the Country MARCH 30, 2009"))
        #expect(isRuledOut("Harbour Street flooded 12/03/2024"))
        // A year, or a month and a year, may close a headline.
        #expect(!isRuledOut("The 21 best films of 2017"))
        #expect(!isRuledOut("Jobs report for May 2015"))
        #expect(!isRuledOut("Ferry crews strike for the first time since 1998"))
        // A day said in the headline's sentence is part of it.
        #expect(!isRuledOut("Ferry crews will strike on March 12, 2024"))
    }

    @Test func aWholeDateOpeningTheLineRulesItOut() {
        // A dated link in a list, a dateline run into its place or its first words.
        #expect(isRuledOut("12/03/2024 Council approves the harbour plan"))
        #expect(isRuledOut("2024-03-12 09:58 Source: Coast Daily"))
        #expect(isRuledOut("Dec. 22, 2014 Ferry crews return to work"))
        #expect(isRuledOut("12. März 2024, 10:15 Im Hafen wird wieder gebaut"))
        #expect(isRuledOut("更新时间 2024年3月12日, 格林尼治标准时间10:41"))
        #expect(isRuledOut("2024年3月12日 10:01　発信地：東京"))
    }

    @Test func aLabelledDateRulesTheLineOut() {
        // A dateline's label in any language, then a whole date, with or without more after it.
        #expect(isRuledOut("发稿时间：2024-03-12 08:42:00 来源： 海港日报"))
        #expect(isRuledOut("Fecha de publicación: 12/03/2024"))
        #expect(isRuledOut("Date: March 12, 2024"))
        // A headline's kicker with a year is no label of a date; nor is a long opening.
        #expect(!isRuledOut("Exclusive: 2015 was the warmest year on record"))
        #expect(!isRuledOut("What the council said at the harbour meeting: 12 March 2024 plans"))
    }

    @Test func aMenuOfBarsIsNoHeadline() {
        #expect(isRuledOut("Home | News | Tech"))
        #expect(isRuledOut("ニュース | 経済 | 国際"))
        // A headline with its site's name, or with a bar of its own, is one.
        #expect(!isRuledOut("Ferry fares rise for the third year | Harbour Daily"))
        #expect(!isRuledOut("Ferry fares | a third rise in as many years | what it costs you"))
    }

    @Test func anAsideInBracketsOrAListsItemIsNoHeadline() {
        #expect(isRuledOut("(See the end of the work for notes.)"))
        #expect(isRuledOut("[Updated with the council's reply]"))
        #expect(isRuledOut("*  GET a folder: retrieve the names of its documents"))
        #expect(isRuledOut("• Ferry fares up by half"))
        #expect(isRuledOut("— Jane Doe on Sunday, in a local newspaper"))
        // Brackets or a dash inside a headline are its own.
        #expect(!isRuledOut("(Not) the end of the harbour gates"))
        #expect(!isRuledOut("Ferry fares — up by half?"))
        #expect(!isRuledOut("-20°C: the coldest night in a decade"))
    }

    @Test func aCaptionClosingWithItsPhotoCreditIsNoHeadline() {
        #expect(isRuledOut("Ann and Tom Reed. Photo courtesy Ann Reed"))
        #expect(isRuledOut("The mayor was seen at the harbour gates on Sunday. (AP Photo/Jane Doe)"))
        #expect(isRuledOut("Divers inspect their gear at the quay. Getty Images"))
        // In other languages' words (QA: a Dutch university's news headed by its picture's caption).
        #expect(isRuledOut("Onderzoekers meten met glasvezelkabels in de dijk bij Zegveld. Foto: Universiteit van de Lage Landen / Bram Kuipers"))
        #expect(isRuledOut("Die Fähre am Anleger in Wyk. Bild: Jana Peters"))
        #expect(isRuledOut("Le port de Brest au petit matin. Crédit photo : Jean Le Bris"))
        // Headlines that end in a label or say a word that opens like one are not (review).
        #expect(!isRuledOut("Il Carnevale di Venezia incanta piazza San Marco. FOTO"))
        #expect(!isRuledOut("Morto Gianfranco Lodi. Fotografo del neorealismo, aveva 91 anni"))
        #expect(!isRuledOut("Besançon. Crédit Mutuel : la grève se poursuit"))
        // A headline about pictures, or whose initialism stands before one, is one.
        #expect(!isRuledOut("Harbour gates open to ships again (Photos)"))
        #expect(!isRuledOut("U.S. Photo Agency Sued Over Harbour Pictures"))
        #expect(!isRuledOut("The gates open. Will the ships come back to the harbour this year?"))
        #expect(!isRuledOut("Rover lands on the far side. See the first photos"))
    }

    @Test func aFactsLabelAndFigureIsNoHeadline() {
        #expect(isRuledOut("Serves: 4"))
        #expect(isRuledOut("Prep time: 15 min"))
        #expect(isRuledOut("Kaç kişilik: 4"))
        #expect(isRuledOut("Preis: 19,99 €"))
        // A headline goes on after its figure, or opens with more than a label.
        #expect(!isRuledOut("Covid: 5 things to know"))
        #expect(!isRuledOut("Japan: 7 killed"))
        #expect(!isRuledOut("Nepal plane crash: 68 dead"))
        #expect(!isRuledOut("Gaza: 100 days"))
        #expect(!isRuledOut("What the harbour board decided last night: 4"))
    }

    @Test func aTrailOfSlashesOrASourcesLabelIsNoHeadline() {
        #expect(isRuledOut("Inicio / Guías / Fontanería"))
        #expect(isRuledOut("Source: University of Western Cascadia"))
        #expect(isRuledOut("Quelle: Statistisches Bundesamt"))
        // One slash, or long parts, belong to a headline.
        #expect(!isRuledOut("Pay / play: the harbour's new parking rules"))
        #expect(!isRuledOut("Ferry fares rise / crews vote to strike over pay / talks resume next week"))
        // One slash after the site's home is a trail too.
        #expect(isRuledOut("Ana Sayfa / İzmir"))
        #expect(isRuledOut("Home / World"))
        #expect(!isRuledOut("Homeless / hungry: a winter on the harbour"))
    }

    @Test func aYearOrADayOpeningAHeadlineKeepsIt() {
        #expect(!isRuledOut("2015 was the warmest year on record"))
        #expect(!isRuledOut("May 2015 jobs report beats forecasts"))
        #expect(!isRuledOut("9/11 memorial opens its doors"))
        #expect(!isRuledOut("3 dead, 12 hurt in 2014 ferry fire"))
    }

    @Test func aTrailOfLinksIsNoHeadline() {
        #expect(isRuledOut("Home > News > World"))
        #expect(isRuledOut("首页 >> 教育资讯 >> 正文"))
        #expect(isRuledOut("Torneio de Palpites »"))
        // The trail run in front of a headline is cut off it (`PageParser.lastCrumb`), not ruled out.
        #expect(!isRuledOut("Mac & i > News > 1Password für Mac generiert Einmal-Passwörter"))
        #expect(isRuledOut("Home > News > World"))
        // A section's name of a few words after the last arrow is no headline run in over a
        // title (QA: a city's release under "Accueil > Actualités > Communiqués de presse");
        // with none under it, it may be the headline (review: "… > Bridge reopens after repairs").
        let trail = PageParser.split("Accueil > Actualités > Communiqués de presse")[0]
        let title = PageParser.split("Stadtpark: Bevölkerung kann bei der Neugestaltung mitreden")[0]
        #expect(NotAHeadline.sectionTrails(among: [title, trail]) == [trail.number])
        #expect(NotAHeadline.sectionTrails(among: [trail]).isEmpty)
        #expect(!isRuledOut("Home > News > Local > Bridge reopens after repairs"))
        // French quotes stand between spaces too.
        #expect(!isRuledOut("Le film « Vape Wave » sort cette semaine"))
        #expect(!isRuledOut("Home-grown talent: the news from the world of sport"))
    }

    @Test func codeAndDrawnTablesAreNoHeadline() {
        #expect(isRuledOut("// No user with that username, throw a 404"))
        #expect(isRuledOut("{% for i in 1..user.trophies %}"))
        #expect(isRuledOut("return results;"))
        #expect(isRuledOut("n  │  zscore  │ is_anomaly"))
        #expect(isRuledOut("Pos.\tPiloto\tPontos\tVitórias"))
        // One tab parts two cells: an infobox's label and its value.
        #expect(isRuledOut("Founded\tFebruary 28, 1998"))
        #expect(!isRuledOut("Get your frontend JavaScript code covered"))
    }

    @Test func aLongAuthorCardIsABylineHoweverManyWordsItHas() {
        let card = PageParser.split("Matt Friedman | NJ Advance Media for NJ.com By Matt Friedman | NJ Advance Media for NJ.com")[0]
        #expect(card.wordCount > 14)
        #expect(!HeadlineModel.isEligible(card))
        #expect(HeadlineModel.isEligible(PageParser.split("Republican senator rips Christie over State of the State speech")[0]))
    }

    @Test func aHeadingThatEndsTheArticleIsNoHeadline() {
        // A short post under a long comment thread: the thread's heading, which names the post,
        // was the nearest title-shaped line above the thread.
        let eligible = { (text: String) in HeadlineModel.isEligible(PageParser.split(text)[0]) }
        #expect(!eligible("10 thoughts on “Business Focus: Why Some People Triumph Online and Others Never Make It”"))
        #expect(!eligible("Leave a Reply"))
        #expect(!eligible("Comments (12)"))
        #expect(eligible("Business Focus: Why Some People Triumph Online and Others Never Make It"))
        // Posts are titled so too: only a short heading, or one naming a title in quotes, is none (QA).
        #expect(eligible("Thoughts on Swift 6 Concurrency"))
        #expect(eligible("3 Thoughts on the New MacBook Pro"))
        #expect(eligible("12 Comments About Remote Work We Keep Hearing"))
        // An audio player's label is a call to action, which the headline model weighs against (QA).
        #expect(PageParser.split("Listen to this article, narrated by an automated voice · 4 min")[0].isCallToAction)
    }

    @Test func aTableOfContentsHeadingIsNoHeadline() {
        // A docs page with no title line took "On this page" over its contents for it (QA).
        for heading in ["On this page", "Contents", "Table of Contents", "Inhaltsverzeichnis", "Sommaire", "目次", "Содержание"] {
            #expect(isRuledOut(heading), "\(heading)")
        }
        #expect(!isRuledOut("Contents of a Victorian attic go on sale"))
    }

    @Test func aPagersButtonIsNoHeadline() {
        // A forum thread's pages listed between its title and its first post gave "Last" (QA).
        for label in ["Last", "Next", "Older posts", "Weiter", "Page suivante", "Siguiente"] {
            #expect(isRuledOut(label), "\(label)")
        }
        #expect(!isRuledOut("Last orders at the harbour pub"))
        #expect(!isRuledOut("Next steps"))
    }

    @Test func aLinkToTheNextPostIsNoHeadline() {
        #expect(isRuledOut("Next article These Weeks in Firefox: Issue 86"))
        #expect(isRuledOut("Previous post: Our roadmap"))
        #expect(!isRuledOut("Next steps for the city's budget"))
        // Behind an arrow, and in the other languages.
        for link in ["← Previous post: Why my rye loaf sank", "« Entrada anterior: Cómo hacer pan", "Nächster Beitrag: Brot backen",
                     "前の記事：パンの焼き方", "上一篇：如何做面包", "다음 글: 빵 굽는 법", "Предыдущая статья: Как испечь хлеб"] {
            #expect(isRuledOut(link), "\(link)")
        }
        #expect(!isRuledOut("« Nous avons été oubliés » : les enseignants"))
        // Where the words open headlines too, only with their colon.
        #expect(!isRuledOut("다음 글로벌 전략은 AI 검색"))
        #expect(!isRuledOut("下一篇章：城市更新的十年"))
    }

    @Test func aLinkToAnotherPageIsNoHeadline() {
        #expect(isRuledOut("See also: Harbour Foundation and Harbour Corporation"))
        #expect(isRuledOut("Main article: History of the harbour"))
        #expect(isRuledOut("À lire aussi : le port ferme ses portes"))
        #expect(isRuledOut("Baca juga: Pelabuhan ditutup"))
        #expect(!isRuledOut("Seeing also matters: the harbour at night"))
        #expect(!isRuledOut("Related by blood, parted by the harbour"))
    }
}

/// A page's copyright notice is never its headline; a headline about copyright still is.
extension NotAHeadlineTests {
    @Test func aCopyrightNoticeIsNoHeadline() {
        #expect(isRuledOut("© 2002, 2003 Jamie Doe"))
        #expect(isRuledOut("Copyright © 2019 The Harbour Times"))
        #expect(isRuledOut("Copyright (c) 2014 Ana Costa"))
        #expect(isRuledOut("Copyright 2019 The Harbour Times. All rights reserved"))
    }

    @Test func aLineWithAnEmailAddressIsNoHeadline() {
        #expect(isRuledOut("Letters to the Editor Email comments@harbourtimes.com"))
        #expect(isRuledOut("ana.costa@example.org"))
        // A handle has no domain; an "@" between spaces is a word.
        #expect(!isRuledOut("@harbourtimes answers readers on the ferry strike"))
        #expect(!isRuledOut("Ferry fares @ 2 euros for the summer"))
    }

    @Test func aHeadlineAboutCopyrightIsOne() {
        #expect(!isRuledOut("Copyright law overhaul passes the Senate"))
        #expect(!isRuledOut("Copyright holders sue the harbour archive"))
    }
}

/// A documentation generator's pilcrow after a heading (its permalink) is not the headline's.
@Suite struct PermalinkMarkTests {
    @Test func thePilcrowAfterAHeadingIsCut() {
        #expect(PermalinkMark.cut("Evolve: Shared Mutable History¶") == "Evolve: Shared Mutable History")
        #expect(PermalinkMark.cut("Installing the reader ¶") == "Installing the reader")
        #expect(PermalinkMark.cut("¶") == "¶")
        #expect(PermalinkMark.cut("Paragraphs ¶ and sections") == "Paragraphs ¶ and sections")
    }

    @Test func aHeadingWithItsPilcrowReadsWithout() {
        let body = (1...4).map { "Paragraph \($0) about shared mutable history runs on for long enough, with enough plain words in it, to be read as prose." }
        let text = (["Docs", "Evolve: Shared Mutable History¶", ""] + body).joined(separator: "\n")
        #expect(PageParser().parse(text, path: "p.txt").stories.first?.headline == "Evolve: Shared Mutable History")
    }

    /// A live blog's entry stamped with how long ago it ran is no headline; a headline with a
    /// count of minutes is one.
    @Test func anEntryStampedTimeAgoIsNoHeadline() {
        #expect(NotAHeadline.opensWithTimeAgo(PageParser.split("2 min ago FULL TIME: City 1-1 Arsenal")[0]))
        #expect(NotAHeadline.opensWithTimeAgo(PageParser.split("3 hours ago Storm warning extended north")[0]))
        #expect(!NotAHeadline.opensWithTimeAgo(PageParser.split("90 minutes that changed the league forever")[0]))
    }
}

/// Notices, bylines and captions whose form rules them out (QA).
extension NotAHeadlineTests {
    /// A cookie notice is no headline, in any language, whatever its length; a headline about
    /// cookies is one (QA: notices of one line over a short correction's title).
    @Test func aCookieNoticeIsNoHeadline() {
        #expect(isRuledOut("Consentimiento de cookies: Aceptar y continuar | Rechazar | Configurar"))
        #expect(isRuledOut("En cliquant sur « Accepter », vous consentez à l'utilisation de cookies. Accepter | Refuser"))
        #expect(isRuledOut("We use cookies to improve your experience. Accept | Settings"))
        #expect(isRuledOut("Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie zu und akzeptieren sie."))
        #expect(!isRuledOut("Regulator fines retailer over cookie banners"))
        // Abbreviations and questions break no notice's sentences (review).
        #expect(!isRuledOut("Cookie prices rise in U.S. as cocoa soars"))
        #expect(!isRuledOut("¿Aceptar todas las cookies? Lo que cambia para los lectores"))
        #expect(!isRuledOut("Cookie consent rules: what changes for readers | The Gazette"))
        #expect(!isRuledOut("Cookie recipes for the holidays"))
        // Notices whose sentences run into their button, or ask in other languages; a banner's
        // heading, cookies unnamed (QA).
        #expect(isRuledOut("Deze website maakt gebruik van cookies en vergelijkbare technologieën. Door verder te surfen ga je akkoord met ons cookiebeleid. OK"))
        #expect(isRuledOut("Acest site folosește cookie-uri. Prin continuarea navigării ești de acord cu utilizarea lor."))
        for heading in ["Vi värnar om din integritet", "We value your privacy", "Wir respektieren Ihre Privatsphäre"] {
            #expect(isRuledOut(heading), "\(heading)")
        }
        #expect(!isRuledOut("Your privacy is for sale, and the regulator knows it"))
        #expect(!isRuledOut("Bakery wins award for its cookies. Owners say OK"))
    }

    /// A line naming the piece's kind and its writer is a byline, never the headline; a
    /// headline naming its agent is one (QA: "Ein Kommentar von …" under a comment's title).
    @Test func aPieceKindAndItsWriterIsNoHeadline() {
        #expect(isRuledOut("Ein Kommentar von Stefanie Brockmann"))
        #expect(isRuledOut("Recipe by Elena Marchetti"))
        #expect(isRuledOut("Una columna de Ana María Pérez"))
        #expect(!isRuledOut("Town destroyed by Hurricane Helene"))
        #expect(!isRuledOut("Recipe by Elena Marchetti wins national prize"))
        #expect(!isRuledOut("A recipe by grandmother"))
        // A title-cased headline says more of its kind than an article (review).
        #expect(!isRuledOut("Lost Essay by Mark Twain Surfaces"))
        #expect(!isRuledOut("Neuer Bericht von Human Rights Watch"))
    }

    /// A gallery's caption behind its counter is no headline (QA: a wire story whose first
    /// picture's caption opens "Item 1 of 2" over the headline); a headline with a count is one.
    @Test func aSlidesCaptionBehindItsCounterIsNoHeadline() {
        #expect(isRuledOut("Item 1 of 2 A customer walks past a supermarket in Stockholm, Sweden, January 14, 2026."))
        #expect(isRuledOut("Photo 3 of 12 Firefighters work through the night at the harbour warehouse"))
        // A count not named as a slide is a survey's (review).
        #expect(!isRuledOut("3 of 4 Americans say they cannot afford a new car, survey finds"))
        #expect(!isRuledOut("1 in 5 renters face eviction notices this winter, survey finds"))
        #expect(!isRuledOut("Ferry 2 of 3 returns to service after repairs"))
        #expect(!isRuledOut("Day 3 of 10 on the harbour walk: the lighthouse"))
    }
}
