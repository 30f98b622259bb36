/// What an element does to the text a browser shows (`innerText`), by its tag name alone; the
/// attributes that hide an element are read by `HTMLText`.
enum ElementRole: UInt8 {
    /// Text runs on (`span`, `a`, `em`…).
    case inline
    /// Starts and ends a line (`div`, `li`, `h2`…).
    case block
    /// A blank line before and after (`p`, as Chromium's innerText gives it).
    case paragraph
    case lineBreak
    /// A table cell: cells of a row are separated by tabs.
    case cell
    /// White space kept as written (`pre`).
    case preformatted
    /// Never shown, and nothing inside it either (`script`, `style`, `template`…).
    case hidden
    /// Not shown, but read for evidence (`head`: its `title`, `meta` and `link`).
    case metadata

    static func of(_ name: String) -> ElementRole {
        table[name] ?? .inline
    }

    private static let table: [String: ElementRole] = {
        var table: [String: ElementRole] = [:]
        for name in ["address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
                     "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset",
                     "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
                     "menu", "nav", "ol", "optgroup", "option", "search", "section", "summary", "table", "tr", "ul"] {
            table[name] = .block
        }
        table["p"] = .paragraph
        table["br"] = .lineBreak
        for name in ["td", "th"] { table[name] = .cell }
        for name in ["pre", "listing", "xmp", "plaintext"] { table[name] = .preformatted }
        // Not rendered, or rendered as something other than text (a frame, a picture, a control).
        for name in ["script", "style", "template", "noscript", "title", "meta", "link", "base", "iframe", "frame",
                     "object", "embed", "video", "audio", "canvas", "svg", "img", "picture", "source",
                     "track", "map", "area", "select", "datalist", "input", "param", "textarea"] {
            table[name] = .hidden
        }
        table["head"] = .metadata
        return table
    }()
}
