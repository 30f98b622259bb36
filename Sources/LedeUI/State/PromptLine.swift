/// The search prompt's line as it is edited: its text and where the cursor stands, as a
/// readline prompt edits it. The cursor counts characters (grapheme clusters), so a wide CJK
/// character or an emoji is one step of ← →, whatever its width on screen.
struct PromptLine: Equatable, Sendable {
    private(set) var text: String
    /// Characters before the cursor: 0 at the start, `text.count` at the end.
    private(set) var cursor: Int

    /// `text` with the cursor after `cursor` characters (nil: at the end).
    init(text: String, cursor: Int? = nil) {
        self.text = text
        self.cursor = min(max(0, cursor ?? text.count), text.count)
    }

    // MARK: - Moving

    mutating func moveLeft() { cursor = max(0, cursor - 1) }
    mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    mutating func moveToStart() { cursor = 0 }
    mutating func moveToEnd() { cursor = text.count }
    /// Alt-b: to the start of the word before the cursor, as readline's backward-word.
    mutating func moveWordLeft() { cursor = wordStart(before: cursor) }
    /// Alt-f: to the end of the word after the cursor, as readline's forward-word.
    mutating func moveWordRight() { cursor = wordEnd(after: cursor) }

    // MARK: - Editing

    /// Puts `inserted` at the cursor and the cursor after it.
    mutating func insert(_ inserted: String) {
        let before = text[..<cursorIndex] + inserted
        replace(before: before)
    }

    /// Backspace: the character before the cursor.
    mutating func deleteBackward() {
        guard cursor > 0 else { return }
        replace(before: text[..<cursorIndex].dropLast())
    }

    /// Delete: the character under the cursor.
    mutating func deleteForward() {
        guard cursor < text.count else { return }
        let index = cursorIndex
        text = String(text[..<index] + text[text.index(after: index)...])
    }

    /// Ctrl-U: everything before the cursor, as readline's unix-line-discard.
    mutating func deleteToStart() { replace(before: "") }

    /// Ctrl-W: the word before the cursor and the spaces after it, as in a shell.
    mutating func deleteWordBackward() {
        var before = text[..<cursorIndex]
        while before.last == " " { before.removeLast() }
        while let last = before.last, last != " " { before.removeLast() }
        replace(before: before)
    }

    /// Alt-d: from the cursor to the end of the word after it, as readline's kill-word.
    mutating func deleteWordForward() {
        let end = wordEnd(after: cursor)
        let characters = Array(text)
        text = String(characters[..<cursor] + characters[end...])
    }

    /// Alt-Backspace: from the start of the word before the cursor to the cursor, as readline's
    /// backward-kill-word (a word of letters and digits: "harbour-gates" is two).
    mutating func deleteWordBeforeCursor() {
        let characters = Array(text)
        replace(before: String(characters[..<wordStart(before: cursor)]))
    }

    // MARK: - Internal

    /// A word's characters, for the Alt motions: letters and digits, as readline's words.
    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    /// Where the word before `position` starts: back over what is no word, then over the word.
    private func wordStart(before position: Int) -> Int {
        let characters = Array(text)
        var index = position
        while index > 0, !Self.isWordCharacter(characters[index - 1]) { index -= 1 }
        while index > 0, Self.isWordCharacter(characters[index - 1]) { index -= 1 }
        return index
    }

    /// Where the word after `position` ends: on over what is no word, then over the word.
    private func wordEnd(after position: Int) -> Int {
        let characters = Array(text)
        var index = position
        while index < characters.count, !Self.isWordCharacter(characters[index]) { index += 1 }
        while index < characters.count, Self.isWordCharacter(characters[index]) { index += 1 }
        return index
    }

    private var cursorIndex: String.Index { text.index(text.startIndex, offsetBy: cursor) }

    /// The text before the cursor replaced by `before`, the cursor after it. (Clamped: joined
    /// to the rest, a character can merge with its neighbour, as a combining accent does.)
    private mutating func replace<Before: StringProtocol>(before: Before) {
        let after = text[cursorIndex...]
        text = String(before) + after
        cursor = min(before.count, text.count)
    }
}
