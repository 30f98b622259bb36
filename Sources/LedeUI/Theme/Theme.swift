/// A colour scheme: a style for every role.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [Role: Style]

    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    public func style(_ role: Role) -> Style {
        styles[role] ?? .plain
    }

    /// The same theme with colours removed and modifiers kept, for `NO_COLOR` and `--no-color`.
    /// A highlight that stood out by its background (selection, matches, status line) is drawn in
    /// reverse video instead, so it still stands out.
    public var withoutColor: Theme {
        var plain = styles.mapValues(\.withoutColor)
        for role in Self.highlights where styles[role]?.background != nil {
            plain[role, default: .plain].modifiers.insert(.reverse)
        }
        // The current match told from the others by more than bold, which a headline has
        // already (two backgrounds told them apart): underlined.
        var matchLook = plain[.searchMatch, default: .plain].modifiers, currentLook = plain[.currentMatch, default: .plain].modifiers
        matchLook.remove(.bold)
        currentLook.remove(.bold)
        if matchLook == currentLook { plain[.currentMatch, default: .plain].modifiers.insert(.underline) }
        return Theme(name: name, styles: plain)
    }

    /// Roles that must stand out from the text around them in every theme, with or without colour.
    static let highlights: [Role] = [.selectedItem, .searchMatch, .currentMatch, .statusLine]

    /// Used when no theme file is chosen or found: the terminal's own colours, emphasis by modifiers.
    public static let builtIn = Theme(name: "default", styles: [
        .listItem: .plain,
        .selectedItem: Style(modifiers: .reverse),
        .readItem: Style(modifiers: .dim),
        .teaserMarker: Style(foreground: .ansi(6)),
        .groupHeader: Style(foreground: .ansi(4), modifiers: .bold),
        .headline: Style(modifiers: .bold),
        .dek: Style(modifiers: .italic),
        .section: Style(foreground: .ansi(6), modifiers: .bold),
        .credit: Style(modifiers: .dim),
        .body: .plain,
        .searchMatch: Style(foreground: .ansi(0), background: .ansi(3)),
        .currentMatch: Style(foreground: .ansi(0), background: .ansi(2), modifiers: .bold),
        .statusLine: Style(modifiers: .reverse),
        .help: .plain,
        .divider: Style(modifiers: .dim),
        .keepReading: Style(foreground: .ansi(6), modifiers: .underline),
        .error: Style(foreground: .ansi(1), modifiers: .bold),
    ])
}
