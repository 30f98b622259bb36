@testable import LedeCore
import Testing

/// Captions, credits and teasers known by their form, and the headline that is picked over them.
@Suite struct CaptionFormTests {
    let parser = PageParser()

    func line(_ text: String) -> Line { PageParser.split(text)[0] }

    /// A caption's sentence with the agency's name after its full stop, or a credit after a
    /// French or German label, or a photographer's name and a source parted by a slash
    /// (QA: such captions were taken for headlines and kept as paragraphs).
    @Test func aCaptionsAgencyOrLabelledSourceMakesACaption() {
        for caption in ["Isco celebra el gol de la victoria ante la grada del Villamarín. EFE",
                        "Supporters wave flags outside the court in Ankara. REUTERS",
                        "L'équipe de l'unité devant le nouveau bâtiment. Crédit photo : CHU de Bellerive",
                        "Simulierter Niederschlag während eines Gewitters über dem Harz. Grafik: ZKF",
                        "Larvae of Acropora hyacinthus settle on a tile. Image: Dr Helena Marsh / University of Northmoor"] {
            #expect(line(caption).isCaption, "\(caption)")
        }
        // Two sentences before the name are a paragraph's; a name in capitals that is no
        // agency's, or an abbreviation's full stop, are no credit; a source's label closes a
        // paragraph on its figures too (review).
        for other in ["The minister resigned on Friday. He had been in office for two years. AFP",
                      "The vote was won by the party that has ruled the town since 1990. SPD",
                      "Teurer wurden vor allem Dienstleistungen, die Mieten stiegen um 2,1 Prozent (Quelle: Statistisches Bundesamt)",
                      "La disoccupazione giovanile è scesa al 20,1 per cento. Fonte: Istat", "Arbetslösheten steg till 8,2 procent. Källa: SCB",
                      "Prices rose by 3 p.c. EFE"] {
            #expect(!line(other).isCaption, "\(other)")
        }
    }

