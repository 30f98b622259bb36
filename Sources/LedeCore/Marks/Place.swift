import Foundation

/// Where the reader was in a set of pages: the story, how far down it, what was expanded.
public struct Place: Sendable, Equatable {
    /// Which pages were open (see `Place.key(for:)`): the place is restored only for the same ones.
    public var pathsKey: String
    public var story: StoryIdentity?
    /// The story was open in the pane (the focus was there).
    public var inPane: Bool
    /// How far down the story the pane was, in wrapped lines at the width it had then: only an
    /// approximate position at another width, used when there is no `anchor` (a place kept by a
    /// Lede before schema v2).
    public var paneOffset: Int
    /// The text at the pane's top, which means the same text at any width; nil at the story's
    /// top, and in a place kept before schema v2.
    public var anchor: TextAnchor?
    public var expanded: [StoryIdentity]

    public init(pathsKey: String, story: StoryIdentity?, inPane: Bool, paneOffset: Int, anchor: TextAnchor? = nil, expanded: [StoryIdentity]) {
        self.pathsKey = pathsKey
        self.story = story
        self.inPane = inPane
        self.paneOffset = paneOffset
        self.anchor = anchor
        self.expanded = expanded
    }

    /// The paths made absolute, with `.` and `..`, doubled and trailing slashes and symbolic
    /// links resolved, then sorted: `lede a b`, `lede b/ a` and `lede ./b ../here/a` are one
    /// place (the same pages typed another way lost where the reader was).
    public static func key(for paths: [String], currentDirectory: String) -> String {
        if paths.isEmpty { return "(samples)" }
        return paths.map { path in
            // Standard input and web addresses name no file (an address as shown: no password kept).
            if path == "-" || path.contains("://") { return WebAddress.shown(path) }
            let absolute = path.hasPrefix("/") ? path : currentDirectory + "/" + path
            return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
        }
        .sorted().joined(separator: "\n")
    }
}
