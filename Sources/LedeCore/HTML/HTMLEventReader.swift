import CLibxml2
import Foundation

/// What the HTML parser's events make: the text, laid out as `innerText` does, and the evidence.
/// A class, as libxml2 hands its pointer back to each callback.
final class HTMLEventReader {
    var builder: TextBuilder
    var evidence = HTMLEvidence()
    /// Open elements: each one's role, where an `<h1>`'s text started, and the place in the
    /// markup before it opened.
    private var open: [(role: ElementRole, headingStart: Int?, place: LineMarkup.Place)] = []
    /// Inside a hidden element: how many elements deep (its own start counts one). Its text is
    /// not shown, and nothing inside it opens.
    private var hiddenDepth = 0
    /// Inside `<title>` (hidden, but its text is the page's title).
    private var inTitle = false
    private var title: [UInt8] = []
    /// Inside `<style>`: its text is a style sheet, read for what it hides.
    private var inStyle = false
    private var sheet: [UInt8] = []
    private var sheetBytesRead = 0
    private var hiddenByStyle = HiddenByStyle()
    /// Visible `itemprop="articleBody"`, `<article>` and `<main>` elements seen.
    private var articleBodies = 0, articles = 0, mains = 0
    /// Inside `<head>`: text is not shown, but `title`, `meta` and `link` are read.
    private var metadataDepth = 0
    private var preformattedDepth = 0
    /// Elements opened past `deepest`: they do nothing to the text (it runs on, as inline), so a
    /// hostile page's nesting costs a counter, not a stack.
    private var overflowDepth = 0
    /// An HTML5 character reference libxml2 hands on as text, joined back together.
    private var looseEntity = LooseEntity()
    /// Elements nested deeper than this are read as if they were not there: no real page comes
    /// near it.
    static let deepest = 512

    init(capacity: Int) { builder = TextBuilder(capacity: capacity) }

    var result: HTMLText.Result {
        looseEntity.flush { take($0) }
        if evidence.title.isEmpty { evidence.title = HTMLEvidence.collapsed(String(decoding: title, as: UTF8.self)) }
        let container = ArticleContainer.chosen(articleBodies: articleBodies, articles: articles, mains: mains)
        return HTMLText.Result(text: builder.text, evidence: evidence, lines: builder.lines, container: container)
    }

    // MARK: - Events

    func start(_ name: String, _ attributes: Attributes) {
        looseEntity.flush { take($0) }
        if hiddenDepth > 0 { hiddenDepth += 1; return }
        let role = ElementRole.of(name)
        // (Hidden whatever its depth: a script nested past `deepest` is no more text than another.)
        if role == .hidden || attributes.hide(name) || isHiddenByStyle(name, attributes) {
            noteEvidence(name, attributes)
            hiddenDepth = 1
            inTitle = name == "title"
            inStyle = name == "style"
            return
        }
        if open.count >= Self.deepest { overflowDepth += 1; return }
        var headingStart: Int?
        switch role {
        case .block: builder.breakLines(1)
        case .paragraph: builder.breakLines(2)
        case .lineBreak: builder.lineBreak()
        case .preformatted: builder.breakLines(1); preformattedDepth += 1
        case .metadata: metadataDepth += 1
        case .cell, .inline, .hidden: break
        }
        if name == "h1", metadataDepth == 0, evidence.headings.count < HTMLEvidence.headingLimit {
            headingStart = builder.bytes.count
        }
        open.append((role, headingStart, builder.markup))
        notePlace(name, attributes)
    }

