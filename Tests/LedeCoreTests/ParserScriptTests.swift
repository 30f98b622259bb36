@testable import LedeCore
import Testing

/// Pages in scripts whose sentences end in other marks than a full stop, and the furniture of
/// pages in other languages: "all rights reserved", "read also" links, comment headings.
@Suite struct ParserScriptTests {
    @Test func theFullStopsOfOtherScriptsEndSentences() {
        let lines = PageParser.split("""
            यह एक वाक्य है।
            یہ ایک جملہ ہے۔
            هل هذا سؤال؟
            Αυτή είναι ερώτηση;
            Это не конец
            """)
        #expect(lines.map(\.endsSentence) == [true, true, true, true, false])
        // A quoted sentence closes with its bracket after the stop, as Chinese and Japanese quote.
        let quoted = PageParser.split("局長說：「希望讓遊客感受到年味。」\n彼は「そう思う。」と語った。\n「台南燈會」\n（資料照，記者攝）")
        #expect(quoted.map(\.endsSentence) == [true, true, false, false])
    }

    /// A menu, a headline and its byline, the paragraphs, then the menu's first items again and a footer.
    func page(menu: [String], headline: String, byline: String, paragraphs: [String], footer: String) -> String {
        (menu + ["", headline, byline, ""] + paragraphs.flatMap { [$0, ""] } + menu.prefix(3) + [footer]).joined(separator: "\n")
    }

    /// Four paragraphs in Hindi, each ending in a danda.
    @Test func aHindiArticleKeepsItsLastParagraph() {
        let paragraphs = [
            "सोमवार को नगर परिषद ने लंबी बहस के बाद पुराने तटबंध की मरम्मत की योजना को मंज़ूरी दे दी, जिस पर लगभग दो साल से चर्चा चल रही थी।",
            "महापौर ने कहा कि काम वसंत में शुरू होगा और अगले साल के अंत तक चलेगा, और इस दौरान तटबंध पर यातायात आंशिक रूप से बंद रहेगा।",
            "इलाके के निवासी लंबे समय से टूटी सीढ़ियों और रोशनी की कमी की शिकायत कर रहे थे, और उनमें से कई लोग परियोजना के समर्थन में बैठक में आए।",
            "काम की लागत तीन सौ करोड़ रुपये आंकी गई है, और प्रशासन के अनुसार इसका एक हिस्सा राज्य सरकार देगी।",
        ]
        let text = page(menu: ["होम", "समाचार", "खेल", "मौसम", "लॉग इन"], headline: "नगर परिषद ने तटबंध की मरम्मत की नई योजना को मंज़ूरी दी",
                        byline: "लेखक: अनीता शर्मा, 12 मार्च 2024", paragraphs: paragraphs, footer: "© 2024 सर्वाधिकार सुरक्षित")
        let article = PageParser().parse(text, path: "p.txt").stories.first
        #expect(article?.headline == "नगर परिषद ने तटबंध की मरम्मत की नई योजना को मंज़ूरी दी")
        #expect(article?.paragraphs == paragraphs)
    }

    /// The same in Russian, whose footer ends like a sentence.
    @Test func aRussianFootersAllRightsReservedIsNotTheArticlesLastParagraph() {
        let paragraphs = [
            "В понедельник городской совет после долгого обсуждения одобрил план ремонта старой набережной, который обсуждался почти два года.",
            "По словам мэра, работы начнутся весной и продлятся до конца следующего года, а движение будет частично закрыто.",
            "Жители района давно жаловались на разрушенные ступени и отсутствие освещения, и многие пришли на заседание.",
            "Стоимость работ оценивается в триста миллионов рублей, и часть денег выделит областной бюджет.",
        ]
        let text = page(menu: ["Главная", "Новости", "Спорт", "Погода", "Войти"], headline: "Городской совет одобрил новый план ремонта набережной",
                        byline: "Автор: Анна Петрова, 12 марта 2024", paragraphs: paragraphs, footer: "© 2024 Городская газета. Все права защищены.")
        #expect(PageParser().parse(text, path: "p.txt").stories.first?.paragraphs == paragraphs)
        for footer in ["Tous droits réservés.", "Todos los derechos reservados.", "© 2024 Alle Rechte vorbehalten.", "版权所有", "جميع الحقوق محفوظة"] {
            #expect(PageParser.split(footer)[0].isCallToAction, "\(footer)")
        }
    }

