@testable import LedeCore
import Testing

/// What makes a line a call to action, and what does not.
@Suite struct CallToActionTests {
    /// A line that names JavaScript is no banner asking for it (QA: a table's "JavaScript" row
    /// and a subheading were dropped as calls to action).
    @Test func namingJavaScriptIsNoCallToAction() {
        #expect(!PageParser.split("JavaScript keeps growing")[0].isCallToAction)
        #expect(!PageParser.split("JavaScript\t49%\t-1")[0].isCallToAction)
        #expect(PageParser.split("Please enable JavaScript to view the comments powered by Disqus.")[0].isCallToAction)
        #expect(PageParser.split("This site requires JavaScript")[0].isCallToAction)
    }

    /// A call to action's words said in passing are the story's (QA: five paragraphs of a short
    /// story dropped); said first, or by a short line, they are a button's or a box's.
    @Test func aPhraseSaidInPassingIsNoCallToAction() {
        let prose = [
            "Residents can donate blood at the town hall on Friday between nine and five.",
            "The bill was sponsored by Senator Alan Reyes and passed with a wide majority.",
            "His comments drew criticism from the opposition, which called the plan rushed.",
            "Bakers will sell cookie boxes outside, with the proceeds going to the ward.",
        ]
        for line in prose {
            #expect(!PageParser.split(line)[0].isCallToAction, "\(line)")
            #expect(PageParser.split(line)[0].mentionsCallToAction, "\(line)")
        }
        let furniture = [
            "Subscribe to our newsletter for the latest news and analysis.",  // opens the line
            "Never miss a story: sign up for our daily briefing today.",     // opens a clause
            "Register now for free, or sign in with any of these services:",  // offered after "or"
            "No comments yet Comment from the forums",                       // after a word pointing at it
            "Free Daily Newsletter  subscribe Terms & Conditions",           // two boxes run together
            "Join our newsletter",                                           // a short line
            "Use of this site constitutes acceptance of our Privacy Policy.", // furniture anywhere
        ]
        for line in furniture {
            #expect(PageParser.split(line)[0].isCallToAction, "\(line)")
            #expect(!PageParser.split(line)[0].mentionsCallToAction, "\(line)")
        }
    }

    /// A sentence of some length is the story's whatever it opens with; an ad's label is one
    /// alone on its line ("Anzeige" is also a police report).
    @Test func aSentenceOpeningWithAButtonsWordIsTheStorys() {
        for line in ["Comments from parents at Tuesday's board meeting were mostly positive.",
                     "Sponsored by the Lakeview Rotary Club, the program costs the district nothing.",
                     "Anzeige gegen unbekannt wurde erstattet."] {
            #expect(!PageParser.split(line)[0].isCallToAction, "\(line)")
        }
        #expect(PageParser.split("Anzeige")[0].isCallToAction)
        for label in ["ANNONCE", "ANNONSE", "Annons"] { #expect(PageParser.split(label)[0].isCallToAction, "\(label)") }
        for button in ["Rate this recipe", "Noter cette recette", "Valora esta receta", "Rezept speichern", "Oceń przepis", "Jump to recipe"] {
            #expect(PageParser.split(button)[0].isCallToAction, "\(button)")
        }
        // A button's word inside a longer word is none ("Subscribers", "Donated"); "free" and
        // "today" are a story's words too.
        for line in ["Donated blood is in short supply.", "Subscribers saw prices rise again today.",
                     "Sponsored by the Rotary Club, the fair is free to attend and runs until Sunday."] {
            #expect(!PageParser.split(line)[0].isCallToAction, "\(line)")
        }
        #expect(PageParser.split("Subscribe to our newsletter today.")[0].isCallToAction)
    }

    /// The story keeps such sentences in place.
    @Test func aShortStoryKeepsItsSentencesThatSayACallToActionsWords() {
        let body = [
            "The town hall will host a blood drive on Friday, the mayor said in a statement on Monday afternoon.",
            "Residents can donate blood at the town hall on Friday between nine and five.",
            "The bill was sponsored by Senator Alan Reyes and passed with a wide majority.",
            "His comments drew criticism from the opposition, which called the plan rushed and poorly funded.",
            "Organisers expect about two hundred donors, up from one hundred and forty last year, when the drive first ran.",
        ]
        let text = (["Home", "News", "Sport", "", "Town hall opens blood drive", "", "By Jane Smith", ""] + body.flatMap { [$0, ""] }
                    + ["About us", "Contact", "Privacy policy", "© 2026 Town Crier. All rights reserved."]).joined(separator: "\n")
        let page = PageParser().parse(text, path: "p.txt")
        #expect(page.stories.first?.headline == "Town hall opens blood drive")
        #expect(page.stories.first?.paragraphs == body)
    }
}

/// What makes a line a byline.
@Suite struct BylineTests {
    /// A page may keep "By" and the name together with a no-break space (saved HTML's &nbsp;).
    @Test func aByAndANoBreakSpaceOpenABylineToo() {
        #expect(PageParser.split("By\u{A0}Gwen Pearson")[0].isBylineOrDate)
        #expect(HeadlineModel.isByline(PageParser.split("By\u{A0}Eric Song, IGN Staff")[0]))
        #expect(!PageParser.split("By\u{A0}2030 the harbour will have new gates.")[0].isBylineOrDate)
    }