    @Test func aCreditLabelRunIntoTheNameMakesACaptionOrACredit() {
        // innerText of a caption whose "Credit" label is hidden: no space on either side of it.
        #expect(line("A worker repairing cables in Flushing, Queens. The likely source was salt.CreditCreditChang W. Lee/The New York Times").isCaption)
        #expect(line("CreditKevin Frayer/Getty Images").credit == "Kevin Frayer/Getty Images")
        #expect(line("CreditPhoto Illustration by Andrew B. Myers for The New York Times").credit
                == "Photo Illustration by Andrew B. Myers for The New York Times")
        // The word in prose, a bank's name and a spaced label are not.
        #expect(!line("The union asked for credit where it was due in the long talks").isCaption)
        #expect(line("Credit Suisse shares fall again").credit == nil)
        #expect(!line("Credit Suisse shares fall again on the news from Zurich").isCaption)
        #expect(!line("Ferry fares rise.CreditUnion members say the rise is far too steep for them to bear this year.").isCaption)
    }

    /// A credit alone on its line, a name and its agency run together by a slash, is a caption's
    /// credit, and the lead picture's caption over it, under the dateline, is no paragraph (QA).
    @Test func aBareSlashCreditAndTheCaptionOverItAreNotTheArticles() {
        for credit in ["NASA/JPL", "Reuters/Jane Doe", "Jae C. Hong/AP"] { #expect(line(credit).isCaption, "\(credit)") }
        for other in ["Home/Cities/Pune", "AC/DC announce a farewell tour", "Mr. Smith/AP", "24/7", "Jane Doe/AP, 2019"] {
            #expect(!line(other).isCaption, "\(other)")
        }
        let paragraphs = (1...3).map { "Paragraph \($0) about the moon's hidden ocean runs on for long enough, with plain words in it, to be read as prose." }
        let page = ["Science", "A tiny moon of Uranus may hide a salty ocean", "By Priya Raman", "November 24, 2026 at 11:00 am",
                    "The surface of Ariel, seen here in a 1986 flyby image, is crisscrossed by canyons.", "NASA/JPL", ""]
            + paragraphs.flatMap { [$0, ""] }
        let story = parser.parse(page.joined(separator: "\n"), path: "p.txt").stories.first
        #expect(story?.headline == "A tiny moon of Uranus may hide a salty ocean")
        #expect(story?.paragraphs == paragraphs)
    }

    @Test func anImageSourceOrACourtesyLineIsACredit() {
        #expect(line("Image source: SeaWorld").credit == "SeaWorld")
        #expect(line("Photo source: the harbour trust").credit == "the harbour trust")
        #expect(line("Courtesy of Andrew Vaughan").credit == "Andrew Vaughan")
        #expect(line("Photo courtesy of the Port Authority").credit == "the Port Authority")
        #expect(line("Image source, Coastal Seal Rescue").credit == "Coastal Seal Rescue")
        #expect(line("The source of the image was never found").credit == nil)
    }

    /// "Photo by … on Unsplash" in Dutch, German and the Nordic languages is a credit, never the
    /// headline (QA: a Dutch post's picture credit taken as its headline).
    @Test func aPhotoByLineInOtherLanguagesIsACredit() {
        #expect(line("Foto door Nathan Dumlao op Unsplash").credit == "Nathan Dumlao op Unsplash")
        #expect(line("Foto von Anna Berg auf Unsplash").credit == "Anna Berg auf Unsplash")
        #expect(line("Foto av Lars Holm").credit == "Lars Holm")
        #expect(line("Fotoboek van de zomer").credit == nil)
    }

    @Test func aShareOrPhotoButtonAloneIsACallToAction() {
        for label in ["Buy Photo", "Pin it", "Share the link:", "Email this", "Print this", "Share this article", "Share This Story"] {
            #expect(line(label).isCallToAction, "\(label)")
        }
        // A wiki's pointer to another article is a link, as "See also:" is.
        for hatnote in ["Main article: History of New Zealand", "Main articles: Geography of New Zealand and Geology of New Zealand",
                        "Further information: Treaty of Waitangi"] {
            #expect(line(hatnote).isCallToAction, "\(hatnote)")
        }
        for heading in ["Related Coverage", "Around the Web", "More from the Web", "More Related to this Story", "Editor's Picks", "FROM AROUND THE WEB", "Top Stories"] {
            #expect(line(heading).opensLinkBox, "\(heading)")
        }
        // The author's links under a byline, a skip link, a wiki's tagline, a strip of trending topics.
        for label in ["Email the author | Follow on Twitter", "Jump to navigation Jump to search", "From Wikipedia, the free encyclopedia",
                      "TRENDING: Geek Gifts // Harbour Tides // Ferry Strike"] {
            #expect(line(label).isCallToAction, "\(label)")
        }
        for label in ["View full size", "Suggest a correction", "Thanks for signing up!"] {
            #expect(line(label).isCallToAction, "\(label)")
        }
        // The words inside a sentence are no button.
        #expect(!line("Readers can buy photo prints of the flood at the harbour office").isCallToAction)
    }

    /// Sharing, the page's own questions and labels, a Chinese site's page tools and licence,
    /// in the page's language; an interviewer's credit; a time alone; the files under a notice.
    @Test func furnitureInOtherLanguagesIsKnown() {
        for label in ["Sdílet na Facebooku", "Bagikan ini:", "Dela artikeln", "Deel deze pagina", "Compartir en redes", "Gostou? Salve no Pinterest!",
                      "War dieser Artikel hilfreich?", "Temps de Lecture 4 min.", "【打印本页】【关闭窗口】", "浙ICP备00000000号",
                      "Was this page helpful?", "¿Te ha sido útil esta guía?", "SCROLL TO CONTINUE WITH CONTENT", "Haberin Devamı",
                      "This post may contain affiliate links. Please read our disclosure policy.", "Dieser Beitrag enthält unbeauftragte Werbung durch Namensnennung.",
                      "This story was originally published June 3, 2026 at 5:48 PM."] {
            #expect(line(label).isCallToAction, "\(label)")
        }
        #expect(line("聞き手・中村優子").isBylineOrDate)
        #expect(line("نُشر في 2 أبريل 2026").isBylineOrDate)
        #expect(line("Photographs by Ruairidh Grant").credit == "Ruairidh Grant")
        #expect(line("Přílohy:").endsArticle)
        for heading in ["Guest Book", "Story Source:", "Cite This Page:"] {
            #expect(line(heading).endsArticle, "\(heading)")
        }
        // Sentences that say those words, and headlines with the bracket's word, are text.
        for text in ["The novel was originally published in 1962 under a pseudonym.", "The bank changed its disclosure policy after the scandal.",
                     "Regulators say the affiliate link scheme misled thousands of readers."] {
            #expect(!line(text).isCallToAction, "\(text)")
        }
        #expect(!line("Pope receives Biden (courtesy visit) in Rome").isCaption)
        #expect(line("Words by themselves cannot stop a war, the envoy told reporters on Tuesday.").credit == nil)
        for time in ["13:58 Uhr", "2026年11月20日", "14:32", "14.31 GMT", "9.15am", "18h47"] {
            #expect(ArticleRegion.isNeverBody(line(time)), "\(time)")
        }
        // A share button's label alone between a live blog's entries, in the page's language.
        for label in ["Share", "Partager", "SHARE", "Teilen"] {
            #expect(ArticleRegion.isNeverBody(line(label)), "\(label)")
        }
        // Prose that shares, headlines with the words, and a sentence with a time in it, are text;
        // so are a timeline's dates between paragraphs and a row of figures.
        for text in ["Die beiden Städte teilen sich seit Jahren einen Hafen und eine Fähre.", "Reading time falls for US children",
                     "Chia sẻ của Bộ trưởng về giá điện", "Compartilhar senhas vira crime no Brasil",
                     "קראו גם לממשלה להתפטר מיד לאחר הבחירות, ואמרו כי הם ימשיכו להפגין."] {
            #expect(!line(text).isCallToAction, "\(text)")
        }
        for text in ["The ferry left at 13:58.", "June 2021", "March 2020", "2021\t9", "Version 14.31", "3.1415 GMT", "Share prices", "Share.",
                     "£5.99 a month", "Freitag, 14.06.2024", "8.35 m"] {
            #expect(!ArticleRegion.isNeverBody(line(text)), "\(text)")
        }
    }

    @Test func aClosingSourceMakesACaption() {
        #expect(line("A new Bill would require providers to store metadata for two years. Source: Supplied").isCaption)
        #expect(!line("Source: the council's own figures, which show the harbour fees rising every year since 2019").isCaption)
        // The label in the page's language, after a bar.
        #expect(line("Spokojený Tomáš Souček po vítězství ve Villa Parku. | Foto: Reuters").isCaption)
        #expect(line("Die Fähre im Hafen von Kiel. | Bild: dpa").isCaption)
        #expect(line("Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian").isCaption)
        #expect(!line("Foto: eine Ausstellung über die Fähren des Hafens").isCaption)
    }

    /// A source and photographer in capitals closing a caption, as Indonesian sites credit
    /// pictures; a date or initials in brackets close no caption.
    @Test func capitalsCreditedInBracketsCloseACaption() {
        #expect(line("Sejumlah siswa menyeberangi Sungai Cimanuk menggunakan rakit bambu, Selasa (8/10/2024).(LINTASPRIANGAN/DADANG HERMANSYAH)").isCaption)
        #expect(line("Warga membersihkan lumpur di halaman rumah mereka di Garut, Rabu (9/10/2024). (KOMPAS.COM/RIZAL SETYO NUGROHO)").isCaption)
        #expect(!line("Warga membersihkan lumpur di halaman rumah mereka, Selasa (8/10/2024)").isCaption)
        // A sentence's agencies close it before its full stop: a paragraph that runs out without one is no caption.
        #expect(!line("Ketinggian air di permukiman warga masih mencapai 1,5 meter pada Rabu pagi (BPBD/BNPB)").isCaption)
        #expect(!line("The agencies will share the costs of the flood defences in the valley (BPBD/bnpb)").isCaption)
        #expect(!line("The agencies will share the costs of the flood defences in the valley (B/BNPB)").isCaption)
    }

    /// A credit's label in other languages and scripts, after the caption's sentence, a dash
    /// after it, or inside its brackets; and credits that close with the photographer's word.
    @Test func aCreditInAnyLanguageClosesACaption() {
        for caption in ["Паром у причала в порту. Фото: пресс-служба порта", "Prom przy nabrzeżu. Fot. Jan Nowak / Gazeta Portowa",
                        "A komp a kikötőben. Fotó: Kiss Anna", "Phà cập bến sáng nay. Ảnh: Nguyễn Lan",
                        "नई नौका का उद्घाटन समारोह। - फोटो : बंदरगाह ब्यूरो", "เรือข้ามฟากลำใหม่ที่ท่าเรือ (ภาพ: การท่าเรือ)",
                        "渡轮驶入新码头。（本报记者 王芳 摄）", "新しいフェリーの出港式＝港区で、山田太郎撮影", "부산항에 입항한 새 여객선. 부산항만공사 제공",
                        "Passageiros no cais na sexta-feira (28) - Ana Souza/Folhapress", "De speeltuin aan de haven. © Foto: Erik Bouma",
                        "Художественное изображение порта. Иллюстрация: ESO", "Una delle fotografie in mostra. Courtesy of Fondazione Porto",
                        "東涌東站外貌構想圖。（港鐵提供）", "参观者体验大模型应用（视觉中国 供图）", "新码头附近的渡轮。港务局供图", "ウイニングボールを手にする山下（28日、東都ドーム）＝共同",
                        "雪が積もった旭川市中心部の通り＝4日午後、旭川市", "港に着いた新しいフェリー＝２０２４年６月１２日、港区", "주민들이 현수막을 들고 있다. 한빛일보 자료사진",
                        "住宅街で見つかったクマのものとみられるフン（秋田市内、18日）", "新しいフェリーの出港式でテープを切る港湾局の関係者（１２日午前、港区）",
                        "मतदान केंद्र पर कतार में खड़े वोटर (फाइल फोटो: PTI)", "Voters queue outside a polling station in Delhi (File photo: AP)",
                        "林芮彤宣布加開場次。（圖／翻攝自林芮彤臉書）", "新码头附近停靠的渡轮（图／新华社）",
                        // (A shorter description, with the place it was taken at: QA.)
                        "倒木の撤去作業が続く線路（15日午後、長野県飯田市で）"] {
            #expect(line(caption).isCaption, "\(caption)")
        }
        // The photographer's word bare ends headlines too: only after the caption's own mark.
        for headline in ["삼성전자, 고객에 무료 수리 서비스 제공", "电影《长津湖》在京开机拍摄", "港务局为游客供图",
                         "校长向老校友赠送了一块青砖。他说，新校舍寄托着对未来的期望。本文图片均由江南市第一中学供图", "ハッブル望遠鏡が銀河の衝突を撮影", "政府将免费提供疫苗",
                         "Election night - Harris vs Trump/Vance", "Our top pick - Sony and Bose/Apple",
                         "東証＝終値は3日ぶり反落", "為替＝1ドル150円台。日銀の会合を前に", "日時＝6月14日午前10時～午後4時",
                         "▽1回戦　旭川東4－3旭川北＝4日、旭川スタルヒン球場", "▽期間＝7月28日～8月1日",
                         "新型フェリーの出港式を延期（動画）", "秋田市でクマの目撃相次ぐ（18日）", "Storm batters the coast (PHOTOS)",
                         "ベルリン・フィル日本公演（サントリーホール、18日）", "飯田線で倒木（15日、飯田市で）"] {
            #expect(!line(headline).isCaption, "\(headline)")
        }
        // A credit alone in brackets is a line of its own; a dash inside a caption's clause, a
        // venue with its street and figures, and prose that goes on after the word are none.
        for text in ["(Source: the harbour trust)", "The new ferry - a boat that costs $35 million - Image: the harbour trust",
                     "Jan. 15-17: Boat show, Hampton Inn - Arsenal/South Parkway, 700",
                     "The ferry company said on Monday that the photographs, taken at dawn, were provided to the press."] {
            #expect(!line(text).isCaption, "\(text)")
        }
    }

    /// Chinese and Japanese captions marked by a file photo's or a source's label in their own
    /// brackets, an agency in brackets, the photographer's "图" after a reporter, or a picture's
    /// mark before them.
    @Test func aCJKCaptionIsToldByItsSourceOrItsMark() {
        for caption in ["北捷表示，年底前票價維持不變。（資料照）", "青禾智能割草机器人在草坪上作业（图源：企业）", "5G SAエリアの拡大イメージ（出典：あおば通信）",
                        "2019年12月に中国・成都で開かれた日中韓首脳会談（共同）", "啟德夜市上月開幕時人頭湧湧，但有商戶指人流減少。（資料圖片）",
                        "店员在门口招揽顾客。澎湃新闻记者 周航 图", "【写真】早朝、荷物を積み込むドライバー"] {
            #expect(line(caption).isCaption, "\(caption)")
        }
        // A wire story's paragraph closes with its agency after its sentences; a paragraph of two
        // sentences, or of one long one, before a source is no caption; nor is a headline with its
        // clauses parted by an ideographic space, a list's item, a headline's (動画).
        for text in ["政府は来年度から補助金を拡充すると発表した。（共同）", "市は今年、観光客が前年より増えたと発表した。背景には円安がある。（出典：観光庁）",
                     "2023年の合計特殊出生率は1.20となり、統計を取り始めた1947年以降で最も低く、8年連続で前年を下回った（出典：厚生労働省）",
                     "北朝鮮、弾道ミサイル1発を発射　日本のEEZ外に落下か（共同）", "【圖】百年老照片曝光　重現日治時期台北街景", "▲加强文物数字化保护",
                     "▲3.2%（前年同期比）", "▲1回戦　旭川東4－3旭川北", "新型フェリーの出港式を延期（動画）", "【速報】新型フェリーの出港式を延期"] {
            #expect(!line(text).isCaption, "\(text)")
        }
    }

    @Test func aChineseWritersOrEditorsLabelOpensAByline() {
        for byline in ["文｜张雨", "文／王小明", "编辑｜李青", "（编辑：李芳）1130514", "（責任編輯：王大同）"] {
            #expect(line(byline).isBylineOrDate, "\(byline)")
        }
    }

    @Test func aTeaserCutShortBeforeReadMoreEndsTruncated() {
        for text in ["Unemployment is still ... Read More", "The Islanders ... more", "The poll showed former vice… Read more"] {
            #expect(line(text).endsInReadMore, "\(text)")
        }
        for text in ["Read more", "We want more", "He asked for more.", "Tell me more..."] {
            #expect(!line(text).endsInReadMore, "\(text)")
        }
    }

    @Test func anInitialismEndingAHeadlineIsNoFullStop() {
        #expect(!HeadlineFeatures.endsWithFullStop("How Winter Wreaks Havoc on What’s Underneath N.Y.C."))
        #expect(!HeadlineFeatures.endsWithFullStop("Navy sends a warship as search widens off the U.S."))
        #expect(HeadlineFeatures.endsWithFullStop("The ferry sailed at dawn."))
        // A quotation that ends a sentence: the closing quote is looked past.
        #expect(HeadlineFeatures.endsWithFullStop("\"$53 million a week is coming across the border.\""))
        #expect(HeadlineFeatures.endsWithFullStop("She said: “The gates held.”"))
        #expect(!HeadlineFeatures.endsWithFullStop("Mayor: “The gates held”"))
        #expect(!HeadlineFeatures.endsWithFullStop("”"))
        #expect(HeadlineFeatures.endsWithFullStop("It was the letter A."))
    }

    /// A wire story's last paragraph, two sentences or more signed off with the agency's name
    /// ("… (ANP)", "… (TT)"), ends as a sentence and is no caption; a caption's one sentence under
    /// its agency's credit is one still.
    @Test func aWireParagraphSignedOffIsNoCaption() {
        let signed = line("Het CBS publiceert op 11 maart de definitieve cijfers. Economen hadden gerekend op een daling naar 3 procent. De Europese Centrale Bank streeft naar een inflatie van rond de 2 procent. (ANP)")
        #expect(signed.endsSentence && !signed.isCaption)
        let quoted = line("”Den svenska ekonomin återhämtar sig, men långsamt. Vi behöver se att inflationen stabiliseras innan vi sänker räntan igen”, säger riksbankschefen i ett pressmeddelande. (TT)")
        #expect(quoted.endsSentence)
        for caption in ["Israeli Prime Minister Benjamin Netanyahu pledged to form a new governing coalition quickly after an upset election victory that was built on a shift to the right. (Reuters)",
                        "Migrants wait to be processed at the border crossing near Nogales, Ariz. (AP)",
                        "A border agent watches the wall east of Nogales, Ariz., on Tuesday, Nov. 19, 2024, as a group of migrants waits to be processed. (AP)"] {
            #expect(line(caption).isCaption, "\(caption)")
            #expect(!line(caption).endsSentence, "\(caption)")
        }
        let story = ["De inflatie in Nederland is in februari gedaald naar 2,8 procent, van 3,3 procent in januari. Dat meldt het Centraal Bureau voor de Statistiek op basis van een snelle raming.",
                     "Diensten, zoals huur, verzekeringen en vakanties, bleven wel relatief hard in prijs stijgen. Die werden in februari 4,1 procent duurder dan een jaar eerder.",
                     signed.text]
        let page = (["Nieuws", "Economie", "Inflatie in februari gedaald naar 2,8 procent", "Aangepast: Gisteren, 12:05", "Deel dit artikel"] + story
                    + ["Lees meer over:", "Inflatie", "CBS", "Economie", "Net binnen", "12:58", "Kabinet wil sneller bouwen"]).joined(separator: "\n")
        #expect(PageParser().parse(page, path: "p.txt").stories.first?.paragraphs == story)
    }

    /// A year's mark ends Cyrillic headlines with a dot that is no full stop: "г." after the
    /// year, or the year as Serbian writes it, an ordinal (QA: a deck without them was the headline).
    @Test func aYearsMarkEndingACyrillicHeadlineIsNoFullStop() {
        #expect(!HeadlineFeatures.endsWithFullStop("Метрото в София ще стигне до Божурище до 2029 г."))
        #expect(!HeadlineFeatures.endsWithFullStop("Мост откроют в 2027г."))
        #expect(!HeadlineFeatures.endsWithFullStop("Ціни зростуть у 2026 р."))
        #expect(!HeadlineFeatures.endsWithFullStop("Београд добија нову фабрику воде до краја 2028."))
        // A sentence in Latin letters ending in a year ends so; a Cyrillic one not in a year does too.
        #expect(HeadlineFeatures.endsWithFullStop("The bridge will open in 2028."))
        #expect(HeadlineFeatures.endsWithFullStop("Мост откроют в следующем году."))
        #expect(HeadlineFeatures.endsWithFullStop("Цена выросла на 12028."))
    }

    @Test func aCaptionWithItsRunInCreditIsNeitherHeadlineNorDek() {
        let body = (1...4).map { "Paragraph \($0) about the ferry strike vote runs on for long enough, with enough plain words in it, to be read as prose here." }
        let dek = "The union says talks over extra pay for sailing in storms have broken down for good, and it will strike in March."
        let text = (["Home", "Log In", "", "Ferry crews vote to strike over storm pay", "", dek, "", "Image",
                     "Crews at the ferry terminal on Thursday. The vote was close.CreditJane Doe/The Harbour Times", "",
                     "By Ana Costa", "", "March 12, 2024", ""] + body.flatMap { [$0, ""] }).joined(separator: "\n")
        let story = parser.parse(text, path: "p.txt").stories.first
        #expect(story?.headline == "Ferry crews vote to strike over storm pay")
        #expect(story?.dek == dek)
        #expect(story?.paragraphs == body)
    }

    @Test func theLineUnderAPicturesFileNameIsItsCaptionNotTheHeadline() {
        let body = (1...4).map { "Paragraph \($0) about the ferry strike vote runs on for long enough, with enough plain words in it, to be read as prose here." }
        let text = (["Home", "Log In", "comments", "Ferry crews vote to strike", "IMG_1187.JPG",
                     "Ferry crews at the terminal on Thursday night before the strike vote", "Print",
                     "Ana Costa By Ana Costa", "on March 12, 2024 at 9:10 PM", ""] + body.flatMap { [$0, ""] }).joined(separator: "\n")
        #expect(parser.parse(text, path: "p.txt").stories.first?.headline == "Ferry crews vote to strike")
        #expect(NotAHeadline.isPictureFileName(line("Crossroads logo 2.jpg")))
        #expect(!NotAHeadline.isPictureFileName(line("The harbour in 2.5 million pixels")))
        #expect(!NotAHeadline.isPictureFileName(line("Why we still send a .jpg by email to the harbour office")))
    }
}

