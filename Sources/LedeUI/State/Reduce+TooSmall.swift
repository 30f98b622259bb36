/// A terminal too small to read in shows only that it is (`TooSmallView`): keys would act on a
/// screen no one can see, so they do nothing until a resize, as in newsboat and htop. Quitting still
/// works (q too: there is nothing on screen to go back from), and so does Ctrl-L.
extension AppState {
    mutating func handleTooSmall(_ key: Key) -> [Effect] {
        switch keymap.command(for: key) {
        case .quit?, .backOrQuit?: return [.quit]
        case .redraw?: return [.redraw]
        default: return []
        }
    }
}
