extension Phrases {
    /// What the phrase checks read of a line while `Line.init` measures it. (They took the Line
    /// itself: being made, it could not be lent, and each check was handed a copy of the whole
    /// struct built on the stack, six a line.)
    struct Subject {
        let text: String
        let wordCount: Int
        let endsSentence: Bool
        let hasInnerSentenceBreak: Bool
    }
}
