@testable import LedeCore
import Testing

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

    /// A month's name beside a day or a year makes a date, in any of the languages listed, and a
    /// source run into its date still does.
    @Test func aMonthBesideItsFiguresIsADate() {
        for text in ["5 de maio de 2026 às 10h", "Dec. 12, 2025", "12 марта 2026", "3. Januar 2026, 12:00 Uhr", "Mai 2026, 14:00",
                     "30 Kasım 2026 Pazartesi", "2026. május 5. 09:15", "5 maart 2026", "14 MARZO 2026", "Associated PressDecember 2, 2016",
                     "on December 27, 2014 at 12:06 PM, updated December 27, 2014 at 12:10 PM", "12–15 March 2026", "23rd of March"] {
            #expect(PageParser.split(text)[0].isBylineOrDate, "\(text)")
        }
    }

    /// Months in the scripts beyond Latin and Cyrillic, as their dates write them.
    @Test func aMonthBesideItsFiguresIsADateInOtherScripts() {
        for text in ["الأربعاء، 28 آب/اغسطس 2013", "15 مارس 2025", "15 במרץ 2025, 10:30", "15 มีนาคม 2567 เวลา 10:30 น.", "14 พ.ค. 2567 08:15 น.", "15 Μαρτίου 2025",
                     "15 березня 2025, 10:30", "15 مهر 1403", "12 मार्च 2026", "১২ মার্চ 2026", "15 Machi 2025"] {
            #expect(PageParser.split(text)[0].isBylineOrDate, "\(text)")
        }
    }

    /// A Thai dot after a letter closes an abbreviation, not a sentence.
    @Test func aThaiAbbreviationEndsNoSentence() {
        #expect(!PageParser.split("สภาพอากาศวันนี้ 10:30 น.")[0].endsSentence)
        #expect(PageParser.split("The meeting ends at 10:30 a.m. today.")[0].endsSentence)
    }

    /// A month found inside a word ("maior", "doctor"), or named away from the headline's figures,
    /// makes no date of a headline.
    @Test func aHeadlineWithAMonthAndFiguresIsNoDate() {
        for text in ["Preço do café dispara e atinge maior valor em 30 anos", "Doctor treated 40 patients in one night",
                     "Preço do café na gôndola sobe 12% em novembro, aponta levantamento", "10 consejos para ahorrar en diciembre sin renunciar a la Navidad",
                     "Nasdaq Composite posts 1.7% weekly decline", "Nintendo's first iPhone game will launch in December for $10"] {
            #expect(!PageParser.split(text)[0].isBylineOrDate, "\(text)")
        }
    }

    /// A date with the characters for year, month and day opens a dateline however much source
    /// and name follow it; a sentence that opens with one ends as a sentence.
    @Test func anEastAsianDateOpensADateline() {
        for text in ["2026年03月21日 08:10  中国健康报  记者 何静", "2026年4月6日 21:58 体坛周报", "2026년 3월 4일 오후 2시 송고"] {
            #expect(PageParser.split(text)[0].isBylineOrDate, "\(text)")
        }
        #expect(!PageParser.split("2026年3月21日，国家统计局发布数据显示，一季度国内生产总值同比增长5.2%。")[0].isBylineOrDate)
        #expect(!"发布于2026年3月21日".withUTF8Bytes { NumericDate.opens($0) })
        #expect(!PageParser.split("202年3月21日 体坛周报")[0].isBylineOrDate)
    }

    /// A headline that opens with its date goes on with words after it: no dateline.
    @Test func aHeadlineOpeningWithADateIsNoDateline() {
        for text in ["2024년 7월 1일부터 달라지는 제도 총정리", "2024年1月1日起，这些新规将正式施行", "22.02.2026: Was sich ab heute für Pendler ändert"] {
            #expect(!PageParser.split(text)[0].isBylineOrDate, "\(text)")
        }
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
        // A byline with its dates, an update and a reading time runs long, its months shortened (QA).
        #expect(PageParser.split("Par Thomas Rivoire - 22 janv. 2024 à 17:45 | mis à jour le 22 janv. 2024 à 19:02 - Temps de lecture : 4 min")[0].isBylineOrDate)
        #expect(PageParser.split("I dag kl. 14.05")[0].digits > 0 && NotAHeadline.isTimestamp(PageParser.split("I dag kl. 14.05")[0]))
        // A list's long item is none, its date and figures told by no clock or bar (review).
        #expect(!PageParser.split("Updated figures published on 14 March 2024 show that 1,240 households in the district now rely on the food bank every week, up from 980 a year earlier")[0].isBylineOrDate)
        // So long a sentence is none, whatever it opens with.
        #expect(!PageParser.split("Published in March 2019 by the city council, the long report on the old harbour counted 1,204 small boats moored in the bay over twenty eight warm summer nights.")[0].isBylineOrDate)
        for text in ["بقلم سارة العتيبي", "מאת דנה לוי", "โดย สมชาย ใจดี", "Оновлено 15 березня 2025", "Δημοσιεύθηκε 15.03.2025", "আপডেট: 12 মার্চ 2026"] {
            #expect(PageParser.split(text)[0].isBylineOrDate, "\(text)")
        }
        // The words as whole words: "two hundred thousand", "were published", "publishing the
        // results", an update's label and "film director" open headlines (review).
        for headline in ["מאתיים אלף מפגינים בכיכר הבימה", "פורסמו נתוני האינפלציה של 2024", "במאי בן 90 זוכה בפרס מפעל חיים",
                         "เผยแพร่ผลสอบ O-NET ปี 2567 แล้ว", "Ενημέρωση: Κλειστή η Ακρόπολη στις 14:00 λόγω καύσωνα"] {
            #expect(!PageParser.split(headline)[0].isBylineOrDate, "\(headline)")
        }
        // "โดย" (by) opens Thai sentences too: a byline's only on a short line.
        #expect(!PageParser.split("โดย ทั่วไปแล้ว ผู้โดยสารส่วนใหญ่เลือกเดินทางด้วยรถไฟฟ้าในช่วงเช้า เพราะสะดวกและรวดเร็วกว่ารถประจำทางมาก")[0].isBylineOrDate)
        #expect(PageParser.split("Čtěte také")[0].opensLinkBox)
        #expect(!PageParser.split("Меткий выстрел решил матч")[0].endsArticle)
    }
}

extension NumericDate {
    static func occurs(in text: String) -> Bool { text.withUTF8Bytes { occurs(in: $0) } }
}