/// Headings of related-story boxes, in the languages of the stop-word lists.
@Suite struct LinkBoxHeadingTests {
    /// "Most viewed", "Latest" and "You may be interested in" as sites head their boxes; the
    /// words in a longer headline open none.
    @Test func mostViewedAndLatestHeadingsOpenALinkBox() {
        for heading in ["Most viewed", "Most shared", "Latest headlines", "Te puede interesar", "Mais vistas", "Les plus vus",
                        "Più letti", "Meistgesehen", "Meest bekeken", "Najpopularniejsze", "Çok okunanlar", "Últimas noticias",
                        "Самое читаемое", "Главное за сутки", "Новости партнеров", "Другие новости", "よく読まれている記事", "최신기사", "الأكثر قراءة"] {
            #expect(PageParser.split(heading)[0].opensLinkBox, "\(heading)")
        }
        #expect(!PageParser.split("Most viewed video of the year breaks a record")[0].opensLinkBox)
        #expect(!PageParser.split("Самое читаемое издание города закрывается")[0].opensLinkBox)
    }

    @Test func relatedHeadingsOpenALinkBoxInManyLanguages() {
        for heading in ["Related stories", "Read also", "Ähnliche Artikel", "Lo más leído", "Articoli correlati", "Berita Terkait",
                        "Похожие статьи", "関連記事", "相关新闻", "เรื่องที่เกี่ยวข้อง", "관련뉴스", "Weitere Nachrichten aus der Region",
                        "More news from Hampshire", "Weitere Artikel"] {
            #expect(PageParser.split(heading)[0].opensLinkBox, "\(heading)")
        }
        // A subheading that opens the same heads no box: "Weitere Folgen des Klimawandels", "More episodes" in a review,
        // "Weitere Meldungen aus dem Polizeibericht" in a police roundup (review).
        for heading in ["Weitere Folgen des Klimawandels", "Weitere Beiträge", "More episodes", "Weitere Meldungen aus dem Polizeibericht"] {
            #expect(!PageParser.split(heading)[0].opensLinkBox, "\(heading)")
        }
        // "Read also" and "more articles" over their links, alone on their lines.
        for heading in ["اقرأ أيضا:", "यह भी पढ़ें", "相关阅读：", "延伸閱讀", "관련기사", "İLGİLİ HABERLER", "כתבות נוספות", "Articole similare",
                        "بیشتر بخوانید:", "Xem thêm:", "อ่านเพิ่มเติม", "Läs även", "Δείτε επίσης", "CITEȘTE ȘI:", "Citeşte şi:", "Llegeix també",
                        "Et pot interessar"] {
            #expect(PageParser.split(heading)[0].opensLinkBox, "\(heading)")
        }
        // The label run into its link's headline is a link.
        for link in ["LÄS ÄVEN: Rekordmånga besökare i spåret", "CITEȘTE ȘI: Clujul, pe primul loc la chirii", "Kapcsolódó cikk: Új buszjáratok a kikötőbe",
                     "Δείτε επίσης: Το λιμάνι ανοίγει ξανά", "Läs mer: Så fungerar färjan"] {
            #expect(PageParser.split(link)[0].isCallToAction, "\(link)")
        }
        // A sentence that says the words is no heading.
        #expect(!PageParser.split("The related stories were all about the harbour.")[0].opensLinkBox)
        #expect(!PageParser.split("Ähnliche Artikel gab es im Frühjahr schon.")[0].opensLinkBox)
    }

