import CLibxml2
import Foundation

/// Turns an HTML page into the text a browser's `innerText` gives for its body, collecting the
/// page's evidence (titles, headings, address) on the way. libxml2 parses; nothing is fetched
/// (no network, no entities loaded), no script runs, and the tree is walked without recursion.
public enum HTMLText {
    /// The page's text and evidence.
    public struct Result: Sendable {
        public var text: String
        public var evidence: HTMLEvidence
        /// Per line of `text`: how it sat in the markup.
        public var lines: [LineMarkup]
        /// The element the page keeps its article in, if it says.
        public var container: ArticleContainer?
    }

    /// Elements nested deeper than this are not read: no real page comes near it, and a hostile
    /// one gains nothing by going deeper.
    static let deepest = 512

    /// Reads UTF-8 HTML `bytes` (convert other encodings first: `HTMLPage` does).
    public static func read(utf8 bytes: [UInt8]) -> Result {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(1, buffer.count)) {
                htmlReadMemory($0, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return Result(text: "", evidence: HTMLEvidence(), lines: [LineMarkup()], container: nil) }
        defer { xmlFreeDoc(document) }
        var walker = Walker(capacity: bytes.count / 3)
        walker.walk(UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self))
        let container = ArticleContainer.chosen(articleBodies: walker.articleBodies, articles: walker.articles, mains: walker.mains)
        return Result(text: walker.builder.text, evidence: walker.evidence, lines: walker.builder.lines, container: container)
    }
}

/// One walk over a parsed document.
private struct Walker {
    var builder: TextBuilder
    var evidence = HTMLEvidence()
    /// Open elements: each one's role, where an `<h1>`'s text started, and the place in the
    /// markup before it opened.
    private var open: [(role: ElementRole, headingStart: Int?, place: LineMarkup.Place)] = []
    /// Visible `itemprop="articleBody"`, `<article>` and `<main>` elements seen.
    private(set) var articleBodies = 0, articles = 0, mains = 0
    /// Inside `<head>` (or another element read only for evidence): text is not shown.
    private var metadataDepth = 0
    private var preformattedDepth = 0

    init(capacity: Int) { builder = TextBuilder(capacity: capacity) }

    mutating func walk(_ root: UnsafeMutablePointer<xmlNode>) {
        var node = root.pointee.children
        while let current = node {
            if enter(current) {
                if let child = current.pointee.children, open.count <= HTMLText.deepest {
                    node = child
                    continue
                }
                leave()
            }
            // On to the next node: the next sibling, else close parents until one has a sibling.
            var cursor = current
            while cursor.pointee.next == nil {
                guard let parent = cursor.pointee.parent, parent != root, !open.isEmpty else { return }
                leave()
                cursor = parent
            }
            node = cursor.pointee.next
        }
    }

    /// Handles `node` on the way down; true when it is an element now open (its children are to
    /// be read, and `leave` closes it).
    private mutating func enter(_ node: UnsafeMutablePointer<xmlNode>) -> Bool {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard metadataDepth == 0, let content = node.pointee.content else { return false }
            let text = UnsafeBufferPointer(start: content, count: strlen(content))
            if preformattedDepth > 0 { builder.append(preserving: text) } else { builder.append(collapsing: text) }
            return false
        case XML_ELEMENT_NODE:
            break
        default:
            return false
        }
        let name = Self.name(of: node)
        let role = ElementRole.of(name)
        if role == .hidden || isHiddenByAttribute(node) {
            noteEvidence(name, node)
            return false
        }
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
        notePlace(name, node)
        return true
    }

    /// Closes the innermost open element.
    private mutating func leave() {
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

    /// Where the text inside `node` sits: in a link, in the article's possible containers.
    private mutating func notePlace(_ name: String, _ node: UnsafeMutablePointer<xmlNode>) {
        switch name {
        case "a":
            if Self.attribute("href", of: node) != nil { builder.markup.inLink = true }
        case "article":
            articles += 1
            builder.markup.inArticle = true
        case "main":
            mains += 1
            builder.markup.inMain = true
        default:
            break
        }
        if let property = Self.attribute("itemprop", of: node), property.split(separator: " ").contains("articleBody") {
            articleBodies += 1
            builder.markup.inArticleBody = true
        }
    }

    // MARK: - Hidden elements

    /// `hidden`, `aria-hidden="true"`, an unopened `<dialog>`, or an inline style of
    /// `display: none` or `visibility: hidden`.
    private func isHiddenByAttribute(_ node: UnsafeMutablePointer<xmlNode>) -> Bool {
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let rawName = current.pointee.name else { continue }
            let name = String(cString: rawName)
            switch name {
            case "hidden":
                return true
            case "aria-hidden":
                if Self.value(of: current).lowercased().trimmingCharacters(in: .whitespaces) == "true" { return true }
            case "style":
                let style = Self.value(of: current).lowercased().filter { !$0.isWhitespace }
                if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            default:
                continue
            }
        }
        if Self.name(of: node) == "dialog", Self.attribute("open", of: node) == nil { return true }
        return false
    }

    // MARK: - Evidence

    private mutating func noteEvidence(_ name: String, _ node: UnsafeMutablePointer<xmlNode>) {
        switch name {
        case "title":
            if evidence.title.isEmpty { evidence.title = HTMLEvidence.collapsed(Self.text(of: node)) }
        case "meta":
            let key = (Self.attribute("property", of: node) ?? Self.attribute("name", of: node) ?? "").lowercased()
            let content = Self.attribute("content", of: node) ?? ""
            switch key {
            case "og:title":
                evidence.ogTitle = HTMLEvidence.collapsed(content)
            case "twitter:title":
                if evidence.ogTitle.isEmpty { evidence.ogTitle = HTMLEvidence.collapsed(content) }
            case "og:url":
                if let url = HTMLEvidence.webAddress(content) { evidence.url = url }
            default:
                break
            }
        case "link":
            let relations = (Self.attribute("rel", of: node) ?? "").lowercased().split(separator: " ")
            if relations.contains("canonical"), evidence.url.isEmpty,
               let url = HTMLEvidence.webAddress(Self.attribute("href", of: node) ?? "") {
                evidence.url = url
            }
        default:
            break
        }
    }

    // MARK: - libxml2 access

    private static func name(of node: UnsafeMutablePointer<xmlNode>) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func attribute(_ wanted: String, of node: UnsafeMutablePointer<xmlNode>) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, String(cString: name) == wanted { return value(of: current) }
            attribute = current.pointee.next
        }
        return nil
    }

    /// An attribute's value: the text of its children (entities already decoded by the parser).
    private static func value(of attribute: UnsafeMutablePointer<xmlAttr>) -> String {
        var out = ""
        var child = attribute.pointee.children
        while let current = child {
            if let content = current.pointee.content { out += String(cString: content) }
            child = current.pointee.next
        }
        return out
    }

    /// The text directly inside `node` (a `<title>` holds only text).
    private static func text(of node: UnsafeMutablePointer<xmlNode>) -> String {
        var out = ""
        var child = node.pointee.children
        while let current = child {
            if let content = current.pointee.content { out += String(cString: content) }
            child = current.pointee.next
        }
        return out
    }
}
