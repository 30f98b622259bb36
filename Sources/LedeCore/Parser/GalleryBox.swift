/// A photo gallery set into an article: slide after slide, each its counter ("Zdjęcie 1 z 14",
/// "Bild 2 von 24", "3 / 12"), caption and photographer's credit. Its captions read as short
/// sentences and its credits as furniture, so the gallery either parted the article (the text
/// above it left out) or joined it (the captions taken for text). Set between the article's
/// text, it is neither, like a video player's controls. (A gallery under an article's few lines,
/// over a box of other stories, is left as it was: as nothing, it would join the box to the article.)
enum GalleryBox {
    /// Per line, whether it is a gallery's, set between paragraphs the model reads as text (nil
    /// when the page has none).
    static func slides(in lines: [Line], logits: [Double]) -> [Bool]? {
        var counters: [(index: Int, total: Int)] = []
        lines.withUnsafeBufferPointer { lines in
            for index in lines.indices {
                if let total = SlideCounter.total(of: lines[index]) { counters.append((index, total)) }
            }
        }
        guard counters.count >= fewestSlides else { return nil }
        var marks: [Bool]?
        var first = 0
        while first < counters.count {
            // The counters of one total, each within a slide's reach of the one before.
            var last = first
            while last + 1 < counters.count, counters[last + 1].total == counters[first].total,
                  counters[last + 1].index - counters[last].index <= slideReach {
                last += 1
            }
            defer { first = last + 1 }
            // (A photograph's credit between most counters: "Schritt 1 von 4" over a step's
            // paragraph, "Question 1 of 5" over a quiz's question, are the article's.)
            guard last - first + 1 >= fewestSlides,
                  (first..<last).count(where: { holdsCredit(counters[$0].index + 1..<counters[$0 + 1].index, in: lines) }) * 3 >= (last - first) * 2
            else { continue }
            // A slide is as many lines as the shortest from one counter to the next. Its counter
            // opens it, the last slide's lines under it (up to a blank line); or, under a credit,
            // closes it, the first slide's lines over it.
            let span = (first..<last).map { counters[$0 + 1].index - counters[$0].index }.min()!
            var start = counters[first].index, end = counters[last].index
            if closesSlide(above: start, in: lines) {
                start = max(0, start - (span - 1))
            } else {
                while end + 1 < lines.count, end + 1 < counters[last].index + span, !lines[end + 1].isBlank { end += 1 }
            }
            // Its heading right over it ("Photo gallery", "Galeria zdjęć").
            if start > 0, !lines[start - 1].isBlank, lines[start - 1].wordCount <= headingWords, !lines[start - 1].endsSentence { start -= 1 }
            // (Two paragraphs under it: the article goes on, where a reader's call for photos
            // under a gallery page's own is one.)
            guard paragraphs(in: lines[..<start].reversed(), logits: logits) >= 1,
                  paragraphs(in: lines[(end + 1)...], logits: logits) >= 2 else { continue }
            if marks == nil { marks = [Bool](repeating: false, count: lines.count) }
            for index in start...end { marks![index] = true }
        }
        return marks
    }

    /// The fewest slides of a gallery, and the most lines from one counter to the next: a
    /// counter, a caption, a credit and blank lines between.
    static let fewestSlides = 3
    static let slideReach = 6
    /// The most words of the gallery's heading.
    static let headingWords = 4

    /// Whether one of the lines is a photograph's credit, or the last is a name under a caption
    /// ("Miki López": a photographer named alone).
    private static func holdsCredit(_ range: Range<Int>, in lines: [Line]) -> Bool {
        if range.contains(where: { lines[$0].credit != nil || !lines[$0].isBlank && HeroCaption.isCredit(lines[$0]) }) { return true }
        let filled = range.filter { !lines[$0].isBlank }
        guard filled.count >= 2, let last = filled.last.map({ lines[$0] }) else { return false }
        return last.wordCount <= nameWords && !last.endsSentence && last.capitalised == last.wordCount
    }

    /// The most words of a photographer's name.
    static let nameWords = 4

    /// Whether the lines right over the counter are a slide's caption and credit, no blank line
    /// between (a gallery's heading, "Photo gallery", reads as a credit too, but stands apart).
    private static func closesSlide(above counter: Int, in lines: [Line]) -> Bool {
        guard counter >= 2 else { return false }
        let credit = lines[counter - 1], caption = lines[counter - 2]
        return !credit.isBlank && (credit.credit != nil || HeroCaption.isCredit(credit)) && !caption.isBlank && !HeroCaption.isCredit(caption)
    }

    /// How many of the first few lines (non-blank, in the order given) are paragraphs the model reads as text.
    private static func paragraphs(in lines: some Sequence<Line>, logits: [Double]) -> Int {
        lines.lazy.filter { !$0.isBlank }.prefix(textReach).filter { $0.isParagraph && logits[$0.number] > 0 }.count
    }

    /// How many lines from the gallery its text is looked for.
    static let textReach = 3
}
