#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the stories in a text page: the main article, teaser cards, and the boilerplate around them.
///
/// Teasers are found first, from their expand controls ("keep reading"): the prose just above a
/// control is the teaser's excerpt, and the lines above that its headline, section and credit.
/// The main article is then the run of lines the line model reads as article text (`LineModel`,
/// `ArticleRegion`), with its headline picked by the headline model among the lines above it
/// (`ArticleOpening`). Everything else is kept as dropped boilerplate.
public struct PageParser: Sendable {
    /// How many non-blank lines above a teaser's first paragraph may hold its header.
    static let headerReach = 8

    /// Whether the page lists the lines it dropped, and why (`lede dump --debug`); the reader
    /// does not show them.
    public var keepsDroppedLines: Bool
    /// Evidence from the page's format, per line, added to the line model's log-odds (see `PageHints`).
    var logitBias: [Double] = []
    /// Per line, whether the page's format laid it out as it is (`PageHints.laidOut`).
    var laidOut: [Bool] = []

    public init(keepsDroppedLines: Bool = true) {
        self.keepsDroppedLines = keepsDroppedLines
    }

    public func parse(_ text: consuming String, path: String) -> Page {
        let lines = Self.split(text)
        _ = consume text  // the lines have their own text: a big page is not kept twice
        return parse(lines: lines, path: path)
    }

    /// A sentence of two words or more, however short, that is no control, credit, byline or repeated line.
    static func isPlainSentence(_ line: Line) -> Bool {
        line.endsSentence && line.wordCount >= 2 && line.repeats <= 1 && !line.isBylineOrDate && !ArticleRegion.isControlOrCredit(line)
    }

    /// `parse(_:path:)` of a page already split into its lines (`split`): a page of valid UTF-8
    /// is split from its bytes, with no String of the whole page made.
    func parse(lines: consuming [Line], path: String) -> Page {
        var (lines, used, taken, stories, logits, player, contents) = read(lines)

        // The main article: the densest article text that is not a teaser. A page where no line
        // reads as article text still gets a story, marked unsure: a page never vanishes (nor
        // becomes a headline over nothing, when what the model found was all trimmed away; on a
        // front page of teasers, that headline was a newsletter box's, listed first).
        var found = false
        if let region = ArticleRegion.find(in: lines, logits: logits, excluding: taken, player: player, contents: contents) {
            let article = self.article(in: region, lines: lines, logits: logits, taken: taken, contents: contents, used: &used)
            found = !article.paragraphs.isEmpty
            if found { stories.append((region.lowerBound, article)) }
        }
        if !found, stories.isEmpty {
            // Nothing reads as article text to the model: the hand-written rules' prose, if any,
            // marked unsure (the list says so) rather than shown as a confident story.
            // (A short sentence is prose too: a brief's "No injuries were reported." and "Expect delays.")
            let rules = lines.map { ArticleRegion.weight($0) > 0 && ArticleRegion.isBody($0) || Self.isPlainSentence($0) ? 2.0 : -2.0 }
            if let region = ArticleRegion.find(in: lines, logits: rules, excluding: taken, player: player, contents: contents) {
                var article = self.article(in: region, lines: lines, logits: rules, taken: taken, contents: contents, used: &used)
                article.isUnsure = true
                stories.append((region.lowerBound, article))
            } else if let whole = wholePage(lines: lines, used: &used) {
                stories.append((whole.lines.lowerBound, whole))
            }
        }
        stories.sort { $0.position < $1.position }
        // The article first: it is what the page is about.
        let ordered = stories.filter { $0.story.kind == .article } + stories.filter { $0.story.kind == .teaser }

        var dropped: [DroppedLine] = []
        // (Asked once, not of every line: each was copied out of the array to be asked.)
        if keepsDroppedLines {
            for line in lines where !line.isBlank {
                switch used[line.number] {
                case .some(nil): continue
                case .some(.some(let reason)): dropped.append(DroppedLine(line: line.number, text: line.text, reason: reason))
                case nil: dropped.append(DroppedLine(line: line.number, text: line.text, reason: Self.reason(for: line)))
                }
            }
        }
        // The file's name stands in for a missing headline (made only then: splitting a long
        // path by Characters cost as much as some of the parsing).
        let headline = ordered.first?.story.headline ?? ""
        let title = headline.isEmpty ? path.split(separator: "/").last.map(String.init) ?? path : headline
        return Page(path: path, title: title, stories: ordered.map(\.story), dropped: dropped)
    }

