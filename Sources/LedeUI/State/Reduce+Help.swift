/// The help screen: scrolled with the movement keys, as less scrolls (half pages, top and
/// bottom too); Esc (back), q and ? close it; Q quits;
/// Ctrl-L repaints it. Any
/// other key closes it and does what it does, so `/` opens the prompt at once, as in less and
/// newsboat: a key pressed to act is not swallowed for leaving the help.
extension AppState {
    mutating func handleHelp(_ key: Key) -> [Effect] {
        var viewport = helpViewport
        switch keymap.command(for: key) {
        case .quit?: return [.quit]
        case .down?: viewport.scroll(by: 1)
        case .up?: viewport.scroll(by: -1)
        case .pageDown?, .readOn?: viewport.pageDown()
        case .pageUp?: viewport.pageUp()
        case .halfPageDown?: viewport.halfPageDown()
        case .halfPageUp?: viewport.halfPageUp()
        case .top?: viewport.top()
        case .bottom?: viewport.bottom()
        // Repainting a garbled screen is no reason to leave the help.
        case .redraw?: return [.redraw]
        case .help?, .back?, .backOrQuit?, nil:
            isShowingHelp = false
        case let command?:
            isShowingHelp = false
            message = nil
            return perform(command)
        }
        helpOffset = viewport.offset
        return []
    }
}
