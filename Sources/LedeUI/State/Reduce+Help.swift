/// The help screen: scrolled with the movement keys, closed by any other but Q, which quits.
extension AppState {
    mutating func handleHelp(_ key: Key) -> [Effect] {
        var viewport = helpViewport
        switch keymap.command(for: key) {
        case .quit?: return [.quit]
        case .down?: viewport.scroll(by: 1)
        case .up?: viewport.scroll(by: -1)
        case .pageDown?, .readOn?: viewport.pageDown()
        case .pageUp?: viewport.pageUp()
        default: isShowingHelp = false
        }
        helpOffset = viewport.offset
        return []
    }
}
