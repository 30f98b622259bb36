import LedeCore

/// A story laid out for the reading pane: wrapped lines, each with the role that styles it.
/// Both the pane view and the reducer (for scrolling and match jumps) use the same layout.
public struct StoryDocument: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var text: String
        public var role: Role
        /// The line carries on the one before it with no space between (wrapping broke
        /// Chinese or Japanese text, or a long word, between characters): search joins them so.
        public var continuesUnspaced: Bool
        /// Where in the story's text the line starts, the same at any width (see `TextAnchor`).
        public var anchor: TextAnchor
        public init(_ text: String, _ role: Role, continuesUnspaced: Bool = false, anchor: TextAnchor = .top) {
            self.text = text
            self.role = role
            self.continuesUnspaced = continuesUnspaced
            self.anchor = anchor
        }
    }

    /// The longest line of body text, for a comfortable reading measure.
    public static let measure = 78

    /// The most body text the pane lays out: ten times the longest real article.
    public static let textLimit = 512 * 1024

    /// The longest start of `text` within `bytes` of UTF-8, cut between characters.
    static func prefix(of text: String, bytes: Int) -> String {
        var end = text.startIndex
        var used = 0
        for scalar in text.unicodeScalars {
            used += UTF8.width(scalar)
            if used > bytes { break }
            end = text.unicodeScalars.index(after: end)
        }
        return String(text.unicodeScalars[..<end])
    }

    public var lines: [Line]
    /// The line holding the "keep reading" / "show less" marker, if the story has one.
    public var markerLine: Int?
    /// The story's text goes on past what is laid out (`textLimit`).
    public var isCut = false

    /// Lays out `id` for a pane `width` columns wide.
    /// - Parameters:
    ///   - expanded: the reader asked for "keep reading" on this story.
    public init(library: Library, id: StoryID, expanded: Bool, width: Int) {
        let textWidth = max(1, min(Self.measure, width))
        var lines: [Line] = []
        // Each `add` and `addLaidOut` is a block; a line's anchor counts the block's characters before it.
        var block = 0
        func add(_ text: String, _ role: Role) {
            var offset = 0
            for piece in TextLayout.wrappedLines(text, width: textWidth) {
                lines.append(Line(piece.text, role, continuesUnspaced: piece.continuesUnspaced, anchor: TextAnchor(block: block, offset: offset)))
                offset += TextAnchor.countedCharacters(in: piece.text[...])
            }
            block += 1
        }
        /// A blank line belongs before the block that follows it.
        func blank() { lines.append(Line("", .body, anchor: TextAnchor(block: block, offset: -1))) }
        /// A listing's lines (`paragraph` holds line feeds) as they are, up to the pane's width
        /// rather than the measure: indentation and line ends are a listing's meaning.
        func addLaidOut(_ paragraph: String) {
            var offset = 0
            for line in paragraph.split(separator: "\n", omittingEmptySubsequences: false) {
                for piece in TextLayout.wrapLaidOut(String(line), width: max(1, width)) {
                    lines.append(Line(piece, .body, anchor: TextAnchor(block: block, offset: offset)))
                    offset += TextAnchor.countedCharacters(in: piece[...])
                }
            }
            block += 1
        }

        let story = library.story(id)
        let linked = expanded ? library.linkedArticle(for: id) : nil
        let shown = linked.map(library.story) ?? story

        if !shown.section.isEmpty { add(shown.section, .section) }
        add(shown.headline.isEmpty ? "(untitled)" : shown.headline, .headline)
        if !shown.dek.isEmpty { blank(); add(shown.dek, .dek) }
        if !shown.credit.isEmpty { blank(); add("Image: " + shown.credit, .credit) }
        if let linked {
            blank()
            add("Full story from \(library.page(of: linked).title) (\(library.page(of: linked).path))", .credit)
        }
        let expandable = library.isExpandable(id)
        let collapsed = expandable && !expanded
        let paragraphs = collapsed ? Array(shown.paragraphs.prefix(1)) : shown.paragraphs
        var budget = Self.textLimit
        var isCut = false
        for paragraph in paragraphs {
            blank()
            guard paragraph.utf8.count <= budget else {
                // A page that is one 100 MB line would take seconds to wrap and to search at
                // every keystroke; the pane shows a long story's start and says what it left out.
                add(Self.prefix(of: paragraph, bytes: budget) + " …", .body)
                blank()
                add("(The rest of this story is not shown: it is longer than \(Self.textLimit / 1024) KB. lede dump prints all of it.)", .credit)
                isCut = true
                break
            }
            budget -= paragraph.utf8.count
            if paragraph.utf8.contains(0x0A) { addLaidOut(paragraph) } else { add(paragraph, .body) }
        }
        var markerLine: Int?
        if expandable {
            blank()
            markerLine = lines.count
            lines.append(Line(expanded ? "▴ show less (x)" : "▸ keep reading (x)", .keepReading, anchor: TextAnchor(block: block, offset: 0)))
        }
        self.lines = lines
        self.markerLine = markerLine
        self.isCut = isCut
    }
}

// MARK: - Anchors

extension StoryDocument {
    /// The anchor of the line at `line` (clamped to the lines there are): what to keep when
    /// the width changes, to find the same text again with `line(for:)`.
    public func anchor(atLine line: Int) -> TextAnchor {
        guard !lines.isEmpty else { return .top }
        return lines[min(max(0, line), lines.count - 1)].anchor
    }

    /// The line at `anchor` in this layout: the first line that starts there, else the line
    /// holding its character (the last starting before it), so the text there is at the line's
    /// start or just after it, never skipped. An anchor before every line gives the first.
    public func line(for anchor: TextAnchor) -> Int {
        // Lines' anchors rise with the lines (a blank one sits before its block), so a binary search finds it.
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle].anchor < anchor { low = middle + 1 } else { high = middle }
        }
        if low < lines.count, lines[low].anchor == anchor { return low }
        return max(0, low - 1)
    }
}