    /// The teasers, each ending at an expand control, with the line each starts at; marks their lines `taken`.
    private func teasers(in lines: [Line], used: inout [DroppedLine.Reason??], taken: inout [Bool]) -> [(position: Int, story: Story)] {
        var stories: [(position: Int, story: Story)] = []
        var boundary = 0
        for control in lines.indices where lines[control].isExpandControl {
            used[control] = .some(.control)
            defer { boundary = control + 1 }
            // Prose that goes on right below the control is the rest of the same text, saved
            // expanded ("Read more" inside an article): no card ends there.
            guard !Self.proseContinues(after: control, in: lines), !Self.headsLinkList(control, in: lines),
                  !Self.proseContinuesPastLink(after: control, in: lines) else { continue }
            guard let teaser = teaser(endingAt: control, in: lines, from: boundary, used: &used) else { continue }
            for index in teaser.lines { taken[index] = true }
            stories.append((teaser.lines.lowerBound, teaser))
        }
        return stories
    }

    /// Whether the first non-blank line below `control` is a paragraph.
    static func proseContinues(after control: Int, in lines: [Line]) -> Bool {
        lines[(control + 1)...].first { !$0.isBlank }?.isParagraph ?? false
    }

    /// Whether one link or two stand right under the control and the text goes on under them,
    /// two paragraphs before any other control ("Read more", "Storm Bert: what we know so far",
    /// then the article's next paragraphs): links set inside an article. (Under a teaser card's
    /// control, the next card's headline has one excerpt, then its own control.)
    static func proseContinuesPastLink(after control: Int, in lines: [Line]) -> Bool {
        linksPastControl(control, in: lines) != nil
    }

    /// The lines of the links `proseContinuesPastLink` finds under the control, or nil.
    static func linksPastControl(_ control: Int, in lines: [Line]) -> [Int]? {
        // (An article's text above it, not a card's excerpt: two paragraphs since the last control.)
        var paragraphs = 0
        for above in lines[..<control].reversed() {
            if above.isExpandControl { break }
            if above.isParagraph { paragraphs += 1; if paragraphs == articleParagraphs { break } }
        }
        guard paragraphs == articleParagraphs else { return nil }
        let below = Array(lines[(control + 1)...].lazy.filter { !$0.isBlank }.prefix(linksPastControl + 3))
        // (A second link is as long as a headline and no sentence: not a subheading, "Union
        // calls for talks", nor a short paragraph, "It was not always like this.")
        let links = below.prefix(linksPastControl).enumerated().prefix {
            $1.wordCount >= ($0 == 0 ? 3 : secondLinkWords) && ArticleRegion.isBoxLink($1) && !$1.isBylineOrDate && !$1.isExpandControl
                && ($0 == 0 || !$1.isParagraph && !$1.endsSentence)
        }.map(\.element)
        guard !links.isEmpty else { return nil }
        // The text goes on under them, maybe from a subheading or a short sentence over a paragraph.
        var text = links.count
        if text + 1 < below.count, !below[text].isParagraph, !below[text].isExpandControl, below[text].wordCount <= openerWords,
           below[text + 1].isParagraph { text += 1 }
        guard text < below.count, below[text].isParagraph, !below[text].isExpandControl else { return nil }
        let found = links.map(\.number)
        // Two paragraphs under the links; or one, the article's last, with furniture that ends
        // articles under it ("Read More", a link, the last paragraph, then a sign-up box), not a
        // card's date or control, nor another box's heading (a box of cards under another).
        guard text + 1 < below.count else { return found }
        let next = below[text + 1]
        if next.isParagraph { return next.isExpandControl ? nil : found }
        return (next.isPromotion || next.isCallToAction || next.endsArticle) && !next.opensLinkBox ? found : nil
    }

    /// The most links under a control with the text going on under them, the fewest words of the
    /// second, and the most of a subheading or sentence opening the text under them.
    static let linksPastControl = 2, secondLinkWords = 6, openerWords = 8

