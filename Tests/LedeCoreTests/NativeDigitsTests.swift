@testable import LedeCore
import Testing

/// Figures in a script's own digits count as figures: a dateline written in them is a dateline,
/// never the headline (QA: a Persian daily's "شنبه ۱۷ آذر ۱۴۰۳" and a Bengali daily's
/// "প্রকাশ: ০৭ ডিসেম্বর ২০২৪, ১০: ১৫" were taken for the headlines).
@Suite struct NativeDigitsTests {
    @Test func aScriptsOwnDigitsAreFiguresNoLetters() {
        for (text, digits) in [("۱۷ آذر ۱۴۰۳", 6), ("١٢ مارس ٢٠٢٤", 6), ("१२ मार्च २०२४", 6), ("০৭ ডিসেম্বর ২০২৪", 6), ("12 March 2024", 6), ("آذر", 0)] {
            #expect(PageParser.split(text)[0].digits == digits, "\(text)")
        }
    }

    @Test func aDatelineInAScriptsOwnDigitsIsADate() {
        for line in ["شنبه ۱۷ آذر ۱۴۰۳", "প্রকাশ: ০৭ ডিসেম্বর ২০২৪, ১০: ১৫", "١٢ مارس ٢٠٢٤"] {
            #expect(PageParser.split(line)[0].isBylineOrDate, "\(line)")
        }
        // A month named without a figure beside it is no date.
        #expect(!PageParser.split("آذر ماه سرد تهران")[0].isBylineOrDate)
    }

    /// The dateline above a headline is no section either (it was, for want of figures).
    @Test func aDatelineAboveTheHeadlineIsNoSection() throws {
        let paragraphs = (1...4).map { "بند \($0): آموزش و پرورش تهران اعلام کرد که مدارس شهر به دلیل آلودگی هوا فردا نیز به صورت غیرحضوری برگزار می‌شود و دانش‌آموزان در خانه می‌مانند." }
        let page = (["روزنامه شهر و مردم", "شنبه ۱۷ آذر ۱۴۰۳", "", "مدارس تهران فردا هم غیرحضوری شد", ""] + paragraphs.flatMap { [$0, ""] }).joined(separator: "\n")
        let story = try #require(PageParser().parse(page, path: "p.txt").stories.first)
        #expect(story.headline == "مدارس تهران فردا هم غیرحضوری شد")
        #expect(story.section == "")
        #expect(story.paragraphs == paragraphs)
    }
}
