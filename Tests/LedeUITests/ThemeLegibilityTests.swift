import Foundation
import LedeUI
import Testing

/// Every built-in theme is checked as a terminal would show it: colours mapped to what the
/// terminal has (xterm's palette), `nil` colours replaced by the terminal's own (a dark and a
/// light terminal), reverse swapping, dim halfway to the background. Contrast is WCAG's ratio.
@Suite struct ThemeLegibilityTests {
    let catalog = ThemeCatalog(environment: ["XDG_CONFIG_HOME": "/nonexistent-lede-config"])

    typealias RGB = (Int, Int, Int)
    struct Terminal { var name: String; var foreground: RGB; var background: RGB; var colors: Int }
    static let darkTerminal = Terminal(name: "dark terminal", foreground: (208, 208, 208), background: (0, 0, 0), colors: 256)
    static let lightTerminal = Terminal(name: "light terminal", foreground: (0, 0, 0), background: (255, 255, 255), colors: 256)

    /// Foreground and background as shown.
    static func shown(_ style: Style, on terminal: Terminal) -> (fg: RGB, bg: RGB) {
        func rgb(_ color: Color?, _ fallback: RGB) -> RGB {
            color.map { ColorMapping.rgb(ofIndex: ColorMapping.index(for: $0, colors: terminal.colors)) } ?? fallback
        }
        var fg = rgb(style.foreground, terminal.foreground), bg = rgb(style.background, terminal.background)
        if style.modifiers.contains(.reverse) { swap(&fg, &bg) }
        if style.modifiers.contains(.dim) { fg = ((fg.0 + bg.0) / 2, (fg.1 + bg.1) / 2, (fg.2 + bg.2) / 2) }
        return (fg, bg)
    }

    static func contrast(_ a: RGB, _ b: RGB) -> Double {
        func luminance(_ c: RGB) -> Double {
            func channel(_ v: Int) -> Double {
                let s = Double(v) / 255
                return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
        }
        let (l1, l2) = (luminance(a), luminance(b))
        return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
    }

    /// Each role as the screens draw it (some on top of another role), with the contrast it needs:
    /// 4.5 for text read at length, 3 for de-emphasised text and bold or underlined accents,
    /// 1.5 for the divider rule.
    static func drawn(_ theme: Theme) -> [(what: String, style: Style, minimum: Double)] {
        let s = theme.style
        return [
            ("list-item", s(.listItem), 4.5), ("selected-item", s(.selectedItem), 4.5), ("headline", s(.headline), 4.5),
            ("dek", s(.dek), 4.5), ("body", s(.body), 4.5), ("help", s(.help), 4.5), ("status-line", s(.statusLine), 4.5),
            ("search-match in body", s(.body).patched(with: s(.searchMatch)), 4.5),
            ("current-match in body", s(.body).patched(with: s(.currentMatch)), 4.5),
            ("search-match in dek", s(.dek).patched(with: s(.searchMatch)), 4.5),
            ("read-item", s(.readItem), 3), ("credit", s(.credit), 3), ("section", s(.section), 3),
            ("group-header", s(.groupHeader), 3), ("keep-reading", s(.keepReading), 3),
            ("teaser-marker", s(.listItem).patched(with: s(.teaserMarker)), 3),
            ("error in status line", s(.statusLine).patched(with: s(.error)), 3),
            ("divider", s(.divider), 1.5),
        ]
    }

    /// `default` is left out: its look is pinned to `Theme.builtIn`, and its named colours are the
    /// terminal's own palette, which its user has tuned to their background.
    @Test(arguments: ["dark", "light", "high-contrast", "mono", "newsprint"])
    func everyRoleHasEnoughContrastOnDarkAndLightTerminals(_ name: String) throws {
        let theme = try catalog.theme(name)
        for terminal in [Self.darkTerminal, Self.lightTerminal] {
            for role in Self.drawn(theme) {
                let (fg, bg) = Self.shown(role.style, on: terminal)
                let ratio = Self.contrast(fg, bg)
                #expect(ratio >= role.minimum, "\(name) \(role.what) on a \(terminal.name): \(String(format: "%.2f", ratio)) < \(role.minimum)")
            }
        }
    }

    /// On 8 and 16 colours no role's text falls on its own background's colour (the dark theme's
    /// grey rule and focus marker on its near-black page both became black: QA, TERM=screen).
    @Test(arguments: ["default", "dark", "light", "high-contrast", "mono", "newsprint"])
    func noRoleVanishesIntoItsBackgroundOnFewColours(_ name: String) throws {
        let theme = try catalog.theme(name)
        for colors in [8, 16] {
            for role in Self.drawn(theme) where role.style.foreground != nil && role.style.foreground != role.style.background {
                let shown = ColorMapping.indices(foreground: role.style.foreground, background: role.style.background, colors: colors)
                #expect(shown.foreground != shown.background, "\(name) \(role.what) on \(colors) colours: both \(shown.foreground)")
            }
        }
        // A grey that meets its page's colour becomes the nearest other grey, not a hue.
        #expect(ColorMapping.indices(foreground: .rgb(58, 58, 58), background: .rgb(28, 28, 28), colors: 8) == (7, 0))
        #expect(ColorMapping.indices(foreground: .rgb(58, 58, 58), background: nil, colors: 8) == (0, -1))
    }

    /// The selection, search matches and status line stand out from the text around them:
    /// by background, or by reverse, bold or underline.
    static func standsOut(_ a: Style, from b: Style, on terminal: Terminal) -> Bool {
        let marks: Modifiers = [.reverse, .bold, .underline]
        let (shownA, shownB) = (shown(a, on: terminal), shown(b, on: terminal))
        return shownA.bg != shownB.bg || a.modifiers.intersection(marks) != b.modifiers.intersection(marks)
    }

    @Test(arguments: ["default", "dark", "light", "high-contrast", "mono", "newsprint"])
    func highlightsStandOutInColourOnFewerColoursAndWithoutColour(_ name: String) throws {
        let colourful = try catalog.theme(name)
        let terminals = [256, 16, 8].flatMap { colors in
            [Self.darkTerminal, Self.lightTerminal].map { Terminal(name: "\($0.name) with \(colors) colours", foreground: $0.foreground, background: $0.background, colors: colors) }
        }
        for (theme, terminal) in terminals.map({ (colourful, $0) }) + [(colourful.withoutColor, Self.darkTerminal)] {
            let s = theme.style
            let pairs: [(String, Style, Style)] = [
                ("selected-item / list-item", s(.selectedItem), s(.listItem)),
                ("selected-item / read-item", s(.selectedItem), s(.readItem)),
                ("search-match / body", s(.body).patched(with: s(.searchMatch)), s(.body)),
                ("current-match / search-match", s(.body).patched(with: s(.currentMatch)), s(.body).patched(with: s(.searchMatch))),
                ("status-line / body", s(.statusLine), s(.body)),
            ]
            for (what, a, b) in pairs {
                #expect(Self.standsOut(a, from: b, on: terminal), "\(name) \(what) on a \(terminal.name)\(theme == colourful ? "" : " without colour")")
            }
        }
    }
}
