/// What a key asks for, whatever key it was.
public enum Command: String, CaseIterable, Hashable, Sendable {
    case down, up
    case open, back
    case toggleFocus
    case readOn
    case pageDown, pageUp
    case halfPageDown, halfPageUp
    case top, bottom
    case nextStory, previousStory
    case toggleExpand
    case toggleRead, toggleSaved, unreadOnly, savedOnly, nextUnread
    case search, nextMatch, previousMatch
    case help
    case openInBrowser
    case redraw
    case suspend
    case backOrQuit
    case quit
}

/// The one table of key bindings: the reducer reads it to act, the help screen to explain.
public struct Keymap: Sendable {
    public struct Binding: Sendable {
        public var command: Command
        public var keys: [Key]
        public var help: String
    }

    public var bindings: [Binding]

    public static let standard = Keymap(bindings: [
        Binding(command: .down, keys: [.character("j"), .down], help: "next story in the list; line down in the story"),
        Binding(command: .up, keys: [.character("k"), .up], help: "previous story in the list; line up in the story"),
        Binding(command: .open, keys: [.enter, .character("l"), .right], help: "open the selected story (in the story: keep reading)"),
        Binding(command: .back, keys: [.escape, .character("h"), .left], help: "back to the list"),
        Binding(command: .toggleFocus, keys: [.tab, .backTab], help: "move focus between list and story"),
        Binding(command: .readOn, keys: [.character(" ")], help: "page down; at the end of a story, the next story"),
        Binding(command: .pageDown, keys: [.pageDown, .control("f")], help: "page down"),
        Binding(command: .pageUp, keys: [.character("b"), .pageUp, .control("b")], help: "page up"),
        Binding(command: .halfPageDown, keys: [.character("d"), .control("d")], help: "half a page down"),
        Binding(command: .halfPageUp, keys: [.character("u"), .control("u")], help: "half a page up"),
        Binding(command: .top, keys: [.character("g"), .home], help: "first"),
        Binding(command: .bottom, keys: [.character("G"), .end], help: "last"),
        Binding(command: .nextStory, keys: [.character("J"), .character("]")], help: "next story, staying in the story view"),
        Binding(command: .previousStory, keys: [.character("K"), .character("[")], help: "previous story, staying in the story view"),
        Binding(command: .toggleExpand, keys: [.character("x")], help: "keep reading / show less"),
        Binding(command: .toggleRead, keys: [.character("m")], help: "mark the story read / unread"),
        Binding(command: .nextUnread, keys: [.character(".")], help: "next unread story (after the last, from the top)"),
        Binding(command: .unreadOnly, keys: [.character("U")], help: "show unread stories only / all stories"),
        Binding(command: .toggleSaved, keys: [.character("s")], help: "save the story (a copy is kept) / unsave it"),
        Binding(command: .savedOnly, keys: [.character("S")], help: "show saved stories only, even those whose file is gone / all stories"),
        Binding(command: .search, keys: [.character("/")], help: "search (Enter keeps results, Esc clears)"),
        Binding(command: .nextMatch, keys: [.character("n")], help: "next match; after a story's last, the next matching story"),
        Binding(command: .previousMatch, keys: [.character("N")], help: "previous match; before a story's first, the previous matching story"),
        Binding(command: .openInBrowser, keys: [.character("o")], help: "open the story's web address in $BROWSER (nothing runs when it is unset)"),
        Binding(command: .help, keys: [.character("?")], help: "this help"),
        Binding(command: .redraw, keys: [.control("l")], help: "redraw the screen"),
        Binding(command: .suspend, keys: [.control("z")], help: "suspend: back to the shell (fg resumes)"),
        Binding(command: .backOrQuit, keys: [.character("q")], help: "in a full-screen story: back to the list; elsewhere: quit"),
        Binding(command: .quit, keys: [.character("Q"), .control("c")], help: "quit from anywhere"),
    ])

    public func command(for key: Key) -> Command? {
        bindings.first { $0.keys.contains(key) }?.command
    }
}
