import LedeCore
import LedeUI

/// The reader over `library` at `width` columns, with `query` typed at the search prompt, kept
/// with Enter, and the first story opened with Enter: its matches in the pane.
func stateSearched(_ query: String, in library: Library, width: Int) -> AppState {
    var state = AppState(library: library, size: Size(width: width, height: 20))
    _ = reduce(&state, .key(.character("/")))
    for character in query { _ = reduce(&state, .key(.character(character))) }
    _ = reduce(&state, .key(.enter))
    _ = reduce(&state, .key(.enter))
    return state
}
