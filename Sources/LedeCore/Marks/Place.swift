import Foundation

/// Where the reader was in a set of pages: the story, how far down it, what was expanded.
public struct Place: Sendable, Equatable {
    /// Which pages were open (see `Place.key(for:)`): the place is restored only for the same ones.
    public var pathsKey: String
    public var story: StoryIdentity?
    /// The story was open in the pane (the focus was there).
    public var inPane: Bool
    public var paneOffset: Int
    public var expanded: [StoryIdentity]

    public init(pathsKey: String, story: StoryIdentity?, inPane: Bool, paneOffset: Int, expanded: [StoryIdentity]) {
        self.pathsKey = pathsKey
        self.story = story
        self.inPane = inPane
        self.paneOffset = paneOffset
        self.expanded = expanded
    }

    /// The paths made absolute, with `.` and `..`, doubled and trailing slashes and symbolic
    /// links resolved, then sorted: `lede a b`, `lede b/ a` and `lede ./b ../here/a` are one
    /// place (the same pages typed another way lost where the reader was).
    public static func key(for paths: [String], currentDirectory: String) -> String {
        if paths.isEmpty { return "(samples)" }
        return paths.map { path in
            // Standard input and web addresses name no file.
            if path == "-" || path.contains("://") { return path }
            let absolute = path.hasPrefix("/") ? path : currentDirectory + "/" + path
            return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
        }
        .sorted().joined(separator: "\n")
    }
}
