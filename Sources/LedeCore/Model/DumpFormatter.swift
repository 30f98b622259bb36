/// `lede dump` output: the parser's findings as JSON (the design's shape) or readable text.
public enum DumpFormatter {
    /// `{"pages":[{"path":…,"stories":[{"kind","headline","dek","section","credit","paragraphs":[…],"expandable"} (and "unsure":true where no part of the page read clearly as an article)]}]}`,
    /// with empty strings, never missing keys. With `debug`, each page also has `"dropped"`.
    public static func json(_ pages: [Page], debug: Bool = false) -> String {
        var out = "{\"pages\":["
        for (pageNumber, page) in pages.enumerated() {
            if pageNumber > 0 { out += "," }
            out += "{\"path\":" + JSON.string(page.path) + ",\"stories\":["
            for (storyNumber, story) in page.stories.enumerated() {
                if storyNumber > 0 { out += "," }
                out += "{\"kind\":" + JSON.string(story.kind.rawValue)
                out += ",\"headline\":" + JSON.string(story.headline)
                out += ",\"dek\":" + JSON.string(story.dek)
                out += ",\"section\":" + JSON.string(story.section)
                out += ",\"credit\":" + JSON.string(story.credit)
                out += ",\"paragraphs\":[" + story.paragraphs.map(JSON.string).joined(separator: ",") + "]"
                out += ",\"expandable\":" + (story.expandable ? "true" : "false")
                if story.isUnsure { out += ",\"unsure\":true" }
                out += "}"
            }
            out += "]"
            if debug {
                out += ",\"dropped\":[" + page.dropped.map {
                    "{\"line\":\($0.line + 1),\"reason\":" + JSON.string($0.reason.rawValue) + ",\"text\":" + JSON.string($0.text) + "}"
                }.joined(separator: ",") + "]"
            }
            out += "}"
        }
        return out + "]}\n"
    }

    /// A plain-text listing a person can read, sanitised for the terminal.
    public static func text(_ pages: [Page], debug: Bool = false) -> String {
        var out = ""
        for page in pages {
            out += "== \(Sanitizer.clean(page.path)) — \(page.stories.count) stor\(page.stories.count == 1 ? "y" : "ies")\n"
            for story in page.stories {
                out += "\n[\(story.kind.rawValue)\(story.expandable ? ", keep reading" : "")\(story.isUnsure ? ", unsure" : "")] \(Sanitizer.clean(story.headline))\n"
                if !story.section.isEmpty { out += "section: \(Sanitizer.clean(story.section))\n" }
                if !story.dek.isEmpty { out += "dek: \(Sanitizer.clean(story.dek))\n" }
                if !story.credit.isEmpty { out += "credit: \(Sanitizer.clean(story.credit))\n" }
                for paragraph in story.paragraphs { out += "\n" + Sanitizer.clean(paragraph) + "\n" }
            }
            if debug, !page.dropped.isEmpty {
                out += "\n-- dropped\n"
                for line in page.dropped { out += "\(line.line + 1): [\(line.reason.rawValue)] \(Sanitizer.clean(line.text))\n" }
            }
            out += "\n"
        }
        return out
    }
}

/// Minimal JSON string escaping: control characters and every non-printable as \u escapes.
public enum JSON {
    public static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || Sanitizer.isUnsafe(scalar) {
                    for unit in String(scalar).utf16 {
                        let hex = String(unit, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
