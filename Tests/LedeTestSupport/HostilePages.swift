import Foundation

/// Pages made to attack a terminal or to break a parser, written at test time.
public enum HostilePages {
    /// A page whose headline and body carry escape sequences, an OSC title change, BEL,
    /// backspaces, a carriage return, C1 controls and bidirectional overrides.
    public static let escapes = """
    Harbour gates \u{1B}]0;PWNED-TITLE\u{07}hold\u{1B}[2J after the storm

    The tide rose \u{1B}[31mred\u{1B}[0m over the quay, and the gates\u{8}\u{8}\u{8} held \u{202E}desrever\u{202C} through the night.\rINJECTED The engineers watched the \u{9B}2Jgauges until dawn and then went home to sleep.

    The council met on Monday and promised a decision on the new gates within the year, as it has before.
    """

    /// Writes `contents` to a new temporary folder as `name`, returning the file's URL.
    public static func write(_ contents: Data, named name: String, in folder: URL? = nil) throws -> URL {
        let folder = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("lede-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try contents.write(to: url)
        return url
    }

    /// Removes a folder `write` made, once its test is done with it.
    public static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
    }
}