    func end() {
        looseEntity.flush { take($0) }
        if hiddenDepth > 0 {
            hiddenDepth -= 1
            if hiddenDepth == 0 {
                inTitle = false
                if inStyle, !sheet.isEmpty { hiddenByStyle.add(sheet: String(decoding: sheet, as: UTF8.self)) }
                inStyle = false
                sheet = []
            }
            return
        }
        if overflowDepth > 0 { overflowDepth -= 1; return }
        guard let (role, headingStart, place) = open.popLast() else { return }
        builder.markup = place
        if let headingStart, headingStart <= builder.bytes.count {
            let heading = HTMLEvidence.collapsed(String(decoding: builder.bytes[headingStart...], as: UTF8.self))
            if !heading.isEmpty { evidence.headings.append(heading) }
        }
        switch role {
        case .block: builder.breakLines(1)
        case .paragraph: builder.breakLines(2)
        case .preformatted: builder.breakLines(1); preformattedDepth -= 1
        case .metadata: metadataDepth -= 1
        case .cell: builder.cellEnd()
        case .inline, .lineBreak, .hidden: break
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        looseEntity.pass(text) { take($0) }
    }

    /// Text as the page shows it: kept for the title or the style sheet when hidden, else laid out.
    private func take(_ text: UnsafeBufferPointer<UInt8>) {
        if hiddenDepth > 0 {
            // A page's title is short: a hostile one is not kept whole.
            if inTitle, title.count < 4096 { title += text.prefix(4096 - title.count) }
            if inStyle, sheetBytesRead < HiddenByStyle.largestSheet {
                let room = HiddenByStyle.largestSheet - sheetBytesRead
                sheet += text.prefix(room)
                sheetBytesRead += min(room, text.count)
            }
            return
        }
        guard metadataDepth == 0 else { return }
        // "&#146;" is U+0092, a control character, to the parser; to a browser, Windows-1252's ’.
        if let marks = TextDecoder.windows1252Marks(inUTF8: text) {
            marks.withUnsafeBufferPointer { lay(out: $0) }
        } else {
            lay(out: text)
        }
    }

    private func lay(out text: UnsafeBufferPointer<UInt8>) {
        if preformattedDepth > 0 { builder.append(preserving: text) } else { builder.append(collapsing: text) }
    }

    private func isHiddenByStyle(_ name: String, _ attributes: Attributes) -> Bool {
        guard !hiddenByStyle.isEmpty else { return false }
        return hiddenByStyle.hides(tag: name, classList: attributes["class"], id: attributes["id"])
    }

    // MARK: - Evidence

    /// Where the text inside an element sits: in a link, in the article's possible containers.
    private func notePlace(_ name: String, _ attributes: Attributes) {
        switch name {
        case "a":
            if attributes.has("href") { builder.markup.inLink = true }
        case "article":
            articles += 1
            builder.markup.inArticle = true
        case "main":
            mains += 1
            builder.markup.inMain = true
        case "nav", "aside", "footer", "figure", "figcaption", "form", "button":
            builder.markup.inFurniture = true
        default:
            break
        }
        if let property = attributes["itemprop"], property.split(separator: " ").contains("articleBody") {
            articleBodies += 1
            builder.markup.inArticleBody = true
        }
    }

    /// An address the page gives as its own: kept when it is absolute http(s), else noted as
    /// unusable (an empty one names nothing).
    private func noteAddress(_ address: String) {
        if let url = HTMLEvidence.webAddress(address) {
            evidence.url = url
        } else if !address.allSatisfy(\.isWhitespace) {
            evidence.namesUnusableURL = true
        }
    }

    private func noteEvidence(_ name: String, _ attributes: Attributes) {
        switch name {
        case "meta":
            let key = (attributes["property"] ?? attributes["name"] ?? "").lowercased()
            let content = attributes["content"] ?? ""
            switch key {
            case "og:title":
                evidence.ogTitle = HTMLEvidence.collapsed(content)
            case "twitter:title":
                if evidence.ogTitle.isEmpty { evidence.ogTitle = HTMLEvidence.collapsed(content) }
            case "og:url":
                noteAddress(content)
            default:
                break
            }
        case "link":
            let relations = (attributes["rel"] ?? "").lowercased().split(separator: " ")
            if relations.contains("canonical"), evidence.url.isEmpty { noteAddress(attributes["href"] ?? "") }
        default:
            break
        }
    }

    // MARK: - libxml2

    /// An element's attributes as libxml2 gives them: name, value, name, value… then NULL (a
    /// value is NULL for an attribute written bare, as `hidden`). Entities are already decoded.
    struct Attributes {
        var pointer: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

        subscript(_ wanted: String) -> String? {
            guard var cursor = pointer else { return nil }
            while let name = cursor.pointee {
                let value = (cursor + 1).pointee
                if String(cString: name).lowercased() == wanted { return value.map { String(cString: $0) } ?? "" }
                guard value != nil || (cursor + 1).pointee == nil else { break }
                cursor += 2
            }
            return nil
        }

        func has(_ wanted: String) -> Bool { self[wanted] != nil }

        /// `hidden`, `aria-hidden="true"`, an unopened `<dialog>`, or an inline style of
        /// `display: none` or `visibility: hidden`.
        func hide(_ element: String) -> Bool {
            guard pointer != nil else { return element == "dialog" }
            if has("hidden") { return true }
            if self["aria-hidden"]?.lowercased().trimmingCharacters(in: .whitespaces) == "true" { return true }
            if let style = self["style"]?.lowercased().filter({ !$0.isWhitespace }),
               style.contains("display:none") || style.contains("visibility:hidden") { return true }
            return element == "dialog" && !has("open")
        }
    }

    /// The SAX handler: only the events the text needs, so libxml2 builds no tree.
    static var handler: htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let context, let name else { return }
            Unmanaged<HTMLEventReader>.fromOpaque(context).takeUnretainedValue().start(String(cString: name), Attributes(pointer: attributes))
        }
        handler.endElement = { context, _ in
            guard let context else { return }
            Unmanaged<HTMLEventReader>.fromOpaque(context).takeUnretainedValue().end()
        }
        handler.characters = { context, text, length in
            guard let context, let text, length > 0 else { return }
            Unmanaged<HTMLEventReader>.fromOpaque(context).takeUnretainedValue().characters(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        handler.cdataBlock = handler.characters
        return handler
    }
}
