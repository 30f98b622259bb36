import LedeCore
import LedeUI
import Testing

/// The pane's place as text (`TextAnchor`): each line's anchor, and the line an anchor gives
/// at another width, as exact values.
@Suite struct StoryAnchorTests {
    func document(_ story: Story, width: Int, expanded: Bool = false) -> StoryDocument {
        StoryDocument(library: Library(pages: [Page(path: "p.txt", title: "p", stories: [story])]), id: StoryID(0), expanded: expanded, width: width)
    }

    static let plain = Story(kind: .article, headline: "Anchors", paragraphs: ["aaaa bbbb cccc dddd eeee ffff", "gggg hhhh"])

    @Test func eachLineIsAnchoredToTheCharactersOfItsBlockBeforeIt() {
        let narrow = document(Self.plain, width: 9)
        #expect(narrow.lines.map(\.text) == ["Anchors", "", "aaaa bbbb", "cccc dddd", "eeee ffff", "", "gggg hhhh"])
        #expect(narrow.lines.map(\.anchor) == [
            TextAnchor(block: 0, offset: 0), TextAnchor(block: 1, offset: -1), TextAnchor(block: 1, offset: 0),
            TextAnchor(block: 1, offset: 8), TextAnchor(block: 1, offset: 16), TextAnchor(block: 2, offset: -1),
            TextAnchor(block: 2, offset: 0),
        ])
        let wide = document(Self.plain, width: 14)
        #expect(wide.lines.map(\.text) == ["Anchors", "", "aaaa bbbb cccc", "dddd eeee ffff", "", "gggg hhhh"])
        #expect(wide.lines.map(\.anchor)[3] == TextAnchor(block: 1, offset: 12))
    }

    @Test func anAnchorGivesTheLineHoldingItsTextAtAnotherWidth() {
        let narrow = document(Self.plain, width: 9)
        let wide = document(Self.plain, width: 14)
        // Narrow to wide: "cccc dddd" starts inside "aaaa bbbb cccc", "eeee ffff" inside "dddd eeee ffff".
        #expect(narrow.lines.indices.map { wide.line(for: narrow.anchor(atLine: $0)) } == [0, 1, 2, 2, 3, 4, 5])
        // Wide to narrow: "dddd eeee ffff" starts inside "cccc dddd": that line, its text just above.
        #expect(wide.lines.indices.map { narrow.line(for: wide.anchor(atLine: $0)) } == [0, 1, 2, 3, 5, 6])
        // Each way round to the same width gives the same line back.
        for line in narrow.lines.indices { #expect(narrow.line(for: narrow.anchor(atLine: line)) == line) }
        for line in wide.lines.indices { #expect(wide.line(for: wide.anchor(atLine: line)) == line) }
        // Out of range: clamped to the story.
        #expect(narrow.anchor(atLine: 99) == TextAnchor(block: 2, offset: 0))
        #expect(narrow.line(for: TextAnchor(block: 9, offset: 0)) == 6)
        #expect(narrow.line(for: TextAnchor(block: 0, offset: -5)) == 0)
    }
}

extension StoryAnchorTests {
    static let wide = Story(kind: .article, headline: "港", paragraphs: ["東京の港は今日も静かだった。船は一隻も出ない。", "Ferry 乗り場 closed."])

    /// The line `anchor` gives in `document` starts at it or before it, and the next starts after
    /// it: the text it names is on that line, none skipped.
    func expectHolds(_ document: StoryDocument, _ anchor: TextAnchor, sourceLocation: SourceLocation = #_sourceLocation) {
        let line = document.line(for: anchor)
        #expect(document.lines[line].anchor <= anchor || line == 0, sourceLocation: sourceLocation)
        if line + 1 < document.lines.count { #expect(document.lines[line + 1].anchor > anchor, sourceLocation: sourceLocation) }
    }

    /// Wide characters count as one character each, whatever their columns: the anchors of
    /// Japanese text wrapped three and five characters a line name the same characters.
    @Test func wideTextIsAnchoredByCharactersNotColumns() {
        let three = document(Self.wide, width: 6)
        let five = document(Self.wide, width: 10)
        #expect(three.lines.map(\.text) == ["港", "", "東京の", "港は今", "日も静", "かだっ", "た。船", "は一隻", "も出な", "い。", "", "Ferry", "乗り場", "closed", "."])
        #expect(three.lines.map(\.anchor.offset) == [0, -1, 0, 3, 6, 9, 12, 15, 18, 21, -1, 0, 5, 8, 14])
        #expect(five.lines.map(\.text) == ["港", "", "東京の港は", "今日も静か", "だった。船", "は一隻も出", "ない。", "", "Ferry 乗り", "場 closed."])
        #expect(five.lines.map(\.anchor.offset) == [0, -1, 0, 5, 10, 15, 20, -1, 0, 7])
        #expect(three.lines.indices.map { five.line(for: three.anchor(atLine: $0)) } == [0, 1, 2, 2, 3, 3, 4, 5, 5, 6, 7, 8, 8, 9, 9])
        #expect(five.lines.indices.map { three.line(for: five.anchor(atLine: $0)) } == [0, 1, 2, 3, 5, 7, 8, 10, 11, 12])
        for width in [6, 7, 10, 14, 40] {
            let other = document(Self.wide, width: width)
            for line in three.lines.indices { expectHolds(other, three.anchor(atLine: line)) }
            for line in other.lines.indices { expectHolds(three, other.anchor(atLine: line)) }
        }
    }

    static let teaser = Story(kind: .teaser, headline: "Crews vote",
                              paragraphs: ["Ferry crews voted to strike on Thursday.", "Talks over storm pay broke down.", "Sailings stop."],
                              expandable: true)

    /// A teaser expanded keeps its first paragraph's anchors, so the text at the top stays; the
    /// collapsed teaser's marker stands where the hidden text starts, and an anchor in hidden
    /// text finds the marker.
    @Test func aTeaserKeepsItsAnchorsExpandedAndCollapsed() {
        let collapsed = document(Self.teaser, width: 12)
        let open = document(Self.teaser, width: 12, expanded: true)
        #expect(collapsed.lines.map(\.text) == ["Crews vote", "", "Ferry crews", "voted to", "strike on", "Thursday.", "", "▸ keep reading (x)"])
        #expect(collapsed.markerLine == 7)
        #expect(collapsed.lines.indices.map { open.line(for: collapsed.anchor(atLine: $0)) } == [0, 1, 2, 3, 4, 5, 6, 7])
        #expect(open.lines[7].text == "Talks over")
        let wideOpen = document(Self.teaser, width: 20, expanded: true)
        #expect(wideOpen.lines.map(\.text) == ["Crews vote", "", "Ferry crews voted to", "strike on Thursday.", "", "Talks over storm pay", "broke down.", "", "Sailings stop.", "", "▴ show less (x)"])
        // Expanded at 20 columns, collapsed at 12: "strike on Thursday." at "strike on"; "broke down." is hidden: the marker.
        #expect(wideOpen.lines.indices.map { collapsed.line(for: wideOpen.anchor(atLine: $0)) } == [0, 1, 2, 4, 6, 7, 7, 7, 7, 7, 7])
        #expect(wideOpen.lines.indices.map { open.line(for: wideOpen.anchor(atLine: $0)) } == [0, 1, 2, 4, 6, 7, 9, 10, 11, 13, 14])
    }
}