    /// The fewest paragraphs above such a control, since the one before: an article's text.
    static let articleParagraphs = 2

    /// Marks as calls to action the links set inside an article under a control
    /// (`proseContinuesPastLink`): another story's headline, not the article's text.
    static func markLinksPastControls(in lines: inout [Line]) {
        for control in lines.indices where lines[control].isExpandControl {
            for link in linksPastControl(control, in: lines) ?? [] { lines[link].markAsCallToAction() }
        }
    }

    /// Whether the control heads a list of links right under it: `linkListLines` lines of a few
    /// words or more, one under another (blank lines apart or not: a copied page often parts
    /// each link as a paragraph), each a headline's shape, no sentence, byline or date
    /// ("Read more" over "Man rents out flatmate's room…", "Upmarket holiday company goes
    /// bust…"): a box of other stories set in an article, not the end of a teaser's excerpt. (A
    /// teaser card's control has the next card's headline below it, then its dek, byline or
    /// excerpt.)
    static func headsLinkList(_ control: Int, in lines: [Line]) -> Bool {
        // ("Read more:" leads into what is under it: links, never the rest of an excerpt.)
        if lines[control].edges.contains(.leadIn) { return true }
        // (A link's date under it is passed over.)
        let below = Array(lines[(control + 1)...].lazy.filter { !$0.isBlank && !$0.isBylineOrDate }.prefix(linkListLines))
        // (One link or two may be all, when the next box's heading follows them, "Related
        // Stories", and paragraphs stand right over the control: a card's title stands over its
        // one excerpt.)
        let links = below.prefix { !$0.opensLinkBox && !$0.endsArticle }
        let underText = { lines[..<control].lazy.filter { !$0.isBlank }.suffix(2).allSatisfy(\.isParagraph) }
        let isLink = { (line: Line) in line.wordCount >= 3 && !line.isParagraph && !line.endsSentence && !line.isExpandControl }
        if links.count == linkListLines || links.count >= 1 && links.count < below.count && underText(), links.allSatisfy(isLink) { return true }
        // (Or two over the footer's first label, "Terms", under the text: the page's last box.)
        let headlines = below.prefix(while: isLink)
        return headlines.count >= 2 && headlines.count < below.count && below[headlines.count].wordCount <= ArticleRegion.labelWords
            && !below[headlines.count].isParagraph && underText()
    }

    static let linkListLines = 3

    /// Whether the control has another right above or below it ("Show More" over "Show Less"):
    /// a widget's two labels, a gallery's or a caption's, copied both; the headline is above
    /// them. (A card's may be such a pair too: a podcast's episode cards.)
    static func isTogglePair(_ control: Int, in lines: [Line]) -> Bool {
        let below = lines[(control + 1)...].first { !$0.isBlank }, above = lines[..<control].last { !$0.isBlank }
        return below?.isExpandControl == true || above?.isExpandControl == true
    }

