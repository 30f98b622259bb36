@testable import LedeCore
import Testing

/// Pages in scripts whose sentences end in other marks than a full stop, and footers that say
/// "all rights reserved" in other languages.
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
    }

    /// A headline, a byline, four paragraphs in Hindi ending in a danda, then the menu again and a footer.
    @Test func aHindiArticleKeepsItsLastParagraph() {
        let paragraphs = [
            "सोमवार को नगर परिषद ने लंबी बहस के बाद पुराने तटबंध की मरम्मत की योजना को मंज़ूरी दे दी, जिस पर लगभग दो साल से चर्चा चल रही थी।",
            "महापौर ने कहा कि काम वसंत में शुरू होगा और अगले साल के अंत तक चलेगा, और इस दौरान तटबंध पर यातायात आंशिक रूप से बंद रहेगा।",
            "इलाके के निवासी लंबे समय से टूटी सीढ़ियों और रोशनी की कमी की शिकायत कर रहे थे, और उनमें से कई लोग परियोजना के समर्थन में बैठक में आए।",
            "काम की लागत तीन सौ करोड़ रुपये आंकी गई है, और प्रशासन के अनुसार इसका एक हिस्सा राज्य सरकार देगी।",
        ]
        let menu = ["होम", "समाचार", "खेल", "मौसम", "लॉग इन"]
        let text = (menu + ["", "नगर परिषद ने तटबंध की मरम्मत की नई योजना को मंज़ूरी दी", "लेखक: अनीता शर्मा, 12 मार्च 2024", ""]
                    + paragraphs.flatMap { [$0, ""] } + menu.prefix(3) + ["© 2024 सर्वाधिकार सुरक्षित"]).joined(separator: "\n")
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
        let menu = ["Главная", "Новости", "Спорт", "Погода", "Войти"]
        let text = (menu + ["", "Городской совет одобрил новый план ремонта набережной", "Автор: Анна Петрова, 12 марта 2024", ""]
                    + paragraphs.flatMap { [$0, ""] } + menu.prefix(3) + ["© 2024 Городская газета. Все права защищены."]).joined(separator: "\n")
        #expect(PageParser().parse(text, path: "p.txt").stories.first?.paragraphs == paragraphs)
        for footer in ["Tous droits réservés.", "Todos los derechos reservados.", "© 2024 Alle Rechte vorbehalten.", "版权所有", "جميع الحقوق محفوظة"] {
            #expect(PageParser.split(footer)[0].isCallToAction, "\(footer)")
        }
    }
}