    @Test func aHeadingFramedByCJKMarksIsKnownByItsWords() {
        for heading in ["【関連記事】", "■関連記事", "＜関連ニュース＞", "〔相关新闻〕", "Související"] {
            #expect(PageParser.split(heading)[0].opensLinkBox, "\(heading)")
        }
        #expect(PageParser.split("【コメント一覧】")[0].endsArticle)
        // The marks alone, or around other words, are no heading.
        #expect(!PageParser.split("【】")[0].opensLinkBox)
        #expect(!PageParser.split("【速報】台風が上陸")[0].opensLinkBox)
    }

    @Test func aLinkBoxHeadingBetweenParagraphsIsNoPartOfTheBody() {
        let paragraphs = (1...5).map { "Paragraph \($0) about the harbour wall runs on for long enough, with plain words in it, to be read as prose." }
        let page = (["Harbour wall holds through the storm", "By Ana Costa", ""] + paragraphs[..<3].flatMap { [$0, ""] }
                    + ["Related", "Ferry crews vote to strike", "Seventy years on, the flood", "Harbour fees rise again in spring", ""]
                    + paragraphs[3...].flatMap { [$0, ""] }).joined(separator: "\n")
        #expect(PageParser().parse(page, path: "p.txt").stories.first?.paragraphs == paragraphs)
    }

