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
        let css = Self.withoutComments(sheet)
        var shown = Set<Substring>()
        var hidden: [Substring] = []
        read(css[...], topLevel: true, hidden: &hidden, shown: &shown)
        for selector in hidden where !shown.contains(selector) { add(selector: selector) }
        // A selector hidden here but shown in another sheet (or an earlier one) is not decided.
        for selector in shown { remove(selector: selector) }
    }

    /// The selectors of `css`'s rules that hide (top level only: `@media` rules apply at some
    /// sizes) and those that show (anywhere): a rule that sets `display` to anything but `none`
    /// for the same selector means the cascade decides, which is not guessed here. Read as bytes:
    /// sheets run to hundreds of kilobytes.
    private func read(_ css: ArraySlice<UInt8>, topLevel: Bool, hidden: inout [Substring], shown: inout Set<Substring>) {
        var index = css.startIndex
        while index < css.endIndex {
            guard let open = css[index...].firstIndex(of: 0x7B) else { return }
            let prelude = Self.trimmed(css[index..<open])
            // The matching close brace (at-rules hold nested blocks).
            var depth = 0
            var close = open
            while close < css.endIndex {
                if css[close] == 0x7B { depth += 1 } else if css[close] == 0x7D { depth -= 1; if depth == 0 { break } }
                close += 1
            }
            let block = css[(open + 1)..<close]
            if prelude.first == 0x40 {  // @
                let rule = String(decoding: prelude.prefix(9), as: UTF8.self).lowercased()
                if rule.hasPrefix("@media") || rule.hasPrefix("@supports") {
                    read(block, topLevel: false, hidden: &hidden, shown: &shown)
                }
            } else if let display = Self.displayValue(in: block) {
                let selectors = String(decoding: prelude, as: UTF8.self).split(separator: ",").map(\.trimmingSpaces)
                if topLevel, display.hasPrefix("none") {
                    hidden += selectors
                } else {
                    for selector in selectors { shown.insert(selector) }
                }
            }
            index = close + 1
        }
    }

    /// What a declaration block sets `display` to (lower case, spaces out), or nil when it does not.
    static func displayValue(in block: ArraySlice<UInt8>) -> String? {
        let name = Array("display".utf8)
        var index = block.startIndex
        while index + name.count <= block.endIndex {
            if block[index] | 0x20 == 0x64, block[index..<(index + name.count)].map({ $0 | 0x20 }).elementsEqual(name) {
                var cursor = index + name.count
                while cursor < block.endIndex, block[cursor] == 0x20 || block[cursor] == 0x09 || block[cursor] == 0x0A { cursor += 1 }
                if cursor < block.endIndex, block[cursor] == 0x3A {
                    let value = block[(cursor + 1)...].prefix { $0 != 0x3B && $0 != 0x7D }
                    return String(decoding: value, as: UTF8.self).lowercased().filter { !$0.isWhitespace }
                }
            }
            index += 1
        }
        return nil
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return [] }
        return bytes[first...last]
    }

    /// `sheet` with its `/* … */` comments made spaces, in one pass.
    static func withoutComments(_ sheet: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(sheet.utf8.count)
        var inComment = false
        var previous: UInt8 = 0
        for byte in sheet.utf8 {
            if inComment {
                if previous == 0x2A, byte == 0x2F { inComment = false; previous = 0; out.append(0x20); continue }
            } else if previous == 0x2F, byte == 0x2A {
                out.removeLast()
                inComment = true
                previous = 0
                continue
            } else {
                out.append(byte)
            }
            previous = byte
        }
        return out
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
