/// The queries searched this session, newest first, and how far ↑ has walked back through
/// them in the prompt open now, as less and vim keep their search history. Not saved: each run
/// starts with none.
public struct SearchHistory: Sendable, Equatable {
    /// More than anyone walks back through; few enough that a long session stays small.
    public static let capacity = 100

    /// Each query Enter kept, newest first, never the same twice in a row.
    public private(set) var queries: [String] = []
    /// Which kept query the prompt shows; nil while it shows the line being typed.
    private(set) var position: Int?
    /// The line being typed when ↑ first left it, for ↓ to bring back.
    private var draft: PromptLine?

    public init() {}

    /// Enter kept a search for `query`: it becomes the newest, unless it already is.
    mutating func keep(_ query: String) {
        stopWalking()
        guard !query.isEmpty, queries.first != query else { return }
        queries.insert(query, at: 0)
        if queries.count > Self.capacity { queries.removeLast(queries.count - Self.capacity) }
    }

    /// ↑: the next older query, the cursor at its end; nil at the oldest. The line being typed
    /// is kept when the walk starts from it.
    mutating func older(leaving line: PromptLine) -> PromptLine? {
        let next = (position ?? -1) + 1
        guard queries.indices.contains(next) else { return nil }
        if position == nil { draft = line }
        position = next
        return PromptLine(text: queries[next])
    }

    /// ↓: the next newer query; past the newest, the line that was being typed; nil when that
    /// is what the prompt shows already.
    mutating func newer() -> PromptLine? {
        guard let position else { return nil }
        guard position > 0 else {
            defer { stopWalking() }
            return draft ?? PromptLine(text: "")
        }
        self.position = position - 1
        return PromptLine(text: queries[position - 1])
    }

    /// A new prompt starts from the line being typed.
    mutating func stopWalking() {
        position = nil
        draft = nil
    }
}
