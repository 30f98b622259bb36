/// Builds text the way a browser's `innerText` lays it out: runs of white space collapse to one
/// space, a line starts and ends with no space, and the line breaks blocks ask for collapse to
/// the most any of them asks for (a paragraph's two give one blank line, never more), none at the
/// start or end. A `<br>` is a line break of its own and does not collapse.
struct TextBuilder {
    private(set) var bytes: [UInt8] = []
    /// Per line of the text (as split on line feeds): how its bytes of text sit in the page.
    private(set) var lines: [LineMarkup] = [LineMarkup()]
    /// Where the text appended now sits (in a link, in an `<article>`…), set by the walker.
    var markup = LineMarkup.Place()
    /// Line breaks asked for since the last text, sent with the next text.
    private var pendingBreaks = 0
    /// White space seen since the last text on this line, sent as one space before the next text.
    private var pendingSpace = false
    /// A table cell ended: a tab before the next text on this line.
    private var pendingTab = false

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Asks for at least `count` line breaks before whatever text comes next.
    mutating func breakLines(_ count: Int) {
        pendingBreaks = max(pendingBreaks, count)
        pendingSpace = false
        pendingTab = false
    }

    /// A `<br>`: one line break now, on top of any already asked for.
    mutating func lineBreak() {
        flushBreaks()
        trimLineEnd()
        newLine()
        pendingSpace = false
        pendingTab = false
    }

    /// A table cell ended: the next cell's text follows a tab on the same line.
    mutating func cellEnd() {
        if pendingBreaks == 0 { pendingTab = true }
    }

    /// Text of a `white-space: normal` element: white space collapsed.
    mutating func append(collapsing text: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var index = 0
        while index < text.count {
            if Self.isSpace(text[index]) {
                if index > start { appendWord(UnsafeBufferPointer(rebasing: text[start..<index])) }
                pendingSpace = true
                index += 1
                start = index
            } else {
                index += 1
            }
        }
        if index > start { appendWord(UnsafeBufferPointer(rebasing: text[start..<index])) }
    }

    /// Text of a `<pre>`: spaces kept, its newlines are line breaks.
    mutating func append(preserving text: UnsafeBufferPointer<UInt8>) {
        for byte in text {
            if byte == 0x0A {
                lineBreak()
            } else if byte != 0x0D {
                appendWord(CollectionOfOne(byte))
                lines[lines.count - 1].isPreformatted = true
            }
        }
    }

    /// The text, without the breaks still pending at the end.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: - Internal

    private mutating func appendWord<Word: Collection<UInt8>>(_ word: Word) {
        if pendingBreaks > 0 {
            flushBreaks()
        } else if pendingTab {
            bytes.append(0x09)
        } else if pendingSpace, let last = bytes.last, last != 0x0A {
            bytes.append(0x20)
        }
        pendingSpace = false
        pendingTab = false
        bytes.append(contentsOf: word)
        lines[lines.count - 1].add(word.count, at: markup)
    }

    /// Sends the pending line breaks, but never at the start of the text.
    private mutating func flushBreaks() {
        // A `<br>`'s break is text of its own, as in the innerText algorithm: not counted here.
        if !bytes.isEmpty, pendingBreaks > 0 {
            trimLineEnd()
            for _ in 0..<pendingBreaks { newLine() }
        }
        pendingBreaks = 0
    }

    private mutating func newLine() {
        bytes.append(0x0A)
        lines.append(LineMarkup())
    }

    /// Drops the no-break spaces (`&nbsp;`) a line ends with, as copied text shows it.
    private mutating func trimLineEnd() {
        while bytes.count >= 2, bytes[bytes.count - 2] == 0xC2, bytes[bytes.count - 1] == 0xA0 { bytes.removeLast(2) }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
