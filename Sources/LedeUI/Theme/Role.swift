/// Every kind of thing the screens draw; a theme gives each a style.
public enum Role: String, CaseIterable, Hashable, Sendable {
    case listItem = "list-item"
    case selectedItem = "selected-item"
    case readItem = "read-item"
    case teaserMarker = "teaser-marker"
    case groupHeader = "group-header"
    case headline
    case dek
    case section
    case credit
    case body
    case searchMatch = "search-match"
    case currentMatch = "current-match"
    case statusLine = "status-line"
    case help
    case divider
    case keepReading = "keep-reading"
    case error
}
