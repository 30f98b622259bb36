/// What a page's own `<style>` sheets hide with `display: none`, for the simplest selectors
/// only: `.class`, `#id`, `tag`, `tag.class`. A browser applies these before `innerText` is
/// taken, and pages hide menus, pop-ups and templates this way. Rules inside `@media` and other
/// at-rules, selectors with combinators, pseudo-classes or attributes, a selector that another
/// rule shows, `visibility` (a child may be visible again) and `html` / `body` (hidden only until
/// a script runs) are left alone: a wrong guess would hide article text.
struct HiddenByStyle {
    private(set) var classes = Set<String>()
    private(set) var ids = Set<String>()
    private(set) var tags = Set<String>()
    private(set) var tagClasses = Set<String>()

    var isEmpty: Bool { classes.isEmpty && ids.isEmpty && tags.isEmpty && tagClasses.isEmpty }

    /// Style sheet text read per page, at most: a hostile page's megabytes of CSS are not parsed.
    static let largestSheet = 1 << 20

    /// Adds the rules of one style sheet.
    mutating func add(sheet: String) {
        var css = Substring(sheet)
        // Comments out.
        while let open = css.range(of: "/*") {
            let rest = css[open.upperBound...]
            let close = rest.range(of: "*/")?.upperBound ?? css.endIndex
            css = Substring(String(css[..<open.lowerBound]) + " " + String(css[close...]))
        }
        var shown = Set<Substring>()
        var hidden: [Substring] = []
        read(css, topLevel: true, hidden: &hidden, shown: &shown)
        for selector in hidden where !shown.contains(selector) { add(selector: selector) }
        // A selector hidden here but shown in another sheet (or an earlier one) is not decided.
        for selector in shown { remove(selector: selector) }
    }

    /// The selectors of `css`'s rules that hide (top level only: `@media` rules apply at some
    /// sizes) and those that show (anywhere): a rule that sets `display` to anything but `none`
    /// for the same selector means the cascade decides, which is not guessed here.
    private func read(_ css: Substring, topLevel: Bool, hidden: inout [Substring], shown: inout Set<Substring>) {
        var index = css.startIndex
        while index < css.endIndex {
            guard let open = css[index...].firstIndex(of: "{") else { return }
            let prelude = css[index..<open].trimmingSpaces
            // The matching close brace (at-rules hold nested blocks).
            var depth = 0
            var close = open
            while close < css.endIndex {
                if css[close] == "{" { depth += 1 } else if css[close] == "}" { depth -= 1; if depth == 0 { break } }
                close = css.index(after: close)
            }
            let block = css[css.index(after: open)..<Swift.min(close, css.endIndex)]
            if prelude.hasPrefix("@") {
                if prelude.lowercased().hasPrefix("@media") || prelude.lowercased().hasPrefix("@supports") {
                    read(block, topLevel: false, hidden: &hidden, shown: &shown)
                }
            } else {
                let declarations = block.lowercased().filter { !$0.isWhitespace }
                let selectors = prelude.split(separator: ",").map(\.trimmingSpaces)
                if topLevel, declarations.contains("display:none") {
                    hidden += selectors
                } else if declarations.contains("display:") {
                    for selector in selectors { shown.insert(selector) }
                }
            }
            index = close < css.endIndex ? css.index(after: close) : css.endIndex
        }
    }

    private mutating func remove(selector: Substring) {
        if selector.hasPrefix("#") { ids.remove(String(selector.dropFirst())) }
        if selector.hasPrefix(".") { classes.remove(String(selector.dropFirst())) }
        tags.remove(selector.lowercased())
        tagClasses.remove(String(selector))
    }

    private mutating func add(selector: Substring) {
        let isName = { (text: Substring) in !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } }
        if selector.hasPrefix("#"), isName(selector.dropFirst()) { ids.insert(String(selector.dropFirst())); return }
        if selector.hasPrefix("."), isName(selector.dropFirst()) { classes.insert(String(selector.dropFirst())); return }
        let parts = selector.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 1, isName(parts[0]), !["html", "body"].contains(parts[0].lowercased()) { tags.insert(parts[0].lowercased()) }
        if parts.count == 2, isName(parts[0]), isName(parts[1]) { tagClasses.insert(parts[0].lowercased() + "." + parts[1]) }
    }

    /// Whether an element named `tag` with these `class` and `id` attributes is hidden.
    func hides(tag: String, classList: String?, id: String?) -> Bool {
        if tags.contains(tag) { return true }
        if let id, ids.contains(id) { return true }
        guard let classList else { return false }
        for name in classList.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            if classes.contains(String(name)) || tagClasses.contains(tag + "." + name) { return true }
        }
        return false
    }
}

private extension Substring {
    var trimmingSpaces: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}
