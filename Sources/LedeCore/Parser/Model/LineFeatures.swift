import Foundation

/// The shallow, language-neutral measurements of a line and its neighbours that the line model
/// weighs (in the spirit of boilerpipe and jusText): how long it is, whether it reads like a
/// sentence, whether it repeats, what the phrase lists say, and the same of the lines around it.
/// Each feature is named; `LineModel+Weights.swift` holds one weight per name, made by
/// `scripts/train-line-model` from the dev corpora.
enum LineFeatures {
    /// The features in the order of a row; the weights file lists the same names.
    static let names: [String] = [
        "bias",
        // The line itself.
        "log_words",            // long lines are prose; menus, labels and buttons are short
        "is_paragraph",         // long prose that ends like a sentence (the rules' own notion)
        "ends_sentence",        // . ! ? 。 at the end: sentences, not labels
        "ends_truncated",       // "…": an excerpt of another story
        "inner_sentence_break", // more than one sentence on the line
        "upper_share",          // SHOUTING menus and kickers
        "capitalised_share",    // Title Case Menus And Headlines; prose capitalises few words
        "comma_density",        // clauses: prose has commas, link lists do not
        "digit_share",          // dates, scores, prices, counters
        "table_row",            // tab-separated cells: data that is content
        "repeated",             // said twice on a page: navigation, captions, pull quotes
        "log_repeats",
        "expand_control",       // "keep reading"
        "call_to_action",       // share, subscribe, cookies
        "byline_or_date",
        "caption_or_credit",
        "opens_link_box",       // "Related", "Most read"
        "ends_article",         // "Comments", "Tags"
        "promotion",            // newsletters, apps
        "opens_with_mark",      // • › | — : list items, breadcrumbs, attributions
        "blank_before",         // innerText puts a blank line between paragraphs, not between links
        "blank_after",
        // Its neighbours (the nearest non-blank lines).
        "prev_log_words", "prev_is_paragraph", "prev_ends_sentence",
        "next_log_words", "next_is_paragraph", "next_ends_sentence",
        "prev2_is_paragraph", "next2_is_paragraph",
        "window_paragraphs",    // share of paragraphs among the four lines either side: prose comes in runs
        "window_short",         // share of one-to-three-word lines there: menus come in runs
        // Interactions a linear model cannot make itself.
        "short_in_prose",       // a short line amid paragraphs: a subheading, not a menu entry
        "sentence_in_prose",    // a sentence amid paragraphs
        // What the hand-written rules make of it (ArticleRegion), as evidence among the rest.
        "rule_weight",          // the rules' prose-versus-furniture weight, scaled to about ±3
        "rule_body",            // the rules would keep it inside an article
    ]

    static var count: Int { names.count }

    /// One row of features per line (blank lines get a row of zeros: the model never weighs them).
    static func rows(for lines: [Line]) -> [[Double]] {
        let nonBlank = lines.indices.filter { !lines[$0].isBlank }
        var rows = [[Double]](repeating: [Double](repeating: 0, count: count), count: lines.count)
        for (rank, index) in nonBlank.enumerated() {
            let line = lines[index]
            func neighbour(_ offset: Int) -> Line? {
                let at = rank + offset
                return at >= 0 && at < nonBlank.count ? lines[nonBlank[at]] : nil
            }
            var paragraphs = 0.0, short = 0.0
            for offset in -4...4 where offset != 0 {
                guard let other = neighbour(offset) else { continue }
                if other.isParagraph { paragraphs += 1 }
                if other.wordCount <= 3 { short += 1 }
            }
            let words = Double(line.wordCount)
            // Shares of the whole window, so that lines missing at a page's edges count as neither.
            let prose = paragraphs / 8
            let letters = max(1.0, Double(line.text.utf8.count))
            var row = rows[index]
            var slot = 0
            func put(_ value: Double) { row[slot] = value; slot += 1 }
            func put(_ flag: Bool) { put(flag ? 1.0 : 0.0) }
            put(1.0)
            put(log1p(words))
            put(line.isParagraph)
            put(line.endsSentence)
            put(line.endsTruncated)
            put(line.hasInnerSentenceBreak)
            put(line.upperCaseShare)
            put(words > 0 ? min(1, Double(line.capitalised) / words) : 0)
            put(words > 0 ? min(1, Double(line.commas) / words * 4) : 0)
            put(min(1, Double(line.digits) / letters * 4))
            put(line.isTableRow)
            put(line.repeats > 1)
            put(log(Double(max(1, line.repeats))))
            put(line.isExpandControl)
            put(line.isCallToAction)
            put(line.isBylineOrDate)
            put(line.isCaption || line.credit != nil)
            put(Phrases.opensLinkBox(line))
            put(Phrases.endsArticle(line))
            put(Phrases.isPromotion(line))
            put(line.text.unicodeScalars.first.map { "•·›»>|—–-*:".unicodeScalars.contains($0) } ?? false)
            put(index > 0 && lines[index - 1].isBlank)
            put(index + 1 < lines.count && lines[index + 1].isBlank)
            put(log1p(Double(neighbour(-1)?.wordCount ?? 0)))
            put(neighbour(-1)?.isParagraph ?? false)
            put(neighbour(-1)?.endsSentence ?? false)
            put(log1p(Double(neighbour(1)?.wordCount ?? 0)))
            put(neighbour(1)?.isParagraph ?? false)
            put(neighbour(1)?.endsSentence ?? false)
            put(neighbour(-2)?.isParagraph ?? false)
            put(neighbour(2)?.isParagraph ?? false)
            put(prose)
            put(short / 8)
            put(line.wordCount <= 8 ? prose : 0)
            put(line.endsSentence ? prose : 0)
            put(max(-30, min(30, ArticleRegion.weight(line))) / 10)
            put(ArticleRegion.isBody(line))
            precondition(slot == count, "LineFeatures.names and rows(for:) disagree")
            rows[index] = row
        }
        return rows
    }
}

/// The line model's features for a page, for the training script (`lede-bench features`).
public enum LineFeatureTable {
    public static var names: [String] { LineFeatures.names }

    /// Per line of `text` (split on `\n`, 0-based): its features; blank lines are left out.
    public static func rows(of text: String) -> [(line: Int, values: [Double])] {
        var lines = PageParser.split(text)
        PageParser.countRepeats(in: &lines)
        let rows = LineFeatures.rows(for: lines)
        return lines.indices.filter { !lines[$0].isBlank }.map { ($0, rows[$0]) }
    }
}

/// The headline model's candidates and their features for a page, for the training script
/// (`lede-bench features --headlines`).
public enum HeadlineFeatureTable {
    public static var names: [String] { HeadlineFeatures.names }

    /// Per candidate line of `text`'s main article (0-based line numbers): its features.
    public static func rows(of text: String) -> [(line: Int, values: [Double])] {
        PageParser(keepsDroppedLines: false).articleOpening(of: text)?.candidateRows() ?? []
    }
}
