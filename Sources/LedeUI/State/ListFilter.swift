/// Which stories the headline list shows.
public enum ListFilter: Sendable, Equatable {
    case all
    /// Stories not read yet (`U`).
    case unread
    /// Saved stories (`S`), with copies of those whose file is not loaded.
    case saved
}
