/// A place in a story's text that means the same text at any width: a block of the laid-out
/// story (the headline, the dek, a paragraph, the "keep reading" marker, counted from the top
/// in layout order) and how far into it a line starts, in characters. The characters counted
/// are the text's Unicode scalars other than spaces and line feeds: the only ones wrapping
/// drops, collapses or adds (a paragraph's runs of spaces, a listing's indentation), so the
/// count is the same whatever the width, for wide (CJK) text as for any other. As `less` keeps
/// the file position of its top line, the pane keeps the anchor of its top line, and finds the
/// line again at another width: the one that starts there, or the one holding that character.
public struct TextAnchor: Sendable, Hashable, Codable, Comparable {
    /// The block, counted from 0 at the story's first block.
    public var block: Int
    /// Characters of the block before the line's start (spaces and line feeds not counted);
    /// -1 for the blank line that comes before the block.
    public var offset: Int

    public init(block: Int, offset: Int) {
        self.block = block
        self.offset = offset
    }

    /// The story's top.
    public static let top = TextAnchor(block: 0, offset: 0)

    public static func < (lhs: TextAnchor, rhs: TextAnchor) -> Bool {
        (lhs.block, lhs.offset) < (rhs.block, rhs.offset)
    }

    /// How many characters of `text` an anchor counts: its Unicode scalars but spaces and line feeds.
    public static func countedCharacters(in text: Substring) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where scalar != " " && scalar != "\n" { count += 1 }
        return count
    }
}