    /// A story's small print (where else it ran, that a machine made it), a feedback prompt and a
    /// label in 【】 are the page's, whatever their length; a sentence that says "print
    /// edition" of something else is not.
    @Test func smallPrintAndFramedLabelsAreCallsToAction() {
        for line in [
            "Appeared in the August 4, 2026, print edition as 'Fairmont CEO Exits'.",
            "Was this guide useful?",
            "We independently review everything we recommend. When you buy through our links, we may earn a commission.",
            "If you buy something through this post, IGN may get a share of the sale. For more, learn more.",
            "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
            "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
            "Vous avez aimé cet article ?",
            "【纠错】", "【责任编辑:张宇】",
        ] {
            #expect(PageParser.split(line)[0].isCallToAction, "\(line)")
        }
        for line in [
            "The paper cut its print edition to three days a week in 2019, and subscriptions fell.",
            "The project is part of the city's water supply scheme, officials said.",
            "Agents earn a commission of five per cent on every flat they sell, the report found.",
            "Shareholders will get their share of the sale proceeds.",
            "【环球网报道】记者 张三 据报道，该项目将于下月正式启动，预计总投资超过十亿元，建设周期为三年。",
        ] {
            #expect(!PageParser.split(line)[0].isCallToAction, "\(line)")
        }
    }

    /// The note under a story that it belongs to a series is no part of it (QA).
    @Test func notesOnWhereAStoryRanAreNotTheStorys() throws {
        let body = ["The city council voted on Tuesday to build a second reservoir north of the river, ending a decade of debate.",
                    "The reservoir will hold enough water for 200,000 homes and is expected to open in 2031, officials said.",
                    "Opponents said the cost had doubled since the plan was first proposed and called for a public inquiry."]
        for note in ["This article is part of The Water Map, a series on who controls America's water.",
                     "Cet article fait partie de notre série « L'eau en partage »."] {
            let text = (["Harbour City Times", "News", "Council approves second reservoir", "By Ana Costa", "May 2, 2026", ""]
                        + body.flatMap { [$0, ""] } + [note, "", "Most read", "Terms of use"]).joined(separator: "\n")
            #expect(try #require(PageParser().parse(text, path: "p.txt").stories.first).paragraphs == body, "\(note)")
        }
    }

    /// "Read also" links, reading times and the page's own notes in the languages the pages come
    /// in, and the headings of their boxes and of tags.
    @Test func readAlsoLinksAndNotesInOtherLanguagesAreCallsToAction() {
        for line in [
            "Also Read | IMD issues orange alert for the coast", "Read more: How the coastguard trains its crews",
            "Llegiu també: L'ajuntament amplia el parc d'habitatge", "Přečtěte si také: Vlak vykolejil u Volar",
            "Lue lisää: Susi tappoi lampaita Kainuussa", "Prečítajte si tiež: Most bude zatvorený do leta",
            "קראו עוד: הרכבת הקלה נפתחת", "আরও পড়ুন: ইলিশের দাম কমছে", "อ่านข่าวเพิ่มเติม : น้ำท่วมภาคเหนือ",
            "Lästid 8 min", "Kövesd a Telexet a Facebookon is!", "Článek vyšel v tištěném Respektu č. 43/2025.",
            "Disclaimer: This content provides generic information only and is no substitute for advice.",
            "Our Standards: The Trust Principles.", "Did you make this recipe? Tag @crumbandcrust on Instagram!", "Pin it for later!",
            "We're hiring!", "📲 Receba as notícias no WhatsApp", "Sponsor Message", "Deel artikel:",
            "اقرأ أيضًا: ارتفاع أعداد المسافرين في المترو",
        ] {
            #expect(PageParser.split(line)[0].isCallToAction, "\(line)")
        }
        for heading in ["Ez is érdekelheti", "קראו עוד:", "Trending Stories"] {
            #expect(PageParser.split(heading)[0].opensLinkBox, "\(heading)")
        }
        for heading in ["Címkék:", "תגיות:", "How we reviewed this article:"] {
            #expect(PageParser.split(heading)[0].endsArticle, "\(heading)")
        }
        #expect(!PageParser.split("Readers who read more than one book a month reported better sleep.")[0].isCallToAction)
    }