    /// A box heading closing the region heads nothing (it trapped).
    @Test func aBoxHeadingClosingTheRegionHeadsNoTeasers() {
        let lines = PageParser.split("Short brief here.\nMore from the Post")
        #expect(ArticleRegion.cutAtLinkBox(0...1, weights: [1, 5], lines: lines) == 0...1)
    }

    /// A short article, then a box of other stories' headlines over their summaries, which
    /// together outweigh it: the box is cut off at its heading.
    @Test func aBoxOfTeasersAfterAShortArticleIsCutAtItsHeading() {
        let article = ["Fares on the estuary ferry will stay at their current level until at least next year, the county council confirmed on Monday.",
                       "A single adult crossing will remain £2.80, with free travel continuing for under-16s and holders of a concessionary pass.",
                       "The council said the freeze would cost around £90,000, which will be covered from its transport reserve this year."]
        let teasers = ["Teacher's cycle from the coast to the hills raises thousands",
                       "A primary school teacher has completed a 1,000-mile bike ride in eleven days, raising more than £14,000 for a hospice.",
                       "Lifeboat crew called out twice in one night",
                       "Volunteers from the lifeboat station were called out twice in the early hours of Sunday, first to a yacht and then to a swimmer.",
                       "New owners promise to reopen the cinema by summer",
                       "The cinema, closed since 2021, has been bought by a community group that plans to reopen it with a café and a small screen."]
        let page = (["Estuary Post", "News", "", "Ferry fares frozen until next year", "By Ana Costa", ""] + article + ["More from Estuary Post"] + teasers + ["", "Privacy policy"])
            .joined(separator: "\n")
        #expect(PageParser().parse(page, path: "p.txt").stories.first?.paragraphs == article)
    }