    /// The page's lines with their repeats counted; per line, nil until decided, then .some(nil)
    /// when it is content, else why it was dropped; the teasers' lines (`taken`); the teasers;
    /// the line model's log-odds; the lines of a video player's controls (`MediaPlayer`) and of
    /// a gallery's slides (`GalleryBox`), and the entries of a table of contents
    /// (`TableOfContents`), if any. The first steps of `parse`, shared with `articleOpening`.
    private func read(_ lines: consuming [Line]) -> (lines: [Line], used: [DroppedLine.Reason??], taken: [Bool],
                                                     teasers: [(position: Int, story: Story)], logits: [Double], player: [Bool]?,
                                                     contents: [Bool]?) {
        var lines = lines
        ArchiveToolbar.blankOut(&lines)
        Self.countRepeats(in: &lines)
        SignupBox.mark(in: &lines)
        Self.markLinksPastControls(in: &lines)
        for index in laidOut.indices where laidOut[index] && index < lines.count { lines[index].edges.insert(.laidOut) }
        var used = [DroppedLine.Reason??](repeating: nil, count: lines.count)
        var taken = [Bool](repeating: false, count: lines.count)
        let teasers = teasers(in: lines, used: &used, taken: &taken)
        // The model's log-odds measured against the page's own best lines, with lists of marked
        // items, of quantities, of times, of rows whose labels repeat, of items a colon leads
        // into, of numbered sections and of plain short lines between the article's text raised,
        // then moved by what the page format tells (`PageHints`).
        let calibrated = PageCalibration.calibrated(LineModel.bodyLogits(for: lines), lines: lines)
        let timed = TimedLists.lifted(QuantityLists.lifted(MarkedLists.lifted(calibrated, lines: lines), lines: lines), lines: lines)
        let marked = RepeatedLabels.lifted(timed, lines: lines)
        let lists = PlainLists.lifted(NumberedSections.lifted(LeadInLists.lifted(marked, lines: lines), lines: lines), lines: lines)
        var logits = Self.biased(lists, by: logitBias)
        // A video player's controls are never text, whatever the model reads in its dialog's
        // sentences; nor are a gallery's slides, its captions' sentences, nor an embedded post's,
        // nor a list of links spelt out for screen readers.
        let player = Self.either(Self.either(Self.either(MediaPlayer.controls(in: lines), GalleryBox.slides(in: lines, logits: logits)),
                                             EmbeddedPost.lines(in: lines)), ScreenReaderList.lines(in: lines))
        if let player {
            for index in logits.indices where player[index] { logits[index] = min(logits[index], -6) }
        }
        return (lines, used, taken, teasers, logits, player, TableOfContents.entries(in: lines))
    }

    /// Per line, whether either marks it (nil when neither marks any).
    private static func either(_ one: [Bool]?, _ other: [Bool]?) -> [Bool]? {
        guard let one, let other else { return one ?? other }
        return zip(one, other).map { $0 || $1 }
    }

    /// The main article's opening in `text`, as `parse` finds it (for the headline model's training data).
    func articleOpening(of text: String) -> ArticleOpening? {
        let (lines, _, taken, _, logits, player, contents) = read(Self.split(text))
        guard let region = ArticleRegion.find(in: lines, logits: logits, excluding: taken, player: player, contents: contents) else { return nil }
        return ArticleOpening(region: region, lines: lines, logits: logits, taken: taken, contents: contents)
    }

    /// The teaser whose excerpt ends just above `control`, or nil when no prose is there.
    private func teaser(endingAt control: Int, in lines: [Line], from boundary: Int, used: inout [DroppedLine.Reason??]) -> Story? {
        var paragraphs: [Line] = []
        var cursor = control - 1
        while cursor >= boundary {
            let line = lines[cursor]
            if line.isBlank { cursor -= 1; continue }
            guard line.isParagraph || (line.wordCount >= 6 && line.endsSentence) else { break }
            paragraphs.append(line)
            cursor -= 1
        }
        guard !paragraphs.isEmpty else { return nil }
        paragraphs.reverse()
        let above = Self.nonBlankLines(above: paragraphs[0].number, down: boundary, limit: Self.headerReach, in: lines)
        // Under a link set inside an article's text ("Also Read: …" with two paragraphs or more
        // over it since the last control, and more than a card's one excerpt under it), the
        // paragraphs are the article's last, saved with the site's "See more" under them: no card.
        if paragraphs.count > 1, let link = above.first, Self.isInlineLink(link), Self.paragraphsAbove(link.number, in: lines) >= Self.articleParagraphs { return nil }
        let header = StoryHeader(above: above)
        // Collapsed, a teaser shows its first paragraph: "keep reading" on one alone would show nothing more.
        var story = Story(kind: .teaser, headline: header.headline?.text ?? "", paragraphs: paragraphs.map(\.text),
                          expandable: paragraphs.count > 1)
        story.section = header.section?.text ?? ""
        story.credit = header.credit?.text ?? ""
        story.dek = header.dek?.text ?? ""
        var first = paragraphs[0].number
        for line in [header.headline, header.section, header.credit?.line, header.dek].compactMap({ $0 }) {
            used[line.number] = .some(nil)
            first = min(first, line.number)
        }
        // Image alt text repeating the headline belongs to the card too.
        for line in above where line.key == header.headline?.key && line.number != header.headline?.number {
            used[line.number] = .some(.imageAltText)
            first = min(first, line.number)
        }
        for line in paragraphs { used[line.number] = .some(nil) }
        story.lines = first..<(control + 1)
        return story
    }

