/// Scroll maths for a window of `height` lines over `contentHeight` lines.
public struct Viewport: Equatable, Sendable {
    public var offset: Int
    public var contentHeight: Int
    public var height: Int

    public init(offset: Int = 0, contentHeight: Int, height: Int) {
        self.contentHeight = max(0, contentHeight)
        self.height = max(0, height)
        self.offset = 0
        self.offset = clamp(offset)
    }

    /// The largest offset that still fills the window (0 when the content is shorter).
    public var maxOffset: Int { max(0, contentHeight - height) }

    /// Lines a page moves: the window less one line, kept in view for context (as less does).
    public var pageStep: Int { max(1, height - 1) }
    public var halfPageStep: Int { max(1, height / 2) }

    /// Whether the last line is in the window (nothing more below).
    public var isAtBottom: Bool { offset >= maxOffset }

    public mutating func scroll(by lines: Int) { offset = clamp(offset + lines) }
    public mutating func pageDown() { scroll(by: pageStep) }
    public mutating func pageUp() { scroll(by: -pageStep) }
    public mutating func halfPageDown() { scroll(by: halfPageStep) }
    public mutating func halfPageUp() { scroll(by: -halfPageStep) }
    public mutating func top() { offset = 0 }
    public mutating func bottom() { offset = maxOffset }

    /// Whether `line` is in the window.
    public func shows(_ line: Int) -> Bool { line >= offset && line < offset + height }

    /// Scrolls the least needed for `line` to be in the window.
    public mutating func reveal(_ line: Int) {
        if line < offset { offset = clamp(line) } else if line >= offset + height { offset = clamp(line - height + 1) }
    }

    /// Position as a percentage, `Top`/`Bot`/`All` as in less and vim.
    public var positionLabel: String {
        if contentHeight <= height { return "All" }
        if offset == 0 { return "Top" }
        if offset >= maxOffset { return "Bot" }
        return "\(offset * 100 / maxOffset)%"
    }

    private func clamp(_ value: Int) -> Int { min(max(0, value), maxOffset) }
}