    /// A two-paragraph article, then a box of teasers each under its kicker and over how long
    /// ago it ran, one of them a question: the box's heading cuts the region (QA: a rail
    /// strike's two paragraphs took the whole "More on this story" box, "7 days ago" and all).
    @Test func aBoxOfKickedAndAskingTeasersIsCutAtItsHeading() {
        let article = ["Fares on the estuary ferry will stay at their current level until at least next year, the county council confirmed on Monday.",
                       "A single adult crossing will remain £2.80, with free travel continuing for under-16s and holders of a concessionary pass."]
        let box = ["More on this story", "Harbour and ferries", "Ferry crews vote to accept new rota after long dispute",
                   "The union said the new rota would give crews two more weekends off a month and end the dispute over night sailings this spring.",
                   "7 days ago", "What happens to my season ticket if the ferry stops?",
                   "Passengers with a season ticket can claim a refund for every day without a sailing, the operator says, by filling in a form online.",
                   "12 days ago", "Estuary towns", "Council sets out plans for a second crossing by 2030",
                   "A bridge or a tunnel further upstream would cut journeys by half an hour, according to a report the council published on Friday.",
                   "3 weeks ago"]
        let page = (["Estuary Post", "News", "", "Ferry fares frozen until next year", "By Ana Costa", ""] + article + box + ["", "Privacy policy"])
            .joined(separator: "\n")
        #expect(PageParser().parse(page, path: "p.txt").stories.first?.paragraphs == article)
        #expect(ArticleRegion.isTeaserLabel(PageParser.split("7 days ago")[0]))
    }

    /// An ad slot's placeholder, said at every slot, is a call to action: never the headline
    /// or the text (QA: an opinion column's "Article continues below this ad" was both).
    @Test func anAdSlotsPlaceholderIsNeverBody() {
        for text in ["Article continues below this ad", "Story continues below advertisement", "SCROLL TO CONTINUE WITH CONTENT"] {
            let placeholder = PageParser.split(text)[0]
            #expect(placeholder.isCallToAction, "\(text)")
            #expect(ArticleRegion.isNeverBody(placeholder), "\(text)")
        }
    }

