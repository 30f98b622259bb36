extension Line {
    /// What a line's first and last bytes say, for the line model (and the headline model), found
    /// as the line is read: asked of every line of a page, they cost a call and a look into its
    /// String each.
    struct Edges: OptionSet, Sendable {
        let rawValue: UInt8
        /// `LineFeatures.opensWithMark`: • · › » > | — – - * or : first.
        static let opensWithMark = Edges(rawValue: 1)
        /// `CodeLine.matches`: program code or markup.
        static let code = Edges(rawValue: 2)
        /// `MarkedLists.mark`: a list item's mark and a space first ("+ Added …", "• …").
        static let listMark = Edges(rawValue: 4)
        /// Set as the page laid it out, not written to be wrapped: an HTML page's `<pre>`
        /// (`PageHints.laidOut`). Laid out as code is; the models never read it.
        static let laidOut = Edges(rawValue: 8)
        /// Ends in one colon, ":" or "：" (`String.endsInOneColon`): a lead-in (`LeadInLists`).
        static let leadIn = Edges(rawValue: 16)
        /// A section's number first, "12. " or "3) " (`NumberedSections.number`).
        static let numbered = Edges(rawValue: 32)
        /// A forum reply's mark first, "Re: " (`CommentThread.replyMarkLength`).
        static let replyMark = Edges(rawValue: 64)

        /// Code, or a line of a `<pre>`: kept line for line, with its indentation.
        var isCodeOrLaidOut: Bool { !isDisjoint(with: [.code, .laidOut]) }

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The edges of a line's text, given as its bytes.
        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            var edges: Edges = []
            if LineFeatures.opensWithMark(bytes) { edges.insert(.opensWithMark) }
            if CodeLine.matches(bytes) { edges.insert(.code) }
            if MarkedLists.mark(of: bytes) != nil { edges.insert(.listMark) }
            if String.endsInOneColon(bytes) { edges.insert(.leadIn) }
            if NumberedSections.number(of: bytes) != nil { edges.insert(.numbered) }
            if CommentThread.replyMarkLength(bytes) != nil { edges.insert(.replyMark) }
            self = edges
        }
    }
}
