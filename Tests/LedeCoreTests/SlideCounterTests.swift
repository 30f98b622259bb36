@testable import LedeCore
import Testing

/// A slideshow's counter is furniture, whatever the slides around it say.
@Suite struct SlideCounterTests {
    func isCounter(_ text: String) -> Bool {
        SlideCounter.matches(PageParser.split(text)[0])
    }

    @Test func countersInTheirForms() {
        for line in ["1 of 8", "Slide 3 of 12", "Photo 2 of 11", "2 / 11", "2/11", "1 de 8", "1 von 8", "4 di 10"] {
            #expect(isCounter(line), "\(line)")
        }
    }

    @Test func linesWithNumbersThatAreNoCounter() {
        for line in ["1 of 8 killed", "One of eight", "24/7", "Top 10", "Part 2 of the series", "3 of 4 doctors agree", "2014 of 2015 2016", "1/2/3", ""] {
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