    /// Whether the line links to another story from inside a text ("Also Read: …", "READ MORE: …";
    /// not any call to action: a card's "4 min read", "By … · 31 Comments").
    static func isInlineLink(_ line: Line) -> Bool {
        // (The text's prefixes first: the lowered text is made again each time it is asked for.)
        Phrases.relatedPrefixes.first(opening: line.text) != nil || Phrases.relatedLowerPrefixes.first(opening: line.lower) != nil
            || Phrases.opensRelatedTitle(line.lower)
    }

    /// How many paragraphs stand right above the line, up to `articleParagraphs`, since the last
    /// control (an article's text; a card's excerpt has one).
    static func paragraphsAbove(_ index: Int, in lines: [Line]) -> Int {
        var paragraphs = 0
        for above in lines[..<index].reversed() where !above.isBlank {
            guard above.isParagraph, !above.isExpandControl else { break }
            paragraphs += 1
            if paragraphs == articleParagraphs { break }
        }
        return paragraphs
    }

    /// The main article in `region`, with its header from the lines above and a credit just below.
    private func article(in region: ClosedRange<Int>, lines: [Line], logits: [Double], taken: [Bool], contents: [Bool]?,
                         used: inout [DroppedLine.Reason??]) -> Story {
        let opening = ArticleOpening(region: region, lines: lines, logits: logits, taken: taken, contents: contents)
        var header = opening.header()
        let openingAbove = opening.openingAbove(under: header)
        if let first = openingAbove.first?.number {
            // What the header took from below the opening is the article's.
            if let dek = header.dek, dek.number > first { header.dek = nil }
            if let section = header.section, section.number > first { header.section = nil }
        }
        // (Nothing above, as most articles: `+` copied every line, retaining its strings.)
        var body = openingAbove.isEmpty ? opening.body : openingAbove + opening.body
        if let dek = header.dek, Self.isTheText(dek, over: body) {
            body.insert(dek, at: 0)
            header.dek = nil
        }
        var story = Story(kind: .article, headline: PermalinkMark.cut(RunTogetherCrumbs.cut(Self.lastCrumb(of: header.headline?.text ?? ""), lines: lines)), paragraphs: WrappedLines.paragraphs(of: body))
        story.dek = header.dek?.text ?? ""
        story.section = header.section?.text ?? ""
        var creditLine = header.credit?.line
        story.credit = header.credit?.text ?? ""
        if story.credit.isEmpty {
            // A picture's credit among the article's lines, or "Top image credit: …" just after them.
            let opening = lines[region].filter { $0.credit != nil && !taken[$0.number] }
            let below = lines[(region.upperBound + 1)...].lazy.filter { !$0.isBlank && !taken[$0.number] }.prefix(3)
            if let line = opening.first(where: { Phrases.credit(in: $0) != nil }) ?? below.first(where: { Phrases.credit(in: $0) != nil }) {
                story.credit = Phrases.credit(in: line) ?? ""
                creditLine = line
            }
        }
        for line in [header.headline, header.section, header.dek, creditLine].compactMap({ $0 }) { used[line.number] = .some(nil) }
        for line in opening.candidates where line.key == header.headline?.key && line.number != header.headline?.number {
            used[line.number] = .some(.imageAltText)
        }
        for line in body { used[line.number] = .some(nil) }
        // (From the headline, or the region's start when the headline was found below it: a
        // hint's title can name a line under the text.)
        let first = min(header.headline?.number ?? region.lowerBound, region.lowerBound)
        story.lines = first..<(max(header.headline?.number ?? 0, region.upperBound) + 1)
        return story
    }

    /// Whether a dek is the article's text, not its standfirst: a paragraph over less than half
    /// its words of text (a one-paragraph post over a newsletter box's sentence).
    static func isTheText(_ dek: Line, over body: [Line]) -> Bool {
        guard dek.isParagraph else { return false }
        var words = 0
        for line in body {
            words += line.wordCount
            if words * 2 >= dek.wordCount { return false }
        }
        return true
    }

