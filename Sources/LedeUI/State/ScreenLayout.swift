/// Where each part of the screen goes for a terminal size.
public struct ScreenLayout: Equatable, Sendable {
    /// At this width and above, list and pane are side by side.
    public static let splitWidth = 100
    /// Below this, only a "terminal too small" line is drawn.
    public static let minimum = Size(width: 20, height: 3)
    /// The pane's width once the list has its share: the story's measure (78 columns) with a
    /// margin each side. A wider pane would only widen its margins, so further columns go to
    /// the headlines.
    public static let comfortablePane = StoryDocument.measure + 12

    public var isSplit: Bool
    public var isTooSmall: Bool
    public var list: Rect
    public var divider: Rect
    public var pane: Rect
    public var status: Rect

    public init(size: Size) {
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        isTooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
        isSplit = size.width >= Self.splitWidth
        let (body, status) = screen.splitBottom(1)
        self.status = status
        if isSplit {
            let listWidth = Self.listWidth(forScreen: size.width)
            let (list, rest) = body.splitLeft(listWidth)
            let (divider, pane) = rest.splitLeft(1)
            (self.list, self.divider, self.pane) = (list, divider, pane)
        } else {
            (list, divider, pane) = (body, Rect(x: 0, y: 0, width: 0, height: 0), body)
        }
    }

    /// Two fifths of the screen, at most 60 columns, until the pane reaches `comfortablePane`;
    /// wider, every further column goes to the list, up to three fifths of the screen.
    static func listWidth(forScreen width: Int) -> Int {
        let share = min(60, width * 2 / 5)
        return min(width * 3 / 5, max(share, width - 1 - comfortablePane))
    }
}
