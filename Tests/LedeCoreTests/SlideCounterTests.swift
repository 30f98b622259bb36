@testable import LedeCore
import Testing

/// A slideshow's counter is furniture, whatever the slides around it say.
@Suite struct SlideCounterTests {
    func isCounter(_ text: String) -> Bool {
        SlideCounter.matches(PageParser.split(text)[0])
    }

    @Test func countersInTheirForms() {
        for line in ["1 of 8", "Slide 3 of 12", "Photo 2 of 11", "2 / 11", "2/11", "1 de 8", "1 von 8", "4 di 10", "Foto 2 dari 9", "ภาพที่ 1 จาก 8"] {
            #expect(isCounter(line), "\(line)")
        }
    }

    @Test func linesWithNumbersThatAreNoCounter() {
        // (Nor a label's share: "Children: 1 of 5", "Balita: 1 dari 5".)
        for line in ["1 of 8 killed", "One of eight", "24/7", "Top 10", "Part 2 of the series", "3 of 4 doctors agree", "2014 of 2015 2016", "1/2/3", "",
                     "Children: 1 of 5", "Balita: 1 dari 5"] {
            #expect(!isCounter(line), "\(line)")
        }
    }

    @Test func aCounterAmongSlidesIsNotBody() {
        let slides = (1...4).map { "Slide \($0) shows a film from the list, with a long enough caption in plain words to read as prose here." }
        let text = (["Seven films to watch over the holidays", "By Ana Costa", ""] + slides.flatMap { [$0, "", "1 of 8", ""] } + ["Contact us"])
            .joined(separator: "\n")
        let article = PageParser().parse(text, path: "p.txt").stories.first
        #expect(article?.paragraphs == slides)
    }
}

@Suite struct GalleryTitlesTests {
    let parser = PageParser()

    /// A photo story: each slide's counter, its caption (with the photographer's credit, or
    /// alone), then the story's paragraph apart below. The captions are not the story (QA).
    @Test func thePhotosCaptionsUnderTheirCountersAreNotTheStory() {
        let paragraphs = (1...3).map { "Paragraph \($0) of the harvest story runs on for long enough, with plain words in it, to be read as prose here." }
        let captions = ["Ted walks the dike between beds at sunrise.", "Water is pumped into the beds.", "The last truck leaves the marsh."]
        let slides = zip(captions, paragraphs).enumerated().flatMap { number, slide in
            ["Photo \(number + 1) of 3", slide.0] + (number == 1 ? [] : ["Alice Fenwick/Midwest Public Radio"]) + ["", slide.1, ""]
        }
        let page = ["Photos: The last cranberry harvest", "By Alice Fenwick", "October 9, 2026", ""] + slides + ["Most Read", "© 2026 Radio"]
        let story = PageParser().parse(page.joined(separator: "\n"), path: "p.txt").stories.first
        #expect(story?.headline == "Photos: The last cranberry harvest")
        #expect(story?.paragraphs == paragraphs)
    }

    /// A Thai photo story: each photo's counter, its caption (long, as Thai counts words) and its
    /// credit under a label ("ภาพ:"), then the story's paragraph. None of the slides' lines is the story.
    @Test func captionsBetweenCountersAndLabelledCreditsAreNotTheStory() {
        let paragraphs = (1...3).map { "เชียงใหม่ - เมื่อค่ำวันที่ \($0) พฤศจิกายน ประชาชนและนักท่องเที่ยวจำนวนมากร่วมกันปล่อยโคมลอยในงานประเพณียี่เป็ง ณ ข่วงประตูท่าแพ อย่างคึกคัก" }
        let slides = (1...3).flatMap { number in
            ["ภาพที่ \(number) จาก 3", "นักท่องเที่ยวร่วมกันปล่อยโคมลอยขึ้นสู่ท้องฟ้าบริเวณลานหน้าวัดพระธาตุดอยสุเทพในคืนวันเพ็ญเดือนสิบสอง", "ภาพ: ณัฐพล อินทร์แก้ว"]
        }
        let page = ["ชมภาพยี่เป็งเชียงใหม่ โคมลอยนับพันสว่างไสวทั่วฟ้าล้านนา", "ทีมข่าวล้านนานิวส์", "", paragraphs[0], "", paragraphs[1], ""]
            + slides + ["", paragraphs[2], "", "แท็กที่เกี่ยวข้อง"]
        #expect(PageParser.split("ภาพ: ณัฐพล อินทร์แก้ว")[0].credit == "ณัฐพล อินทร์แก้ว")
        let story = PageParser().parse(page.joined(separator: "\n"), path: "p.txt").stories.first
        #expect(story?.paragraphs == paragraphs)
    }