    /// A page with no prose at all, as it is: its lines under its first title-shaped line,
    /// marked unsure (a page is never dropped from the list).
    private func wholePage(lines: [Line], used: inout [DroppedLine.Reason??]) -> Story? {
        let content = lines.filter { !$0.isBlank && !ArticleRegion.isNeverBody($0) }
        guard let first = content.first else { return nil }
        let title = content.first { $0.wordCount >= 2 && $0.wordCount <= 20 && !$0.isBylineOrDate } ?? first
        let prose = content.filter { $0.number != title.number && $0.wordCount >= 4 }
        var story = Story(kind: .article, headline: title.text, paragraphs: (prose.isEmpty ? content : prose).map(\.text))
        story.isUnsure = true
        story.lines = first.number..<(content.last!.number + 1)
        for line in [title] + prose { used[line.number] = .some(nil) }
        return story
    }

    /// A headline read with the breadcrumb trail in front of it (`Home › News › The headline`)
    /// is the trail's last item, when that has words enough to be one.
    static func lastCrumb(of headline: String) -> String {
        // (A headline without a byte of > › » has none of the separators: most are turned away
        // so, where three searches and an array of them cost thousands of instructions.)
        guard headline.withUTF8Bytes({ $0.contains { $0 == 0x3E || $0 == 0xBA || $0 == 0xBB } }) else { return headline }
        // (A » after a « closes a quotation, as French, Russian and Italian headlines quote: "« Les
        // Nuits de Tanger » : un premier film…". A trail never opens one.)
        let quotes = headline.utf8.contains(0xAB) && headline.contains("«")
        for separator in [" › ", " > ", " » "] where !(quotes && separator == " » ")
            && PlainSearch.occurs(separator, in: headline) {
            let last = headline.components(separatedBy: separator).last?.trimmingSpaces() ?? ""
            if last.split(separator: " ").count >= 3 { return last }
        }
        return headline
    }

    /// Up to `limit` non-blank lines above `line`, nearest first, not below `floor`; stops at prose
    /// (after `passingProse` prose lines, which lets an article's dek through).
    /// - Parameter sparingNoise: lines without a letter, and lines said again since, do not use
    ///   up the limit: a gallery's pager ("<<", "1", "2", …) or a caption repeated per slide
    ///   can stand between a headline and its text.
    static func nonBlankLines(above line: Int, down floor: Int, limit: Int, in lines: [Line], passingProse: Int = 0,
                              sparingNoise: Bool = false) -> [Line] {
        // Each line is read where it lies, through the buffer, and copied only when it is found
        // (a copy of every line passed, blank ones too, was made to look at it).
        return lines.withUnsafeBufferPointer { buffer in
            var found: [Line] = []
            // (Room for the lines counted, at once: grown by doubling, every line found was
            // moved again at each growth.)
            found.reserveCapacity(min(limit, max(0, line - floor)))
            var counted = 0
            // The key hashes of the repeated lines passed, counted as `countRepeats` counts them (a
            // Set hashed each hash again); at most one a line passed.
            var seen = RepeatCounts(capacity: sparingNoise ? max(0, line - floor) : 0)
            var cursor = line - 1
            var prose = 0
            while cursor >= floor, counted < limit {
                let candidate = buffer.baseAddress! + cursor
                // A teaser's control ends the search; one with the text going on below it is inside
                // the article (saved expanded), and the headline is further up, as it is over a
                // widget's two labels.
                if candidate.pointee.isExpandControl, !proseContinues(after: cursor, in: lines), !isTogglePair(cursor, in: lines) { break }
                if candidate.pointee.isParagraph, !candidate.pointee.isBylineOrDate {
                    prose += 1
                    if prose > passingProse { break }
                }
                if !candidate.pointee.isBlank {
                    // (Only a line the page repeats can have been found before: the rest are not counted.)
                    var isRepeat = false
                    if sparingNoise, candidate.pointee.repeats > 1, case .text(let hash) = candidate.pointee.key {
                        seen.add(hash)
                        isRepeat = seen.count(of: hash) > 1
                    }
                    let isNoise = sparingNoise && (isRepeat || !candidate.pointee.text.hasAlphabeticScalar)
                    if !isNoise { counted += 1 }
                    found.append(candidate.pointee)
                }
                cursor -= 1
            }
            return found
        }
    }

