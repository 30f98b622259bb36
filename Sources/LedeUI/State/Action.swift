import LedeCore

/// Something that happened: input from the user, or news from loading.
public enum Action: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resized(Size)
    /// Suspend the reader: Ctrl-Z came as a signal (SIGTSTP), not as a key.
    case suspend
    /// Text pasted into the terminal (`InputEvent.paste`).
    case paste(String)
    /// More pages were parsed; `total` is how many are expected in all.
    case loaded([Page], done: Int, total: Int)
    /// Files that could not be loaded, for the status line.
    case loadProblems([LoadProblem])
    /// The search index over the current library is ready.
    case indexReady(SearchIndex)
    /// The state database's marks, and where the reader was last time in these pages.
    case stateLoaded(StoryMarks, Place?)
    /// The state database cannot be used or written: said once in the status line.
    case stateProblem(String)
    /// The state database cannot be opened or read: said once, and from then on nothing is
    /// said to be kept beyond this run.
    case stateOff(String)
}

/// Work the run loop does on the reducer's behalf.
public enum Effect: Equatable, Sendable {
    case quit
    /// Build the search index for the library as it is now, off the main thread.
    case buildIndex
    /// Send every cell to the terminal again (after something else wrote on it).
    case redraw
    /// Write this to the state database (in the background, batched).
    case remember(StateChange)
    /// Open a web address in the user's browser (`$BROWSER`).
    case openURL(String)
    /// Give the terminal back and stop until continued (Ctrl-Z; `fg` in the shell resumes).
    case suspend
}