    /// An Indonesian article with a "read also" link inside, then reader comments under their heading.
    @Test func anIndonesianReadAlsoLinkAndCommentsStayOutOfTheArticle() {
        let paragraphs = [
            "Dewan kota pada hari Senin menyetujui rencana perbaikan tanggul tua setelah pembahasan panjang yang berlangsung hampir dua tahun.",
            "Menurut wali kota, pekerjaan akan dimulai pada musim semi dan berlangsung hingga akhir tahun depan, dengan lalu lintas ditutup sebagian.",
            "Warga sekitar sudah lama mengeluhkan tangga yang rusak dan kurangnya penerangan, dan banyak dari mereka datang ke rapat untuk mendukung proyek itu.",
            "Biaya pekerjaan diperkirakan mencapai tiga ratus miliar rupiah, dan menurut pemerintah sebagian dana akan ditanggung anggaran provinsi.",
        ]
        let comments = ["Budi: Akhirnya, sudah lama kami menunggu perbaikan ini di kampung kami.",
                        "Ani: Semoga pekerjaannya selesai tepat waktu dan tidak molor lagi seperti biasanya."]
        let menu = ["Beranda", "Berita", "Olahraga", "Masuk"]
        let body = paragraphs[..<2] + ["Baca juga: Harga beras naik lagi menjelang akhir pekan"] + paragraphs[2...]
        let text = (menu + ["", "Dewan kota menyetujui rencana baru perbaikan tanggul", "Oleh Siti Rahma, 12 Maret 2024", ""]
                    + body.flatMap { [$0, ""] } + ["Komentar", ""] + comments.flatMap { [$0, ""] } + menu).joined(separator: "\n")
        #expect(PageParser().parse(text, path: "p.txt").stories.first?.paragraphs == paragraphs)
    }