    /// The page's lines, split on `\n` bytes (a `\r` before it is trimmed with the other spaces).
    static func split(_ text: String) -> [Line] {
        return text.withUTF8Bytes(split)
    }

    /// `split` of a text's UTF-8 bytes.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [Line] {
        var lines: [Line] = []
        let separator = Self.lineSeparator(bytes)
        // Room for exactly the lines there are: growing by doubling held a page of a million
        // lines' array twice over while it was copied.
        lines.reserveCapacity(Self.lineCount(bytes, separator: separator))
        var start = 0
        let count = bytes.count
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: Line.scratchSize)
        defer { scratch.deallocate() }
        // (The lists every line's checks read, fetched once for the page: see `Line(trimmed:)`.)
        let lists = Phrases.lineLists
        // Line feeds are found with memchr, many bytes a step.
        while start < count, let found = memchr(bytes.baseAddress! + start, separator, count - start) {
            let index = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - bytes.baseAddress!
            append(UnsafeBufferPointer(rebasing: bytes[start..<index]), to: &lines, scratch: scratch, lists: lists)
            start = index + 1
        }
        if start < count || count == 0 || start == count {
            append(UnsafeBufferPointer(rebasing: bytes[start..<count]), to: &lines, scratch: scratch, lists: lists)
        }
        return lines
    }

    /// Appends the line of these bytes. A blank line is a copy of one measured once
    /// (`Line(blank:)`); a wiki's edit link on a line of its own is one too (`EditSectionMark`).
    /// (Each kind appended apart: one append of either kind moved every line through registers,
    /// field by field.)
    @inline(__always)
    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, to lines: inout [Line], scratch: UnsafeMutablePointer<UInt8>,
                               lists: borrowing Phrases.LineLists) {
        let trimmed = Line.trim(bytes)
        if trimmed.isEmpty || trimmed.first == UInt8(ascii: "[") && EditSectionMark.matches(trimmed) {
            lines.append(Line(blank: lines.count))
        } else {
            let indent = trimmed.baseAddress == bytes.baseAddress ? 0 : Line.indent(of: bytes, upTo: trimmed.baseAddress! - bytes.baseAddress!)
            lines.append(Line(trimmed: trimmed, number: lines.count, scratch: scratch, lists: lists, indent: indent))
        }
    }

    /// How many lines `split` makes of these bytes: one more than their line feeds.
    /// The byte lines end with: a line feed, or a carriage return on a page that has no line
    /// feed at all (saved on a classic Mac OS, whose lines ran together). (A line feed is
    /// usually found in the first line: only a page without one is searched through.)
    static func lineSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard let base = bytes.baseAddress, memchr(base, 0x0A, bytes.count) == nil, memchr(base, 0x0D, bytes.count) != nil else { return 0x0A }
        return 0x0D
    }

    static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>, separator: Int32 = 0x0A) -> Int {
        guard var cursor = UnsafeRawPointer(bytes.baseAddress) else { return 1 }
        var remaining = bytes.count
        var count = 1
        while remaining > 0, let found = memchr(cursor, separator, remaining) {
            count += 1
            let next = UnsafeRawPointer(found) + 1
            remaining -= next - cursor
            cursor = next
        }
        return count
    }

    /// Sets each line's `repeats`: how often its key occurs on the page. Only hashed keys are
    /// counted (a line's own key occurs once). Lines are visited by index: a copy of each
    /// retained its strings.
    static func countRepeats(in lines: inout [Line]) {
        var counts = RepeatCounts(capacity: lines.count)
        // (Through the buffer: each store through the array checked that it was not shared.)
        lines.withUnsafeMutableBufferPointer { lines in
            for index in lines.indices where !lines[index].isBlank {
                if case .text(let hash) = lines[index].key { counts.add(hash) }
            }
            for index in lines.indices where !lines[index].isBlank {
                if case .text(let hash) = lines[index].key { lines[index].repeats = counts.count(of: hash) }
            }
        }
    }

    static func reason(for line: Line) -> DroppedLine.Reason {
        if line.isCallToAction { return .callToAction }
        if line.repeats > 1 { return .repeated }
        if line.isBylineOrDate { return .byline }
        if line.wordCount <= 3 { return .navigation }
        return .outsideStory
    }
}
