import Foundation

/// A fresh `XDG_CONFIG_HOME` for a test: `lede/themes/NAME` files and, optionally, `lede/config.toml`.
public struct ConfigFolder {
    public let url: URL
    public var themes: URL { url.appendingPathComponent("lede/themes") }
    public var config: URL { url.appendingPathComponent("lede/config.toml") }
    /// The environment that points `lede` at this folder.
    public var environment: [String: String] { ["XDG_CONFIG_HOME": url.path] }

    public init(themes: [String: String] = [:], config: String? = nil) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("lede/themes"), withIntermediateDirectories: true)
        for (name, text) in themes { try Data(text.utf8).write(to: url.appendingPathComponent("lede/themes").appendingPathComponent(name)) }
        if let config { try Data(config.utf8).write(to: url.appendingPathComponent("lede/config.toml")) }
    }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Whether text holds a character a terminal acts on: a C0 control other than line feed, DEL,
/// or a C1 control (ESC, BEL, CSI, OSC…).
public func holdsTerminalControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
}