    /// An interview's questions, each over its answer, under a "Related" link set inside it:
    /// questions alone make no box of teasers, and the interview goes on (review).
    @Test func questionsUnderARelatedLinkAreTheInterviewsOwn() {
        let answers = ["The ships got bigger and the crews got smaller. We used to have twelve people on a tug, now there are four, and they do more.",
                       "The storm of 2014. We had a cargo ship drifting towards the quay with no engine, and we got a line on her with ten metres to spare."]
        let page = (["Estuary Post", "News", "", "'The ships got bigger and the crews got smaller'", "By Ana Costa", "",
                     "The harbour master of the estuary port retired last week after thirty-one years. We asked him what changed and what did not.",
                     "He started as a deckhand on the ferry in 1989, when the crossing still took forty minutes and the boat carried eight cars.",
                     "Related", "Harbour dues rise again", "What changed most in thirty years?", answers[0],
                     "Was there a day you will never forget?", answers[1], "", "Privacy policy"]).joined(separator: "\n")
        let paragraphs = PageParser().parse(page, path: "p.txt").stories.first?.paragraphs ?? []
        #expect(Array(paragraphs.suffix(3)) == [answers[0], "Was there a day you will never forget?", answers[1]])
    }

    /// A short article, then a most-read box whose teasers come under tabs and labels and over
    /// their dates, then the site's about box: the box's first two teasers make it one, and the
    /// region is cut at its heading, though more prose follows them.
    @Test func aBoxOfTeasersWithTabsLabelsAndDatesIsCutWhateverFollowsIt() {
        let article = ["Fares on the estuary ferry will stay at their current level until at least next year, the county council confirmed on Monday.",
                       "A single adult crossing will remain £2.80, with free travel continuing for under-16s and holders of a concessionary pass.",
                       "The council said the freeze would cost around £90,000, which will be covered from its transport reserve this year."]
        let box = ["Most popular", "News", "Sport", "1", "Live", "Lifeboat crew called out twice in one night",
                   "Volunteers from the lifeboat station were called out twice in the early hours of Sunday, first to a yacht and then to a swimmer.",
                   "April 8, 2024", "2", "New owners promise to reopen the cinema by summer",
                   "The cinema, closed since 2021, has been bought by a community group that plans to reopen it with a café and a small screen.",
                   "April 6, 2024", "Estuary Post has covered the towns along the river since 1896 and is owned by a trust that keeps it independent."]
        let page = (["Estuary Post", "News", "", "Ferry fares frozen until next year", "By Ana Costa", ""] + article + box + ["", "Privacy policy"])
            .joined(separator: "\n")
        #expect(PageParser().parse(page, path: "p.txt").stories.first?.paragraphs == article)
    }

    /// Under a heading of related reading set inside a story, two links with their summaries
    /// and then more of the story: the story goes on, the region is not cut there; with a
    /// comment thread under them, it is.
    @Test func teasersUnderARelatedHeadingWithTheStoryGoingOnAreNoBoxThatEndsIt() {
        let lines = PageParser.split(["Fares on the estuary ferry will stay at their current level until at least next year, the council said.",
                                      "Related", "Lifeboat crew called out twice",
                                      "Volunteers were called out twice in the early hours of Sunday, first to a yacht and then to a swimmer.",
                                      "New owners promise to reopen the cinema",
                                      "The cinema, closed since 2021, has been bought by a community group that plans to reopen it.",
                                      "The council said the freeze would cost around £90,000, covered from its transport reserve this year."].joined(separator: "\n"))
        #expect(!ArticleRegion.headsTeasers(1, in: 0...6, lines: lines))
        // The same teasers with a thread's heading and a reader's name under them end the story there.
        let thread = PageParser.split(lines.prefix(6).map(\.text).joined(separator: "\n") + "\nDebat\nLone P.\nThe ferry should have sailed on Friday, before the wind rose.")
        #expect(ArticleRegion.headsTeasers(1, in: 0...8, lines: thread))
        // Each teaser's date and a label are passed over; a headline with its date on its line is none.
        #expect(ArticleRegion.isTeaserLabel(PageParser.split("April 8, 2024")[0]))
        #expect(ArticleRegion.isTeaserLabel(PageParser.split("Live")[0]))
        #expect(!ArticleRegion.isTeaserLabel(PageParser.split("Verizon Announces $4.8 Billion Deal for Yahoo JULY 25, 2016")[0]))
    }

    /// A most-popular box of two teasers set inside a story, the story going on under it (past
    /// an ad's label), or a section of the story that reads like one ("Most watched", then two
    /// shows over a paragraph each, then more of the story): no box that ends the region.
    @Test func teasersWithTheStoryGoingOnUnderThemAreNoBoxThatEndsIt() {
        let teasers = ["Most popular", "Lifeboat crew called out twice in one night",
                       "Volunteers were called out twice in the early hours of Sunday, first to a yacht and then to a swimmer.",
                       "New owners promise to reopen the cinema by summer",
                       "The cinema, closed since 2021, has been bought by a community group that plans to reopen it."]
        let story = ["The council said the freeze would cost around £90,000, covered from its transport reserve this year.",
                     "Advertisement",
                     "Ferry users' groups welcomed the decision but said the timetable still left early commuters without a crossing."]
        let lines = PageParser.split((["Fares on the estuary ferry will stay at their current level until at least next year, the council said."]
                                      + teasers + story).joined(separator: "\n"))
        #expect(ArticleRegion.storyGoesOn(after: 5, in: 0...8, lines: lines))
        #expect(!ArticleRegion.headsTeasers(1, in: 0...8, lines: lines))
        // Under them a thread, names and "Reply" between its comments: the story does not go on.
        let thread = PageParser.split((["Fares on the estuary ferry will stay at their current level until at least next year, the council said."] + teasers
                                       + ["ferry_user", "Good news for once, the crossing is the only way to work for half the village.", "Reply",
                                          "Estuary Post has covered the towns along the river since 1896 and is owned by a trust."]).joined(separator: "\n"))
        #expect(ArticleRegion.headsTeasers(1, in: 0...9, lines: thread))
        // An interview going on under the box, a question over each answer: the story goes on.
        let interview = PageParser.split((["Fares on the estuary ferry will stay at their current level until at least next year, the council said."] + teasers
                                          + ["Why did the council freeze the fares?", "Because the crossing is the only way to work for half the village, and we heard that.",
                                             "Will the timetable change?", "Not this year; the operator has agreed to keep the first boat at 6.10am."]).joined(separator: "\n"))
        #expect(ArticleRegion.storyGoesOn(after: 5, in: 0...9, lines: interview))
        #expect(!ArticleRegion.headsTeasers(1, in: 0...9, lines: interview))
    }

