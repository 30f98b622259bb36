import LedeCore

/// One terminal cell: a grapheme and its style. The cell after a double-width grapheme is a
/// continuation, so a wide character always owns both of its columns.
public struct Cell: Equatable, Sendable {
    private var grapheme: Grapheme
    public var style: Style
    public private(set) var isContinuation: Bool
    /// Columns the grapheme takes, measured once: drawing asks for it at every cell it writes.
    private var columns: UInt8

    public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.init(character, width: isContinuation ? 0 : max(1, DisplayWidth.of(character)), style: style, isContinuation: isContinuation)
    }

    /// A cell whose grapheme's width the caller has measured already.
    init(_ character: Character, width: Int, style: Style, isContinuation: Bool = false) {
        grapheme = Grapheme(character)
        self.style = style
        self.isContinuation = isContinuation
        columns = UInt8(isContinuation ? 0 : max(1, width))
    }

    public static let blank = Cell()

    /// Columns this cell's grapheme takes.
    public var width: Int { Int(columns) }

    public var character: Character { grapheme.character }

    /// The scalars a terminal cell is given for this grapheme (at most five; see `Grapheme`).
    public var scalars: [Unicode.Scalar] { grapheme.scalars }

    /// The character when it is one printable ASCII byte: most cells, told apart without
    /// making a `Character`.
    public var asciiValue: UInt8? { grapheme.asciiValue }
}