    @Test func readAlsoLinksAreCallsToActionAndCommentHeadingsEndArticles() {
        let links = ["Lesen Sie auch: Mieten steigen weiter", "Lire aussi : Les loyers grimpent", "Leggi anche: Gli affitti salgono",
                     "Читайте также: Цены снова выросли", "اقرأ أيضا: ارتفاع الأسعار", "相关阅读：房价继续上涨", "Xem thêm: Giá nhà tăng",
                     "【続きを読む】「夫の遺影をザックに入れて」80歳の登山家"]
        for link in links { #expect(PageParser.split(link)[0].isCallToAction, "\(link)") }
        let headings = ["Commenti", "Komentarze (3)", "Comments (12)", "Комментарии", "Σχόλια", "댓글 5", "Yorumlar"]
        for heading in headings { #expect(PageParser.split(heading)[0].endsArticle, "\(heading)") }
        // A sentence that opens with the same words is no link.
        #expect(!PageParser.split("Читайте внимательно: цены на жильё снова выросли, пишет газета.")[0].isCallToAction)
    }

    @Test func picturesCreditsInOtherLanguagesAreCredits() {
        let credits = ["Photo : AFP/Jean Martin", "Bild: dpa", "Фото: ТАСС/Иван Иванов", "fot. PAP/Jan Kowalski", "사진=연합뉴스", "写真：共同通信"]
        #expect(credits.map { PageParser.split($0)[0].credit } == ["AFP/Jean Martin", "dpa", "ТАСС/Иван Иванов", "PAP/Jan Kowalski", "연합뉴스", "共同通信"])
    }

    @Test func datelinesInOtherLanguagesAreTimestamps() {
        let datelines = ["Veröffentlicht am 12.03.2024 um 10:15 Uhr", "Publié le 12 mars 2024 à 10h15", "Опубликовано: 12 марта 2024, 10:15",
                         "Diperbarui 12 Maret 2024, 10:15 WIB", "입력 2024.03.12 10:15 수정 2024.03.12 11:02", "发布时间：2024年3月12日 10:15",
                         "Güncelleme: 12 Mart 2024 10:15", "16 เมษายน 2024", "17 अप्रैल 2024", "12 Μαρτίου 2024", "12 března 2024",
                         "جمعرات 8 فروری 2024", "الخميس 14 مارس 2024"]
        for dateline in datelines { #expect(NotAHeadline.isTimestamp(PageParser.split(dateline)[0]), "\(dateline)") }
        #expect(!NotAHeadline.isTimestamp(PageParser.split("Опубликовано 12 новых правил")[0]))
        // How long ago.
        for ago in ["Il y a 2 heures", "vor 3 Stunden", "Hace 2 horas", "Há 2 horas", "2 ore fa", "2 uur geleden", "2 godziny temu",
                    "2 часа назад", "2 timmar sedan", "3 saat önce", "2 jam yang lalu", "2時間前", "2小时前", "2시간 전"] {
            #expect(NotAHeadline.isTimestamp(PageParser.split(ago)[0]), "\(ago)")
        }
        #expect(!NotAHeadline.isTimestamp(PageParser.split("Il y a 20 ans, la chute du mur")[0]))
    }

    /// A Korean article whose dateline stands between its headline and its reporter's name.
    @Test func aKoreanDatelineIsNotTheHeadline() {
        let paragraphs = [
            "시의회는 월요일 약 2년 동안 논의해 온 옛 해안 산책로 보수 계획을 오랜 토론 끝에 승인했다.",
            "시장은 공사가 봄에 시작돼 내년 말까지 이어지며, 그동안 산책로 통행이 일부 제한된다고 밝혔다.",
            "주민들은 오래전부터 부서진 계단과 부족한 조명에 대해 불만을 제기해 왔으며, 많은 주민이 사업을 지지하기 위해 회의에 참석했다.",
            "공사비는 약 3천억 원으로 추산되며, 시에 따르면 그 일부는 도의 예산으로 충당된다.",
        ]
        let text = (["홈", "뉴스", "스포츠", "경제", "로그인", "", "시의회, 해안 산책로 보수 새 계획 승인", "입력 2024.03.12 10:15 수정 2024.03.12 11:02",
                     "홍길동 기자", "공유하기", "페이스북", "트위터", ""] + paragraphs.flatMap { [$0, ""] }
                    + ["<저작권자 © 해안일보, 무단 전재 및 재배포 금지>", "", "관련기사", "새 다리 5월 개통", "시장, 예산 삭감 발표"]).joined(separator: "\n")
        let article = PageParser().parse(text, path: "p.txt").stories.first
        #expect(article?.headline == "시의회, 해안 산책로 보수 새 계획 승인")
        #expect(article?.paragraphs == paragraphs)
        // Neither the share bar's "트위터" (Twitter) nor the reporter's "홍길동 기자" is its section.
        #expect(article?.section == "")
        #expect(PageParser.split("홍길동 기자 hong@example.com")[0].isBylineOrDate)
        #expect(!PageParser.split("기자들이 현장에 모였다")[0].isBylineOrDate)
    }

    @Test func prefixesCompareBytesOnlyWhereTheSpellingIsOne() {
        let prefixes = Prefixes(["Читайте также", "à lire aussi", "相关阅读"])
        // й has another spelling (и and a combining breve): the bytes stop before it.
        #expect(Prefixes.head(of: "Читайте также") == Array("Чита".utf8))
        #expect(Prefixes.head(of: "à lire aussi").isEmpty)
        #expect(Prefixes.head(of: "相关阅读") == Array("相关阅读".utf8))
        #expect(prefixes.first(opening: "Читайте также: цены выросли") == "Читайте также")
        #expect(prefixes.first(opening: "Читаи\u{306}те также: цены выросли") == "Читайте также")
        #expect(prefixes.first(opening: "Читайте внимательно") == nil)
        #expect(prefixes.first(opening: "à lire aussi : les loyers") == "à lire aussi")
        #expect(prefixes.first(opening: "相关阅读：房价") == "相关阅读")
    }
}
