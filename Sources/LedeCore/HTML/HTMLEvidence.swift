import Foundation

/// What an HTML page says about itself beyond its visible text: the titles it gives its story and
/// its address. Each string is as the page wrote it, white space collapsed; the parser and the
/// model sanitise what they show.
public struct HTMLEvidence: Sendable, Equatable {
    /// `<title>`.
    public var title = ""
    /// `<meta property="og:title">` (else `twitter:title`).
    public var ogTitle = ""
    /// The visible `<h1>`s, in page order (the first few).
    public var headings: [String] = []
    /// `<meta property="og:url">`, else `<link rel="canonical">`: absolute http(s) only.
    public var url = ""
    /// The page named an address of its own that is not one (`javascript:…`, a relative path):
    /// `url` stays empty, and the reader can say why rather than that HTML pages have one.
    public var namesUnusableURL = false

    public init(title: String = "", ogTitle: String = "", headings: [String] = [], url: String = "") {
        self.title = title
        self.ogTitle = ogTitle
        self.headings = headings
        self.url = url
    }

    /// The titles that may name the story, most trusted first: `og:title`, the first `<h1>`
    /// that is not the site's name, `<title>`. (A site's logo is often its page's first `<h1>`:
    /// "Flavorwire" over "13 Media Moments…", when `<title>` is "… – Flavorwire".) An `<h1>`
    /// that says nothing `<title>` says comes after it: a section's banner ("Allergies Health
    /// Center" over "Babies Who Eat Peanuts Early May Avoid Allergy"), a blog's greeting.
    public var headlineCandidates: [String] {
        let site = siteName.map { $0.lowercased() }
        let heading = headings.filter { $0.lowercased() != site }.prefix(1)
        if let first = heading.first, !title.isEmpty, !Self.sharesAWord(first, title) {
            return [ogTitle, title, first]
        }
        return [ogTitle] + heading + [title]
    }

    /// Whether two titles have a word in common (folded, three characters or more, not one that
    /// every text uses: `FunctionWords`), or one holds the other (titles in scripts written
    /// without spaces are a single "word").
    static func sharesAWord(_ one: String, _ other: String) -> Bool {
        let a = one.lowercased(), b = other.lowercased()
        if a.contains(b) || b.contains(a) { return true }
        func words(_ text: String) -> Set<Substring> {
            Set(text.split { !$0.isLetter && !$0.isNumber }.filter { word in
                var spelling = String(word)
                return word.count >= 3 && !spelling.withUTF8 { FunctionWords.contains(asciiLowered: $0) }
            })
        }
        return !words(a).isDisjoint(with: words(b))
    }

    /// The site's name as `<title>` ends with it, after a separator ("… – Flavorwire",
    /// "… · V8", "… | The Atlantic"), or nil. A name is no longer than the title before it: in
    /// "BBC News - Storm hits the coast" the story comes last.
    var siteName: String? {
        for (head, site) in PageHints.siteNameSplits(of: title) {
            let name = site.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, name.count <= head.count { return name }
        }
        return nil
    }

    /// How many `<h1>`s are kept: a page with dozens (a front page) says little by the tenth.
    static let headingLimit = 5

    /// `text` with white space runs made single spaces and the ends trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `address` when it is an absolute http or https URL of sane length, else nil.
    static func webAddress(_ address: String) -> String? {
        // A space inside is written %20, as a browser sends it ("…/a b?x=1").
        let trimmed = address.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: " ", with: "%20")
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), trimmed.utf8.count <= 2048,
              !trimmed.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }) else { return nil }
        return trimmed
    }
}
