import LedeCore

/// What loading has to say besides the pages: paths that could not be read (problems) and pages
/// read with something repaired or guessed (warnings: invalid UTF-8 repaired, read as
/// Windows-1252), each in the order the paths were given. The status line names the first; the
/// reader lists them all on standard error when it closes, as `lede dump` does.
extension AppState {
    /// Problems are said again as more arrive: each is a page the reader does not have.
    mutating func note(problems: [LoadProblem]) {
        loadProblems = inputOrder.merged(loadProblems, with: problems)
        if let note = Self.loadNote(loadProblems) { message = note }
    }

    /// Warnings are said once: the note is brought up to date while it shows, not shown again
    /// once a key has cleared it (a folder of Latin-1 pages would bring it back every batch).
    mutating func noteWarnings(of pages: some Sequence<Page>) {
        let warnings = pages.flatMap { page in page.warnings.map { LoadProblem(path: page.path, message: $0) } }
        guard !warnings.isEmpty else { return }
        let showing = loadWarnings.isEmpty || message == Self.loadNote(loadWarnings)
        loadWarnings = inputOrder.merged(loadWarnings, with: warnings)
        if showing, loadProblems.isEmpty { message = Self.loadNote(loadWarnings) }
    }

    /// The first of `notes`, and how many more there are, or nil for none.
    private static func loadNote(_ notes: [LoadProblem]) -> String? {
        guard let first = notes.first else { return nil }
        return notes.count == 1 ? "\(first)" : "\(first) (and \(notes.count - 1) more, listed when Lede closes)"
    }
}
