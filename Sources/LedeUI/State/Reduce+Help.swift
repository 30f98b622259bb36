/// The help screen: scrolled with the movement keys, closed by any other.
extension AppState {
    mutating func handleHelp(_ key: Key) {
        var viewport = helpViewport
        switch keymap.command(for: key) {
        case .down?: viewport.scroll(by: 1)
        case .up?: viewport.scroll(by: -1)
        case .pageDown?, .readOn?: viewport.pageDown()
        case .pageUp?: viewport.pageUp()
        default: isShowingHelp = false
        }
        helpOffset = viewport.offset
    }
}