    /// A related box over a most-read box of ranked teasers ("1", a headline, its summary): cut
    /// at the lower box, then at the one above, whose few links outweigh nothing of the article.
    @Test func rankedTeasersUnderARelatedBoxAreCutAtBothHeadings() {
        let article = ["港北市交通局は15日、市営バスの大人運賃を4月1日から現行の220円から240円に引き上げると発表した。小児運賃も110円から120円となる。燃料費や人件費の高騰が理由という。",
                       "一方、ICカードで乗り継いだ場合の割引は50円から70円に拡充し、65歳以上の市民向けの敬老パスの負担額は据え置く。交通局は路線網を維持するため理解を求めている。"]
        let ranked = (1...4).flatMap { rank in
            ["\(rank)", "港北市の話題　第\(rank)報のニュース見出しが入る", "見出しの下に一文の要約が続き、記事の段落のように読める文になっている。要約\(rank)。"]
        }
        let page = (["みなと日報", "ニュース", "市営バス、4月から運賃20円値上げ　燃料費高騰で27年ぶり", "2024年2月15日 18:32", ""]
                    + article.flatMap { [$0, ""] } + ["この記事をシェア", "X", "Facebook", "関連記事", "港北市、コミュニティーバス2路線を3月で廃止",
                                                      "運転手不足で減便相次ぐ　市営バス、ダイヤ改正", "アクセスランキング"] + ranked + ["もっと見る", "会社概要"])
            .joined(separator: "\n")
        #expect(PageParser().parse(page, path: "p.txt").stories.first?.paragraphs == article)
    }

    /// Two box headings one right under the other: the lower one is cut, and the upper one, the
    /// region's last line then, heads nothing and stays (looking under it trapped).
    @Test func aBoxHeadingRightAboveAnotherIsCutWithoutATrap() {
        let lines = PageParser.split(["Ferry fares frozen until next year, the council said.", "Related", "Most read",
                                      "Lifeboat crew called out twice", "A yacht and a swimmer were helped in one night by the crew."].joined(separator: "\n"))
        #expect(ArticleRegion.cutAtLinkBox(0...4, weights: [20, -1, -1, -1, 4], lines: lines) == 0...1)
        // An ad's label closing the page heads no unit.
        #expect(ArticleRegion.adUnit(under: 1, in: PageParser.split("Text of the story here.\nAdvertisement")) == nil)
    }

    /// A share button's label beyond ASCII, its CJK read as several words, is a call to action.
    @Test func aShareLabelBeyondASCIIIsACallToAction() {
        for text in ["この記事をシェア", "分享到", "기사 공유하기", "Поделиться"] {
            #expect(PageParser.split(text)[0].isCallToAction, "\(text)")
        }
        #expect(!PageParser.split("この記事をシェアした人が多かった理由を考える。")[0].isCallToAction)
    }

    @Test func shareButtonsOpenNoBox() {
        let paragraphs = (1...5).map { "Paragraph \($0) about the harbour wall runs on for long enough, with plain words in it, to be read as prose." }
        let page = (["Harbour wall holds through the storm", "By Ana Costa", ""] + paragraphs[..<3].flatMap { [$0, ""] }
                    + ["Share this", "", "What the engineers found", ""] + paragraphs[3...].flatMap { [$0, ""] }).joined(separator: "\n")
        let body = PageParser().parse(page, path: "p.txt").stories.first?.paragraphs
        #expect(body == paragraphs[..<3] + ["What the engineers found"] + paragraphs[3...])
    }
}

/// Date lines in the languages of the stop-word lists read as a byline or date.
@Suite struct DateLineLanguageTests {
    @Test func aDateLineInManyLanguagesIsADate() {
        for text in ["Aktualisiert am 12. März 2024, 15:53 Uhr", "Mis à jour le 3 août 2024 à 10h12", "Actualizado el 12 de mayo de 2024",
                     "Pubblicato il 4 luglio 2024", "Diperbarui 17 Agustus 2024", "Aktualizacja: 12 października 2024",
                     "Aktualizováno 3. června 2024", "Обновлено 12 марта 2024"] {
            #expect(PageParser.split(text)[0].isBylineOrDate, "\(text)")
        }
        // Words that open with a month's letters are no date.
        for text in ["The mayor met 20 residents at the quay", "A generous gift of 20 boats to the club"] {
            #expect(!PageParser.split(text)[0].isBylineOrDate, "\(text)")
        }
    }

    /// A caption with its credit after a slash or a dash and "FOTO:" (QA: a Colombian and a
    /// Brazilian page, the caption taken for the headline).
    @Test func aCaptionWithItsFotoCreditIsACaption() {
        for text in ["Recolectores en una finca de la vereda La Esperanza, en Pijao. / FOTO: Crónica del Eje",
                     "Trecho da rodovia interditado após o deslizamento — Foto: Defesa Civil"] {
            #expect(PageParser.split(text)[0].isCaption, "\(text)")
        }
        #expect(!PageParser.split("A foto: o que a imagem do satélite mostra sobre a seca no Nordeste")[0].isCaption)
    }
}
