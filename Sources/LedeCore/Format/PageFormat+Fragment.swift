/// A piece of a web page saved without its `<html>`, `<head>` and `<body>` (a CMS export, a
/// copied `innerHTML`): `<meta charset="utf-8">` or `<p>…</p>` first. A text page may open
/// with a tag too, an article about HTML ("<p> is a paragraph tag…") or a cheat sheet, so one
/// tag is not enough: markup must shape the page's first kilobytes.
extension PageFormat {
    /// Whether `lower` (a page's first bytes, lower-cased, from its first tag on) is a fragment of
    /// HTML: it opens with an HTML element's tag; three such tags at least; half its lines at
    /// least open with one (prose about tags has lines of words between them); and either an
    /// end tag (`</p>`), or a first tag only a head holds (`<meta`, `<link`, `<title`…), which
    /// no text page's article opens with.
    static func isHTMLFragment(_ lower: ArraySlice<UInt8>) -> Bool {
        guard let first = tag(in: lower, at: lower.startIndex), !first.isEnd else { return false }
        var tags = 0
        var endTags = 0
        var lines = 0
        var linesOpeningWithATag = 0
        var lineStart = true
        var index = lower.startIndex
        while index < lower.endIndex {
            let byte = lower[index]
            if byte == 0x0A { lineStart = true; index += 1; continue }
            if lineStart && (byte == 0x20 || byte == 0x09 || byte == 0x0D) { index += 1; continue }
            if lineStart {
                lines += 1
                if tag(in: lower, at: index) != nil || lower[index...].starts(with: commentOpening) { linesOpeningWithATag += 1 }
                lineStart = false
            }
            if byte == 0x3C, let found = tag(in: lower, at: index) {
                tags += 1
                if found.isEnd { endTags += 1 }
            }
            index += 1
        }
        return tags >= 3 && linesOpeningWithATag * 2 >= lines && (endTags > 0 || headOnly.contains(first.name))
    }

    // MARK: - Internal

    /// The HTML element whose start or end tag (`<p>`, `<a href…`, `</div>`) begins at `index`, if any.
    private static func tag(in lower: ArraySlice<UInt8>, at index: Int) -> (name: [UInt8], isEnd: Bool)? {
        guard index < lower.endIndex, lower[index] == 0x3C else { return nil }
        var cursor = index + 1
        let isEnd = cursor < lower.endIndex && lower[cursor] == 0x2F
        if isEnd { cursor += 1 }
        let nameStart = cursor
        while cursor < lower.endIndex, (lower[cursor] >= 0x61 && lower[cursor] <= 0x7A) || (lower[cursor] >= 0x30 && lower[cursor] <= 0x39) {
            cursor += 1
        }
        // The name ends at a space, `>` or `/`: `<pre>`, not `<prefix>`; `<br/>`.
        guard cursor < lower.endIndex, [0x20, 0x09, 0x0A, 0x0D, 0x3E, 0x2F].contains(lower[cursor]) else { return nil }
        let name = Array(lower[nameStart..<cursor])
        return elements.contains(name) ? (name, isEnd) : nil
    }

    private static let commentOpening = Array("<!--".utf8)

    /// Elements an article's markup is made of (not every element: enough to know markup).
    private static let elements: Set<[UInt8]> = Set([
        "a", "abbr", "article", "aside", "b", "base", "blockquote", "body", "br", "caption", "cite", "code",
        "dd", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "header", "hr", "html", "i", "iframe", "img", "li", "link", "main", "meta", "nav",
        "noscript", "ol", "p", "picture", "pre", "q", "s", "script", "section", "small", "source", "span",
        "strong", "style", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "title",
        "tr", "u", "ul",
    ].map { Array($0.utf8) })

    /// Elements only a page's head holds.
    private static let headOnly: Set<[UInt8]> = Set(["base", "link", "meta", "style", "title"].map { Array($0.utf8) })
}
