/// Finds the stories in a text page: the main article, teaser cards, and the boilerplate around them.
///
/// A first, simple pass: paragraphs are long sentence-shaped lines; consecutive paragraphs form a
/// story; the lines just above a story's first paragraph give its headline, dek, section and credit;
/// a story that ends in an expand control ("keep reading") is a teaser.
public struct PageParser: Sendable {
    public init() {}

    public func parse(_ text: String, path: String) -> Page {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            Sanitizer.clean(String($0.hasSuffix("\r") ? $0.dropLast() : $0)).trimmingSpaces()
        }
        var stories: [Story] = []
        var used = Set<Int>()
        var index = 0
        var storyStart = 0
        while index < lines.count {
            guard LineShape.isParagraph(lines[index]) else { index += 1; continue }
            // A run of paragraphs, allowing blank lines between them, up to an expand control.
            var paragraphs: [String] = []
            var end = index
            var expandable = false
            while end < lines.count {
                let line = lines[end]
                if LineShape.isParagraph(line) { paragraphs.append(line); used.insert(end) }
                else if LineShape.isExpandControl(line) { expandable = true; used.insert(end); end += 1; break }
                else if !line.isEmpty { break }
                end += 1
            }
            var story = Story(kind: expandable ? .teaser : .article, headline: "", paragraphs: paragraphs, expandable: expandable)
            describe(&story, lines: lines, above: index, floor: storyStart, used: &used)
            story.lines = storyStart..<end
            stories.append(story)
            storyStart = end
            index = end
        }
        if let main = stories.indices.filter({ stories[$0].kind == .article })
            .max(by: { stories[$0].paragraphs.count < stories[$1].paragraphs.count }) {
            for other in stories.indices where other != main { stories[other].kind = .teaser }
        }
        let dropped = lines.indices.filter { !used.contains($0) && !lines[$0].isEmpty }
            .map { DroppedLine(line: $0, text: lines[$0], reason: LineShape.isExpandControl(lines[$0]) ? .control : .outsideStory) }
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let title = stories.first(where: { $0.kind == .article })?.headline ?? stories.first?.headline ?? fileName
        return Page(path: path, title: title.isEmpty ? fileName : title, stories: stories, dropped: dropped)
    }

    /// Reads headline, dek, section and credit from the lines above a story's first paragraph.
    private func describe(_ story: inout Story, lines: [String], above first: Int, floor: Int, used: inout Set<Int>) {
        var candidates: [Int] = []
        var cursor = first - 1
        while cursor >= floor, candidates.count < 8 {
            let line = lines[cursor]
            if LineShape.isParagraph(line) || LineShape.isExpandControl(line) { break }
            if !line.isEmpty { candidates.append(cursor) }
            cursor -= 1
        }
        for lineIndex in candidates {
            let line = lines[lineIndex]
            if story.credit.isEmpty, let credit = LineShape.credit(in: line) {
                story.credit = credit; used.insert(lineIndex)
            } else if story.headline.isEmpty, LineShape.isHeadline(line) {
                if story.section.isEmpty == false || story.dek.isEmpty == false || lineIndex < first - 1 {
                    story.headline = line; used.insert(lineIndex)
                } else if LineShape.wordCount(line) <= 4 {
                    story.section = line; used.insert(lineIndex)
                } else {
                    story.headline = line; used.insert(lineIndex)
                }
            } else if story.headline.isEmpty, story.dek.isEmpty, LineShape.wordCount(line) > 8 {
                story.dek = line; used.insert(lineIndex)
            } else if story.headline.isEmpty, story.section.isEmpty, LineShape.wordCount(line) <= 4 {
                story.section = line; used.insert(lineIndex)
            }
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
