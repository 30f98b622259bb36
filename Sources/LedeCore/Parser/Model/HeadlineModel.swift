import Foundation

/// Chooses an article's headline among the lines above its body: a logistic score per candidate
/// over `HeadlineFeatures`, fitted by `scripts/train-line-model`, highest score wins.
enum HeadlineModel {
    /// How many non-blank lines above the body are candidates: share bars, captions and alt text
    /// often sit between a headline and its first paragraph.
    static let reach = 25

    static let weights: [Double] = LineModel.override("headline", names: HeadlineFeatures.names) ?? headlineWeights

    /// The index in `candidates` (nearest the body first) of the headline, or nil when none can be.
    static func choose(among candidates: [Line], body: [Line], logits: [Double], pageTop: Int?) -> Int? {
        let rows = features(of: candidates, body: body, logits: logits, pageTop: pageTop)
        var best: (index: Int, score: Double)?
        for (index, row) in rows.enumerated() where isEligible(candidates[index]) {
            var score = 0.0
            for slot in row.indices { score += row[slot] * weights[slot] }
            if best == nil || score > best!.score { best = (index, score) }
        }
        return best?.index
    }

    /// Every candidate's features (for `choose` and for the training script).
    static func features(of candidates: [Line], body: [Line], logits: [Double], pageTop: Int?) -> [[Double]] {
        let words = candidates.map(StoryHeader.contentWords)
        let bodyWords = StoryHeader.bodyWords(of: body, among: words)
        return candidates.indices.map {
            HeadlineFeatures.row($0, of: candidates, bodyWords: bodyWords, words: words, logits: logits, pageTop: pageTop)
        }
    }

    /// Lines that can never be a headline, whatever the model says: empty of words, or too long.
    static func isEligible(_ line: Line) -> Bool {
        line.wordCount >= 1 && line.wordCount <= 40 && line.text.hasAtMost(300)
    }
}