    /// Ad labels, rating prompts, reposting notices, links to the previous and next posts and
    /// channel pitches, in the languages pages come in, are the page's; a disclaimer that the
    /// article replaces no doctor's advice is a legal notice (QA pages).
    @Test func adLabelsRatingPromptsAndReadersNotesAreCallsToAction() {
        for line in [
            "Реклама", "Pubblicità", "广告", "Report this ad", "Buy Now", "Оцените статью", "Pin deze post!", "Pin this for later",
            "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать главные новости.",
            "本文由数码百科原创，转载请注明出处。", "版权声明：本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议。",
            "上一篇：手机电池不耐用的几个原因", "下一篇：路由器放在哪里信号最好", "Previous post: Ten years of the allotment",
            "This article appears in the December 2026 print edition with the headline “The Ferryman.”",
            "To send flowers to the family or plant a tree in memory of Ruth Haverford, please visit our floral store.",
            "Want more like this? Join 40,000 developers getting one tutorial a week.",
            "Aller au contenu", "Zum Inhalt springen", "Перейти к содержанию", "跳到主要内容", "본문 바로가기", "İçeriğe geç",
        ] {
            #expect(PageParser.split(line)[0].isCallToAction, "\(line)")
        }
        for line in [
            "Artykuł ma charakter informacyjny i nie zastępuje porady lekarskiej.", "Bài viết chỉ mang tính chất tham khảo.",
            "Le informazioni contenute in questo articolo hanno carattere divulgativo e non sostituiscono il parere del medico.",
            "المعلومات الواردة في هذا المقال لا تغني عن استشارة الطبيب",
        ] {
            #expect(PageParser.split(line)[0].isLegalNotice, "\(line)")
        }
        for heading in ["Polecane", "İLGİNİZİ ÇEKEBİLİR", "Bài viết cùng chuyên mục"] {
            #expect(PageParser.split(heading)[0].opensLinkBox, "\(heading)")
        }
        // A story that names an ad or its print edition says so in a sentence of its own.
        for line in ["Реклама пива вернётся на телевидение с марта, решили депутаты в среду.",
                     "The paper will print an edition with the headline chosen by readers."] {
            #expect(!PageParser.split(line)[0].isCallToAction, "\(line)")
        }
    }

    /// The small print's words said by a story's sentence are the story's.
    @Test func smallPrintWordsInAStorysSentenceAreTheStorys() {
        for line in ["The paper shut its print edition as readers moved online.", "The label carried a stark disclaimer: not for human consumption.",
                     "The publisher earns an affiliate commission on every subscription sold."] {
            #expect(!PageParser.split(line)[0].isCallToAction, "\(line)")
        }
    }

    /// A price box's buttons, alone on their line, and the small print under an opinion or a
    /// market report, are furniture (QA: disclaimers closed the body of three opinion pages).
    @Test func aPriceButtonOrADisclaimerIsFurniture() {
        for line in ["Check price", "View Deal", "Vedi offerta", "Voir l'offre", "Voir l’offre", "Ver preço",
                     "The views expressed in this post are the author’s own and do not necessarily reflect those of the Institute.",
                     "Le opinioni espresse sono dell'autrice e non riflettono necessariamente la posizione dell'Istituto.",
                     "This content is for informational purposes only and is not investment advice.",
                     "Risikohinweis: Der Handel mit Rohstoffen ist mit erheblichen Risiken verbunden.",
                     "Disclosure: I am long the shares and may sell them at any time."] {
            #expect(PageParser.split(line)[0].isCallToAction, "\(line)")
        }
        // Said in a story's sentence, the words are the story's.
        for line in ["The views expressed by the minister on Tuesday drew sharp criticism from the opposition benches.",
                     "Shoppers should check prices at several stores before they buy a new television."] {
            #expect(!PageParser.split(line)[0].isCallToAction, "\(line)")
        }
    }

    /// Argentine and German "read also" labels over a link (QA).
    @Test func moreReadAlsoLabelsOpenALink() {
        for line in ["Mirá también", "Mirá también: River gana y sueña", "Seguí leyendo: El dólar vuelve a subir",
                     "Auch interessant: Die schönsten Roadtrips in Nordspanien"] {
            #expect(PageParser.isInlineLink(PageParser.split(line)[0]), "\(line)")
        }
        // Ending in a full stop, they open a column's sentences (review).
        for line in ["Mirá también lo que pasa adentro: la fila es larga.", "Seguí leyendo si tenés paciencia, que vale la pena.",
                     "Auch interessant: Frauen schliefen in fast allen Ländern etwa 20 Minuten länger."] {
            #expect(!PageParser.isInlineLink(PageParser.split(line)[0]), "\(line)")
        }
    }
}

