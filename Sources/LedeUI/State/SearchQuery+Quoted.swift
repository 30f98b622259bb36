import LedeCore

extension SearchQuery {
    /// The query as the status line and notes quote it: in curly quotes (`“storm”`), or as typed
    /// when it has straight quotes of its own (`"cost of the storm"`), which more would double.
    var quoted: String { text.contains("\"") ? text : "“\(text)”" }
}