    @Test func aGallerysSlideTitlesCountFromOne() {
        #expect(GalleryTitles.counter(opening: "1/50 United goin down")! == (1, 50))
        #expect(GalleryTitles.counter(opening: "24/7 Wall St. - Insightful Analysis") == nil)
        #expect(GalleryTitles.counter(opening: "1/2 cup milk")  == nil)
        let recipe = PageParser.split("1/4 pound celery root\n1/2 cup milk\n1/4 cup brown sugar\n3/4 teaspoon salt")
        #expect(GalleryTitles.find(in: recipe) == nil)
    }

    @Test func anArticleBesideAGalleryOfCaptionsIsTheStory() {
        let article = (1...4).map { "Paragraph \($0) about the hotel cleaning study runs on for long enough, with enough plain words in it, to be read as prose here." }
        let gallery = (1...12).flatMap { ["\($0)/12 Slide title number \($0)", "Caption \($0) of the business gallery tells a whole story of its own in one long sentence, as such captions do, about markets."] }
        let text = (["Seven secrets that hotel owners don't want you to know", "By Ana Costa", ""] + article.flatMap { [$0, ""] }
                    + ["Business news in pictures"] + gallery).joined(separator: "\n")
        #expect(parser.parse(text, path: "p.txt").stories.first?.paragraphs == article)
    }
}

/// A gallery set between an article's paragraphs, slide after slide: neither part of the text
/// nor a gap that parts it (QA: a Polish harvest festival's first two paragraphs were lost, a
/// Spanish one's captions taken for text).
@Suite struct GalleryBoxTests {
    let above = [
        "The district harvest festival was held this year in the small town of Skarszewy, with a mass in the parish church to open it.",
        "Farmers, women's associations and a brass band walked in the parade through the old town, with the banners of every village.",
    ]
    let below = [
        "The highlight of the day was the contest for the most beautiful harvest wreath, with twenty three entries from across the district.",
        "After the official part, folk groups took the stage by the castle, and a well known singer closed the evening under the stars.",
        "Next year's festival will be held in the village of Osieczna, the organisers announced before the fireworks began at ten.",
    ]
    let captions = ["The parade on Kościuszki Street.", "The hosts with a loaf of bread.", "The winning wreath from Szczodrowo.", "Dancers in regional costume."]

    func page(_ slides: [String], after: [String]) -> String {
        (["Regional News", "Harvest festival in Skarszewy", "By Piotr Formella", ""] + above.flatMap { [$0, ""] } + ["Photo gallery"]
            + slides + [""] + after.flatMap { [$0, ""] } + ["Most read", "Council budget approved", "© 2024 Regional News"])
            .joined(separator: "\n")
    }

    @Test func aGalleryBetweenTheTextIsNeitherTextNorAGap() {
        // Each counter over its caption and credit.
        let counterFirst = captions.indices.flatMap { ["Photo \($0 + 1) of 14", captions[$0], "Photo: Piotr Formella"] }
        #expect(PageParser().parse(page(counterFirst, after: below), path: "p.txt").stories.first?.paragraphs == above + below)
        // Each counter under its caption and credit.
        let counterLast = captions.indices.flatMap { [captions[$0], "Photo: Piotr Formella", "\($0 + 1) / 14"] }
        let lines = PageParser.split(page(counterLast, after: below))
        let slides = GalleryBox.slides(in: lines, logits: lines.map { $0.isParagraph ? 2 : -2 })
        // (Its heading with it.)
        let first = lines.firstIndex { $0.text == "Photo gallery" }!, last = lines.firstIndex { $0.text == "4 / 14" }!
        #expect(slides.map { marks in marks.indices.filter { marks[$0] } } == Array(first...last))
    }

    /// Counters over the article's own steps, no photograph's credit among them, are no gallery (review).
    @Test func countersOverTheArticlesStepsAreNoGallery() {
        let steps = (1...4).flatMap { ["Step \($0) of 4", "Step \($0) of the repair takes a quarter of an hour, and you need nothing more than a screwdriver and some patience."] }
        let lines = PageParser.split(page(steps, after: below))
        #expect(GalleryBox.slides(in: lines, logits: lines.map { $0.isParagraph ? 2 : -2 }) == nil)
    }

    /// A gallery page's own slides, a reader's call for photos under them: left as the model reads them.
    @Test func aGalleryOverNoMoreTextIsLeftAlone() {
        let counterFirst = captions.indices.flatMap { ["Photo \($0 + 1) of 14", captions[$0], "Photo: Piotr Formella"] }
        let lines = PageParser.split(page(counterFirst, after: ["Have you got a picture of the festival? Email it to us or upload it using our form."]))
        #expect(GalleryBox.slides(in: lines, logits: lines.map { $0.isParagraph ? 2 : -2 }) == nil)
    }
}
