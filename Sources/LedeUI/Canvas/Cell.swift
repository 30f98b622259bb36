import LedeCore

/// One terminal cell: a grapheme and its style. The cell after a double-width grapheme is a
/// continuation, so a wide character always owns both of its columns.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var style: Style
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()

    /// Columns this cell's grapheme takes.
    public var width: Int { isContinuation ? 0 : max(1, DisplayWidth.of(character)) }
}
