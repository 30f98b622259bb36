/// The caption of the picture atop an article, with its credit under it: "Water pools near a
/// storm drain on Elm Street.", then "Courier photo / Martin Ekberg", "تصوير: ليلى منصور" or
/// "Ảnh minh họa: Báo Sống Khỏe", the pair set apart from the text. The caption reads as the
/// article's first sentence; the credit under it, a few words naming the photographer, says
/// what it is, in words the credit lists may not hold.
enum HeroCaption {
    /// The caption's and the credit's line indices when the region opens with such a pair.
    /// (The region may open with a share bar's labels: the caption is its first sentence among
    /// its first `reach` lines.)
    static func lines(opening region: ClosedRange<Int>, in lines: [Line]) -> [Int]? {
        guard let caption = region.lazy.filter({ !lines[$0].isBlank }).prefix(reach).first(where: { lines[$0].endsSentence }),
              caption + 1 <= region.upperBound else { return nil }
        let credit = caption + 1
        // Under the credit, a blank line, or on a page without them the text's first paragraph.
        guard lines[caption].wordCount <= maximumWords, endsWithFullStop(lines[caption].text), !lines[credit].isBlank, isCredit(lines[credit]),
              credit + 1 == lines.count || lines[credit + 1].isBlank || lines[credit + 1].isParagraph else { return nil }
        return [caption, credit]
    }

    /// The line numbers of headline candidates that are such a caption over its credit under the
    /// byline or date (`bylineReach` lines up at most): a sentence right over "Photograph: Nine
    /// Horizons Pictures" between the byline and a review's details is the picture's, however
    /// many of the body's words it says. (A headline ending in a full stop may stand right over
    /// its picture's credit, above its byline.)
    static func captions(among candidates: [Line], in lines: [Line]) -> [Int] {
        candidates.compactMap { line in
            let below = line.number + 1
            guard below < lines.count, line.wordCount <= maximumWords, line.endsSentence, endsWithFullStop(line.text),
                  !lines[below].isBlank, isCredit(lines[below]),
                  lines[..<line.number].reversed().lazy.filter({ !$0.isBlank }).prefix(bylineReach).contains(where: \.isBylineOrDate) else { return nil }
            return line.number
        }
    }

    static let bylineReach = 8

    /// Whether a caption's text ends as a statement does: a full stop, "。" or "।" (an
    /// interview's first question over its photographer's credit is the text's).
    private static func endsWithFullStop(_ text: String) -> Bool {
        HeadlineFeatures.endsWithFullStop(text) || text.hasSuffix("。") || text.hasSuffix("।")
    }

    /// The most words of such a caption, and how many of the region's first lines are looked at.
    static let maximumWords = 25
    static let reach = 4

    /// A credit: a few words, no sentence, that the lists call a caption's or a credit; or that
    /// opens with a photograph's label ("تصوير: ليلى منصور", "Ảnh minh họa: …"), names a
    /// photograph in a word of its own ("Courier photo / Martin Ekberg", "Photo Gazette du
    /// Littoral"), or runs a name and an agency together in brackets ("(Northfield Now / staff)").
    /// (Not "photo" inside a word, "Le photovoltaïque…", nor a slash alone: "macOS / Linux".)
    static func isCredit(_ line: Line) -> Bool {
        guard line.wordCount >= 1, line.wordCount <= CaptionCredit.bareCreditWords + 4, !line.endsSentence || line.text.hasSuffix(")") else { return false }
        if line.isCaption || line.credit != nil { return true }
        let text = line.text
        if labels.contains(where: { text.hasPrefix($0) }) { return true }
        if text.hasPrefix("("), text.hasSuffix(")"), PlainSearch.occurs(" / ", in: text) { return true }
        return text.split(separator: " ").contains { photoWords.contains($0.lowercased()) }
    }

    /// A photograph's labels, matched at the line's start as written (capitals beyond Latin-1
    /// are not lowered in `Line.lower`).
    static let labels = [
        "Foto:", "Foto :", "Photo:", "Photo :", "Crédit :", "Crédit:", "Crédits :", "Credit:", "Crédito:", "Bild:", "Ảnh:", "Ảnh minh họa",
        "Фото:", "تصوير:", "صورة:", "الصورة:", "عکس:", "צילום:", "사진=", "사진:", "写真：", "写真:",
        "图片：", "圖片：", "摄影：", "攝影：", "Φωτο:", "Φωτογραφία:", "Zdjęcie:", "Kuva:", "फोटो:", "तस्वीर:", "ภาพ:",
    ]
    /// A photograph's word, a word of the credit's own.
    static let photoWords: Set<String> = ["photo", "foto", "photograph", "fotó", "фото"]
}
