import Foundation

/// What a page's format knows beside its text, for the parser to weigh: the one explicit way
/// for evidence other than the text's lines to reach it. HTML offers headlines (`og:title`,
/// `<h1>`, `<title>`, in the order they are trusted) and, per line, how its markup places it
/// (in the article's container, in links).
public struct PageHints: Sendable, Equatable {
    /// Candidate headlines, most trusted first.
    public var candidates: [String]
    /// Per line of the text, added to the line model's log-odds that the line is article text
    /// (empty: no evidence; lines past its end get none).
    public var lineBias: [Double]
    /// Per line of the text, whether the page laid it out as it is (a `<pre>`'s): kept line for
    /// line, as a listing (empty: none).
    public var laidOut: [Bool]

    public init(candidates: [String], lineBias: [Double] = [], laidOut: [Bool] = []) {
        self.candidates = candidates.filter { !$0.isEmpty }
        self.lineBias = lineBias
        self.laidOut = laidOut
    }

    /// The candidates, each also without a trailing site name (`Storm floods the harbour | Gazette`).
    var withSiteNamesCut: [String] {
        var out: [String] = []
        for candidate in candidates {
            out.append(candidate)
            for (title, _) in Self.siteNameSplits(of: candidate) where title.count >= 10 { out.append(String(title)) }
        }
        return out
    }

    /// `title` cut at its last separator of each kind, in `siteNameSeparators`' order: what may be
    /// a page title, and after it what may be its site's name.
    static func siteNameSplits(of title: String) -> [(title: Substring, site: Substring)] {
        siteNameSeparators.compactMap { separator in
            title.range(of: separator, options: .backwards).map { (title[..<$0.lowerBound], title[$0.upperBound...]) }
        }
    }

    /// What stands between a page title and its site's name.
    static let siteNameSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "]
}

extension PageParser {
    /// Parses `text` as `parse(_:path:)` does, the line model's log-odds moved by `hints.lineBias`,
    /// then lets `hints` name the article's headline: the first candidate (or, cut of a trailing
    /// site name, the first shorter form) that is a whole line of the page; when none is, the
    /// first candidate as the page gives it. A line the model had read as body or dek that is the
    /// headline is taken out of them; the line it had read as the headline, when it comes below
    /// the named one and is longer, is the dek (a standfirst under the headline).
    public func parse(_ text: consuming String, path: String, hints: PageHints) -> Page {
        let hinted = Self.hintedHeadline(hints, in: text)
        var parser = self
        parser.logitBias = hints.lineBias
        parser.laidOut = hints.laidOut
        var page = parser.parse(text, path: path)
        guard let (headline, headlineLine) = hinted, let index = page.stories.firstIndex(where: { $0.kind == .article }) else { return page }
        var story = page.stories[index]
        let modelHeadline = story.headline
        story.headline = PermalinkMark.cut(headline)
        if HTMLEvidence.collapsed(story.dek) == HTMLEvidence.collapsed(headline) { story.dek = "" }
        // (The line the model read as the section can be the headline named here: said once.)
        if HTMLEvidence.collapsed(story.section) == HTMLEvidence.collapsed(headline) { story.section = "" }
        if story.dek.isEmpty, !modelHeadline.isEmpty, modelHeadline != headline, modelHeadline.count > headline.count,
           let line = headlineLine, story.lines.lowerBound > line {
            story.dek = modelHeadline
        }
        let key = HTMLEvidence.collapsed(headline)
        if let first = story.paragraphs.prefix(3).firstIndex(where: { HTMLEvidence.collapsed($0) == key }), story.paragraphs.count > 1 {
            story.paragraphs.remove(at: first)
        }
        page.stories[index] = story
        page.title = story.headline
        return page
    }

    /// The headline `hints` give for `text`, cleaned for the terminal, and the number of the line
    /// it is (nil when it is no line of the page); nil with no hints.
    static func hintedHeadline(_ hints: PageHints, in text: String) -> (String, Int?)? {
        let forms = hints.withSiteNamesCut.map { Sanitizer.clean($0) }
        guard !forms.isEmpty else { return nil }
        // Lines and candidates compared with their white space made single spaces: a page sets a
        // no-break space between a headline's last words ("Lived&nbsp;Without"), its og:title not.
        var lines: [String: Int] = [:]
        let keys = forms.map(HTMLEvidence.collapsed)
        let wanted = Set(keys)
        // Only lines about as long as a candidate are looked at closely: a big page is mostly others.
        let longest = forms.map(\.utf8.count).max()! + 16
        for (number, line) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where line.count <= longest {
            let key = HTMLEvidence.collapsed(Sanitizer.clean(String(decoding: line, as: UTF8.self)))
            if wanted.contains(key), lines[key] == nil { lines[key] = number }
        }
        if let found = keys.indices.first(where: { lines[keys[$0]] != nil }) { return (forms[found], lines[keys[found]]) }
        return (forms[0], nil)
    }
}

extension PageParser {
    /// `logits` moved by `bias`, line by line (lines past the end of `bias` unchanged).
    static func biased(_ logits: [Double], by bias: [Double]) -> [Double] {
        guard !bias.isEmpty else { return logits }
        var logits = logits
        for index in logits.indices where index < bias.count { logits[index] += bias[index] }
        return logits
    }
}
