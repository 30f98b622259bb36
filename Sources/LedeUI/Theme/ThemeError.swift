/// A problem with a theme, or in `config.toml` (its theme or `[keys]`), located in its file: `file:line: message`.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String
    /// The theme asked for (not a parent) names no theme and no file: a mistake in the choice,
    /// not in a file, so the command line calls it bad usage.
    public var namesNoTheme: Bool

    public init(file: String, line: Int? = nil, message: String, namesNoTheme: Bool = false) {
        self.file = file
        self.line = line
        self.message = message
        self.namesNoTheme = namesNoTheme
    }

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
