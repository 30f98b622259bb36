/// A line `TextLayout` wrapped, and how it follows the line before it: after a space the break
/// dropped, or straight on where the break fell between two characters (Chinese or Japanese
/// text, a word wider than the line). Joining lines back needs to know which.
public struct WrappedLine: Equatable, Sendable {
    public var text: String
    /// The line carries on the one before it with no space between.
    public var continuesUnspaced: Bool

    public init(_ text: String, continuesUnspaced: Bool = false) {
        self.text = text
        self.continuesUnspaced = continuesUnspaced
    }

    /// `lines`' text as one again: a space between two lines only where the break dropped one.
    public static func joined(_ lines: some Sequence<WrappedLine>) -> String {
        var text = ""
        for (index, line) in lines.enumerated() {
            if index > 0, !line.continuesUnspaced { text += " " }
            text += line.text
        }
        return text
    }
}
