import Foundation
import LedeTestSupport
import Testing

/// The main journeys of a reader, in a real terminal, on the sample pages built into `lede`.
@Suite(.serialized)
struct JourneyTests {
    func start(width: Int = 120, height: Int = 40, arguments: String = "") throws -> TmuxSession? {
        try TmuxSession.startLede(arguments, width: width, height: height)
    }

    func quit(_ session: TmuxSession) throws {
        try session.press("q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }

    @Test func browseHeadlinesWithJAndK() throws {
        guard let session = try start() else { return }
        var screen = try session.screen()
        #expect(screen[0].hasPrefix("─ Tidal barrier holds as the harbour city co… ─ ◂"))
        #expect(screen[1].hasPrefix("   Tidal barrier holds as the harbo…  harbor-f… │"), "\(screen[1])")
        #expect(screen.last?.hasPrefix(" 1/4") == true)
        try session.press("j", "j")
        screen = try session.waitFor { $0.last?.hasPrefix(" 3/4") == true }
        #expect(screen[0].hasSuffix("◂  History"))
        #expect(screen[1].hasSuffix("│  Seventy years on, the flood that made the barrier"))
        try session.press("k")
        screen = try session.waitFor { $0.last?.hasPrefix(" 2/4") == true }
        #expect(screen.contains { $0.contains("Ferry crews vote to strike over storm-duty pay") })
        try quit(session)
    }

    @Test func openTheArticleAndPageThroughIt() throws {
        guard let session = try start(width: 120, height: 20) else { return }
        try session.press("Enter")
        var screen = try session.waitFor { $0.last?.contains("Top · pane") == true }
        #expect(screen.contains { $0.contains("The storm that crossed the estuary") })
        try session.press("Space")
        screen = try session.waitFor { $0.last?.contains("% · pane") == true || $0.last?.contains("Bot · pane") == true }
        #expect(!screen.contains { $0.contains("The storm that crossed the estuary") })
        try session.press("G")
        screen = try session.waitFor { $0.last?.contains("Bot · pane") == true }
        #expect(screen.contains { $0.contains("where the money would come from") })
        try session.press("g")
        try session.waitFor { $0.last?.contains("Top · pane") == true }
        try quit(session)
    }

    @Test func expandATeaserAndCollapseIt() throws {
        guard let session = try start() else { return }
        try session.press("j")
        var screen = try session.waitFor(text: "keep reading (x)")
        #expect(screen.contains { $0.contains("The union representing the city’s ferry crews") })
        #expect(!screen.contains { $0.contains("a thank-you and a sandwich") })
        try session.press("x")
        screen = try session.waitFor(text: "show less (x)")
        #expect(screen.contains { $0.contains("a thank-you and a sandwich") })
        try session.press("x")
        // The "keep reading" line is drawn before the lines under it are cleared: wait for both,
        // or a capture taken in the middle of the redraw shows the old text below it.
        screen = try session.waitFor {
            $0.contains { $0.contains("keep reading (x)") } && !$0.contains { $0.contains("a thank-you and a sandwich") }
        }
        #expect(screen.contains { $0.contains("keep reading (x)") })
        #expect(!screen.contains { $0.contains("a thank-you and a sandwich") })
        try quit(session)
    }

    @Test func helpScreenListsTheKeysAndAnyKeyClosesIt() throws {
        guard let session = try start() else { return }
        try session.press("?")
        // Wait for the last help line: tmux may show a frame while it is still being written.
        var screen = try session.waitFor { $0.contains { $0.contains("Q Ctrl-C") } }
        #expect(screen.contains { $0.contains("Lede — keys") })
        #expect(screen.contains { $0.contains("keep reading / show less") })
        #expect(screen.contains { $0.contains("J ]") && $0.contains("next story, staying in the story view") })
        #expect(screen.contains { $0.contains("Q Ctrl-C") && $0.contains("quit from anywhere") })
        try session.press("Escape")
        screen = try session.waitFor { !$0.contains { $0.contains("Lede — keys") } }
        #expect(screen.contains { $0.contains("│") })
        try quit(session)
    }

    @Test func resizeFromWideToNarrowAndBack() throws {
        guard let session = try start() else { return }
        try session.resize(width: 60, height: 20)
        // tmux shows the resized window before lede redraws it: wait for lede's status line.
        var screen = try session.waitFor { $0.count == 20 && $0.last?.contains("? help") == true && !$0.contains { $0.contains("│") } }
        #expect(screen.allSatisfy { $0.count <= 60 })
        #expect(screen.last?.contains("list · ? help") == true)
        #expect(screen[0].hasPrefix("─ Tidal barrier holds"))
        try session.press("Enter")
        screen = try session.waitFor { $0.last?.contains("story · ? help") == true }
        #expect(screen.contains { $0.contains("Tidal barrier holds as the harbour") })
        try session.press("Escape")
        try session.resize(width: 120, height: 40)
        screen = try session.waitFor { $0.count == 40 && $0.contains { $0.contains("│") } }
        #expect(screen.contains { $0.contains("The storm that crossed the estuary") })
        try quit(session)
    }

    @Test func statecraftPageShowsTheArticleAndItsTeasersWithoutBoilerplate() throws {
        guard let page = Fixtures.sharedFile("pages/statecraft-front.txt") else { return }
        guard let session = try start(arguments: page.path) else { return }
        let screen = try session.screen()
        let text = screen.joined(separator: "\n")
        #expect(text.contains("Pakistan hits Taliban hard, but hopes for de-escalation"))
        // The list cuts headlines to leave room for where they came from.
        for teaser in ["Veterans urge Trump", "Chile, meet Donroe", "Cuban Exile attack"] {
            #expect(text.contains(teaser), "\(teaser)")
        }
        #expect(text.contains("Pakistan’s airstrikes on Kabul and Kandahar"))
        #expect(!text.lowercased().contains("google cta"))
        try quit(session)
    }

    @Test func searchFiltersTheListHighlightsAndStepsThroughMatches() throws {
        guard let session = try start() else { return }
        try session.type("/ferry")
        var screen = try session.waitFor { $0.last?.hasPrefix("/ferry") == true }
        #expect(screen[0].hasPrefix("▸  Ferry crews vote to strike") || screen[0].hasPrefix("   Ferry crews vote to strike"))
        try session.press("Enter")
        screen = try session.waitFor { $0.last?.contains("search “ferry”: 2 stories") == true }
        #expect(screen.last?.contains("match 1/") == true)
        try session.press("n")
        screen = try session.waitFor { $0.last?.contains("match 2/") == true }
        // The current match is drawn in the theme's current-match style (green background).
        let coloured = try session.screen(escapes: true).joined()
        #expect(coloured.contains("\u{1B}[30m\u{1B}[42m") || coloured.contains("\u{1B}[42m"))
        try session.press("Escape")
        screen = try session.waitFor { $0.last?.hasPrefix(" 2/4") == true || $0.last?.hasPrefix(" 1/4") == true }
        #expect(screen[0].hasPrefix("─ Tidal barrier holds"))
        try quit(session)
    }
}
