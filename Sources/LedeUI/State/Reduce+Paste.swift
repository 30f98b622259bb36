import LedeCore

/// Text pasted into the terminal (bracketed paste). The search prompt takes it as typed, at the
/// cursor, its line breaks and tabs as spaces; anywhere else it is not run as keys: a pasted
/// line's letters would each be a command ("s" saves, "q" quits).
extension AppState {
    mutating func paste(_ text: String) {
        guard search.isEditing, !layout.isTooSmall else {
            message = "a paste is text for the search: press / first"
            return
        }
        // One line, white space as spaces (a paste ends "…\n" as often as not), and bounded as
        // typing is.
        let line = Sanitizer.clean(String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }))
        let room = Self.longestQuery - search.query.text.count
        guard room > 0 else { search.note = Self.queryTooLong; return }
        editPrompt { $0.insert(String(line.prefix(room))) }
        if line.count > room { search.note = Self.queryTooLong }
    }
}
