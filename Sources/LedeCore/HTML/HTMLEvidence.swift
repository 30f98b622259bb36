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

    public init(title: String = "", ogTitle: String = "", headings: [String] = [], url: String = "") {
        self.title = title
        self.ogTitle = ogTitle
        self.headings = headings
        self.url = url
    }

    /// How many `<h1>`s are kept: a page with dozens (a front page) says little by the tenth.
    static let headingLimit = 5

    /// `text` with white space runs made single spaces and the ends trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `address` when it is an absolute http or https URL of sane length, else nil.
    static func webAddress(_ address: String) -> String? {
        let trimmed = address.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), trimmed.utf8.count <= 2048,
              !trimmed.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }) else { return nil }
        return trimmed
    }
}
