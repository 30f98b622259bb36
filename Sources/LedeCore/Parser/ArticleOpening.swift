/// The top of an article: its body, and the lines above it that may hold its headline, dek,
/// section and credit. The headline is the headline model's pick among the candidates.
struct ArticleOpening {
    let body: [Line]
    /// Up to three title-shaped lines opening the region, then up to `HeadlineModel.reach`
    /// non-blank lines above it, nearest the body first.
    let candidates: [Line]
    let logits: [Double]
    let pageTop: Int?
    /// Candidates (line numbers) that are header but cannot be the headline: the region's first
    /// lines above a dateline that are no title, and a picture's caption under its file name.
    let headerOnly: Set<Int>
    /// Candidates that cannot be the headline: `headerOnly`, and lines that may yet be the
    /// text's, under the headline (a box of details' rows, `DetailsBox`; a picture's caption
    /// over its credit, `HeroCaption`; a "Recent Comments" widget's lines, `RecentComments`; a
    /// breadcrumb trail's crumbs, `CrumbTrail`).
    let ruledOut: Set<Int>
    /// The candidate (its index) a comment thread's heading under the article names as the
    /// post's title ("6 thoughts on “They're back!”"), nearest the body: the headline, by the
    /// page's own word, however short.
    let namedByThread: Int?

    init(region: ClosedRange<Int>, lines: [Line], logits: [Double], taken: [Bool], contents: [Bool]? = nil) {
        // Up to three title-shaped lines opening the region (a page that starts with its headline,
        // maybe under a menu entry or two the model read as text) are candidates for the
        // headline, not body.
        var start = region.lowerBound
        var leading: [Line] = []
        // (Not a list's items that open it, line after line: "Some delays to road, rail, air and
        // ferry transport are likely", then three more such.)
        let opensList = Self.opensList(at: region.lowerBound, in: region, lines: lines)
        for index in region where !opensList && !lines[index].isBlank {
            let line = lines[index]
            guard leading.count < 3, Self.canLeadAsHeadline(line), !Self.opensInterview(at: index, in: region, lines: lines) else { break }
            leading.insert(line, at: 0)
            start = index + 1
        }
        // A dateline or byline among the region's first lines closes the header: what is above
        // it (a standfirst the model took for text) is the header's too.
        let opening = region.lazy.filter { $0 >= start && !lines[$0].isBlank }.prefix(Self.headerReach)
        // Only a title-shaped one of those may be the headline (a caption, a standfirst cannot).
        var headerOnly = Set<Int>()
        // (Not a date the text announces as a list's item: "… on the following nights:", "Monday 17 June".)
        if let dateline = opening.last(where: { Self.closesHeader(lines[$0]) && ArticleRegion.announcedList(endingAt: $0, lines: lines, fewestItems: 1) == nil }) {
            for index in opening where index <= dateline {
                leading.insert(lines[index], at: 0)
                if !Self.canLeadAsHeadline(lines[index]), !Self.isExclaimed(lines[index]) { headerOnly.insert(index) }
            }
            start = dateline + 1
        }
        let aside = ArticleRegion.asides(in: region, lines: lines).union(ArticleRegion.linkBoxes(in: region, lines: lines))
        // The region's lines below the header that no teaser or aside holds. (These lists, and
        // the body's, are gathered into room for all they can hold: `filter` grew each by
        // doubling, copying it over again each time.)
        var free: [Int] = []
        free.reserveCapacity(region.count)
        // (Nor do the article's table of contents, its entries its sections' headings again, and
        // its own heading, "Contents".)
        for index in region where index >= start && !taken[index] && !aside.contains(index) && contents?[index] != true {
            if contents != nil, NotAHeadline.isContentsHeading(lines[index]) { continue }
            free.append(index)
        }
        var inside: [Int] = []
        inside.reserveCapacity(free.count)
        // (Through the buffer: each look into the array was checked. The line handed to the
        // checks is still copied.)
        lines.withUnsafeBufferPointer { lines in
            for index in free where !lines[index].isBlank && !ArticleRegion.isNeverBody(lines[index]) { inside.append(index) }
        }
        let text = ArticleRegion.bodyLines(inside, logits: logits)
        let listed = Self.listItems(introducedIn: text, lines: lines, taken: taken)
        let tail = text.isEmpty ? [] : Self.closingProse(after: region, lines: lines, logits: logits, taken: taken)
        let trailing = Self.trailingOff(in: free, between: text, lines: lines)
        let laidOut = Self.listingLines(in: free, around: text, lines: lines)
        // In order, each once (a list's item may be read as text too): sorted, and a number
        // like the one before it left out (no Set: hashing every body line showed in profiles).
        let numbers = (text + listed + tail + trailing + laidOut).sorted()
        var body: [Line] = []
        body.reserveCapacity(numbers.count)
        for rank in numbers.indices where rank == 0 || numbers[rank] != numbers[rank - 1] { body.append(lines[numbers[rank]]) }
        // An article ends on a sentence, a table or a list it announced or marked, not on a
        // heading, a link to another story, a promotion of the site (sign-up boxes close
        // articles) or a heading announcing what is not there ("Read more stories about:"; a
        // sentence may: "… check out the footage below:").
        while let last = body.last, body.count > 1, !listed.contains(last.number),
              last.isPromotion || (!last.isParagraph && last.text.endsInOneColon)
                || (!last.isParagraph && !last.endsSentence && !last.isTableRow && !Self.isMarkedItem(last, logits: logits)) {
            body.removeLast()
        }
        body = Self.withoutSecondCopies(body)
        let captions = CreditedCaption.lines(in: body, of: lines).union(PullQuote.lines(in: body))
        if !captions.isEmpty { body.removeAll { captions.contains($0.number) } }
        let floor = (taken[..<region.lowerBound].lastIndex(of: true) ?? -1) + 1
        // A standfirst the body model took for text can sit between headline and body: pass it.
        // (The leading lines put in front of those found: `+` copied every line into a new array.)
        var candidates = PageParser.nonBlankLines(above: region.lowerBound, down: floor, limit: HeadlineModel.reach, in: lines, passingProse: 8, sparingNoise: true)
        candidates.insert(contentsOf: leading, at: 0)
        // An entry of a table of contents is a section's title, not the article's.
        if let contents { candidates.removeAll { contents[$0.number] } }
        // A line right under a picture's file name is the picture's caption. (By index: a loop over
        // the candidates themselves copied each one, retaining its text.)
        lines.withUnsafeBufferPointer { lines in
            for index in candidates.indices where candidates[index].number > 0 && NotAHeadline.isPictureFileName(lines[candidates[index].number - 1]) {
                headerOnly.insert(candidates[index].number)
            }
        }
        // A live blog's entries' headings are the entries'.
        headerOnly.formUnion(LiveEntries.headings(among: candidates, in: lines))
        // The site's name atop the page, which its footer's sentence opens with ("La Voz de
        // Málaga es una publicación de …"): the masthead, whatever the body says of the place.
        if let masthead = SiteMasthead.line(in: lines, below: region.upperBound, start: region.lowerBound) { headerOnly.insert(masthead) }
        headerOnly.formUnion(SiteMasthead.sources(among: candidates, in: lines))
        self.headerOnly = headerOnly
        let ruledOut = headerOnly.union(DetailsBox.rows(among: candidates, in: lines)).union(HeroCaption.captions(among: candidates, in: lines))
            .union(RecentComments.lines(among: candidates, in: lines)).union(CrumbTrail.crumbs(among: candidates, in: lines))
            .union(NotAHeadline.sectionTrails(among: candidates)).union(LabelledValue.values(among: candidates))
        self.ruledOut = ruledOut
        namedByThread = Self.titleNamedByThread(in: region, lines: lines).flatMap { named in
            candidates.firstIndex { HeadlineModel.isEligible($0, ruledOut: ruledOut) && TableOfContents.entryKey($0.text) == named }
        }
        // Nothing above can be the headline (the page opens with its text): one of the first
        // lines is it when it is short and no statement ("What is the value of …?").
        if body.count >= 2, !candidates.contains(where: { HeadlineModel.isEligible($0, ruledOut: ruledOut) }),
           let title = body.prefix(Self.headerReach).firstIndex(where: Self.canTitleAlone) {
            candidates.insert(body.remove(at: title), at: 0)
        }
        // The writer's card after the text, or the writer's note closing it, under the name the
        // header credits.
        if let card = AuthorBio.cardStart(in: body, header: candidates) {
            body.removeSubrange(card...)
        } else if AuthorBio.closes(body, header: candidates) {
            body.removeLast()
        }
        self.body = body
        self.candidates = candidates
        pageTop = lines.first { !$0.isBlank }?.number
        self.logits = logits
    }

    /// The body without a second copy of its opening (a slideshow's introduction again above
    /// its slides, a mobile and a desktop copy of the text): from where its first two paragraphs
    /// come again, the lines said before go, up to the first paragraph that is new. A paragraph
    /// said twice elsewhere stays (a pull quote; a plan that repeats a meal on purpose).
    static func withoutSecondCopies(_ body: [Line]) -> [Line] {
        let long = body.indices.filter { body[$0].wordCount >= copyWords }
        guard long.count >= 4 else { return body }
        let opening = (body[long[0]].text, body[long[1]].text)
        guard let again = long.indices.dropFirst(2).dropLast().first(where: {
            body[long[$0]].text == opening.0 && body[long[$0 + 1]].text == opening.1
        }) else { return body }
        let start = long[again]
        let said = Set(body[..<start].map(\.text))
        let end = long[again...].first { !said.contains(body[$0].text) } ?? body.count
        return Array(body[..<start]) + body[start..<end].filter { !said.contains($0.text) } + body[end...]
    }

    /// Paragraphs of at least this many words are compared for copies (short lines repeat as furniture).
    static let copyWords = 8

    /// A line that can open a region as its headline: short, no paragraph (a question can be as
    /// long as one: "What is the value of drugs that come to the U.S. border?"), no table row, no
    /// full stop, no list's item ("+ Added …", a recipe's "200 g butter", a numbered section's
    /// "1. Snake plant"). (Looser than `HeadlineFeatures.isTitleShaped`, the model's feature: a
    /// one-word title may lead.)
    static func canLeadAsHeadline(_ line: Line) -> Bool {
        (!line.isParagraph || line.text.utf8.last == 0x3F) && !line.isTableRow && line.wordCount <= 20 && !HeadlineFeatures.endsWithFullStop(line.text)
            && NumberedSections.number(of: line) == nil && MarkedLists.mark(of: line) == nil && !NotAHeadline.isIngredient(line)
    }

    /// Whether `listItems` lines or more open the region at `index` one right under another, each
    /// of `listItemWords` words at least parted by spaces, no sentence, button or label's colon: a
    /// list's items (what to expect of a storm, what to do), not a headline's stack (a kicker is
    /// short, and a byline, a dateline, a share bar or the text comes under a headline and its dek).
    static func opensList(at index: Int, in region: ClosedRange<Int>, lines: [Line]) -> Bool {
        guard index + listItems - 1 <= region.upperBound else { return false }
        return lines[index..<(index + listItems)].allSatisfy { line in
            canLeadAsHeadline(line) && !line.isParagraph && !line.isBylineOrDate && !line.isCallToAction && line.text.withUTF8Bytes { bytes in
                bytes.count(where: { $0 == 0x20 }) >= listItemWords - 1 && !bytes.contains(0x3A) && !line.text.contains("：")
            }
        }
    }

    static let listItems = 4, listItemWords = 4

    /// A title of `exclaimedWords` at most that ends in an exclamation mark, which the line model
    /// may read as a sentence ("Fête des semis : rendez-vous le samedi 12 avril !"): over a
    /// dateline, the headline may be it.
    static func isExclaimed(_ line: Line) -> Bool {
        line.wordCount <= exclaimedWords && !line.isTableRow && (line.text.utf8.last == 0x21 || line.text.hasSuffix("！"))
            && !line.hasInnerSentenceBreak
    }

    /// The most words of such a title (a longer line that exclaims is the writer's: "What a
    /// turnout – thank you to all forty volunteers who came down on Saturday!").
    static let exclaimedWords = 12

    /// Whether the line at `index` is an interview's first question: under the header's byline,
    /// date or picture credit, a question answered by a paragraph, with `interviewQuestions` more
    /// such in the region ("How did you start?", then the answer, "And the mites?", …). The
    /// body's, not a headline over it. (A question headline sits under a menu or a kicker, and
    /// its article may ask a question or two of its own.)
    static func opensInterview(at index: Int, in region: ClosedRange<Int>, lines: [Line]) -> Bool {
        func isAnswered(_ question: Int) -> Bool {
            guard question < region.upperBound, lines[question].text.utf8.last == 0x3F || lines[question].text.hasSuffix("？") else { return false }
            return lines[(question + 1)...region.upperBound].first(where: { !$0.isBlank })?.isParagraph ?? false
        }
        guard isAnswered(index), let above = lines[..<index].last(where: { !$0.isBlank }),
              above.isBylineOrDate || above.credit != nil || above.isCaption || NotAHeadline.applies(to: above) else { return false }
        var questions = 0
        for next in (index + 1)...region.upperBound where !lines[next].isBlank && lines[next].wordCount <= questionWords && isAnswered(next) {
            questions += 1
            if questions >= interviewQuestions { return true }
        }
        return false
    }

    /// How many more answered questions make an interview, and the most words of a question.
    static let interviewQuestions = 2
    static let questionWords = 40

    /// Short lines that trail off ("So frustrating …", "If you are …") right between two lines
    /// read as text: the writer's style, not an excerpt cut short, which stands among links and
    /// headlines, not inside prose. (`text`: the body's lines so far, in order.)
    static func trailingOff(in indices: [Int], between text: [Int], lines: [Line]) -> [Int] {
        let isText = { (index: Int?) in index.map { text.binarySearchContains($0) } ?? false }
        return indices.filter { index in
            let line = lines[index]
            guard line.endsTruncated, !line.endsInReadMore, line.wordCount < 25, !ArticleRegion.isControlOrCredit(line) else { return false }
            return isText(lines[..<index].lastIndex { !$0.isBlank }) && isText(lines[(index + 1)...].firstIndex { !$0.isBlank })
        }
    }

    /// The lines of a listing (`Listings.isListing`: a block of lines one under another, code,
    /// cells or indented) that holds a line of the body or stands between two: the model reads
    /// a listing's short lines ("(local.get $1)", ")", "def load(path):") as a menu's, which would
    /// tear lines out of it or drop it whole. (`free`: the region's lines below the header.)
    static func listingLines(in free: [Int], around text: [Int], lines: [Line]) -> [Int] {
        guard let first = text.first, let last = text.last else { return [] }
        var laidOut: [Int] = []
        var start = 0
        while start < free.count {
            // A block: free lines one right under another, none blank.
            var end = start
            while end + 1 < free.count, free[end + 1] == free[end] + 1, !lines[free[end + 1]].isBlank { end += 1 }
            defer { start = end + 1 }
            guard end > start, !lines[free[start]].isBlank else { continue }
            let block = free[start...end]
            let holdsText = block.contains { text.binarySearchContains($0) } || (block.first! > first && block.last! < last)
            guard holdsText, Listings.isListing(lines[block.first!...block.last!]) else { continue }
            laidOut += block.filter { !ArticleRegion.isControlOrCredit(lines[$0]) }
        }
        return laidOut
    }

    /// A first line that can be the headline when no other can: up to 20 words, no full stop.
    static func canTitleAlone(_ line: Line) -> Bool {
        line.wordCount <= 20 && !HeadlineFeatures.endsWithFullStop(line.text) && HeadlineModel.isEligible(line)
    }

    /// An item of a marked list, a list of quantities or of times the model reads as text, or
    /// was raised to (`MarkedLists`, `QuantityLists`, `TimedLists`).
    static func isMarkedItem(_ line: Line, logits: [Double]) -> Bool {
        logits[line.number] >= MarkedLists.itemLogit && (MarkedLists.mark(of: line) != nil || QuantityLists.item(line) != nil || TimedLists.time(of: line) != nil || TimedLists.year(of: line) != nil)
    }

    /// How many of the region's first lines may be header above a dateline or byline.
    static let headerReach = 3

    /// A dateline ("Nov. 19, 2019 8:03 am ET") or a byline by its form ("By Jane Doe").
    static func closesHeader(_ line: Line) -> Bool {
        line.isBylineOrDate && (HeadlineModel.isByline(line) || NotAHeadline.isTimestamp(line))
    }

    /// The lines of the lists that body lines announce with a colon ("What's new:"), which the
    /// line model can read as a menu (short lines in a run) and which end on no sentence: up to
    /// the first line that is not an item.
    static func listItems(introducedIn body: [Int], lines: [Line], taken: [Bool]) -> [Int] {
        var items: [Int] = []
        // (Not a share box's heading, "Share this:", "Comparte esto:", over its buttons.)
        for intro in body where announcesList(lines[intro]) && !lines[intro].isCallToAction {
            var blanks = 0
            for index in (intro + 1)..<min(lines.count, intro + 120) {
                let line = lines[index]
                if line.isBlank { blanks += 1; if blanks > 1 { break } else { continue } }
                guard !taken[index], isListItem(line) else { break }
                blanks = 0
                items.append(index)
            }
        }
        return items
    }

    /// Whether the line announces a list, ending in a colon (or a full-width one: "以下の通り：").
    static func announcesList(_ line: Line) -> Bool {
        line.text.endsIn(":", lastByte: 0x3A) || line.text.endsIn("：", lastByte: 0x9A)
    }

    /// The paragraphs the page ends with, right after the region, when nothing else follows them:
    /// a note copied on its own ends so, and its last paragraph has no text below to vouch for it
    /// (the line model weighs the end of a page as a footer's place). At most `closingLimit`, each
    /// merely doubtful to the model.
    static func closingProse(after region: ClosedRange<Int>, lines: [Line], logits: [Double], taken: [Bool]) -> [Int] {
        // (Turned away at the first line that is not such a paragraph: a page's long tail is not walked.)
        var rest: [Int] = []
        for index in (region.upperBound + 1)..<lines.count where !lines[index].isBlank {
            let line = lines[index]
            guard rest.count < closingLimit, line.isParagraph, !taken[index], logits[index] > ArticleRegion.closingDoubt,
                  !ArticleRegion.isNeverBody(line) else { return [] }
            rest.append(index)
        }
        return rest
    }

    static let closingLimit = 3

    /// A line that can be an item of an article's list: a few words that are not furniture.
    static func isListItem(_ line: Line) -> Bool {
        line.wordCount >= 2 && line.wordCount <= 40 && line.repeats == 1 && !ArticleRegion.isNeverBody(line)
            && !line.opensLinkBox && !line.endsArticle && !line.isPromotion && !isTagLine(line)
    }

    /// A line of topics the page files the story under, commas between them: "Tech, Donald Trump,
    /// facebook, Fact Check, fake news". No sentence, and every item a few words: a link each.
    /// (Under "Read more stories about:" it is no list the article announced.)
    static func isTagLine(_ line: Line) -> Bool {
        guard !line.endsSentence, line.wordCount >= tagLineItems else { return false }
        // (Read as bytes: splitting every line under a colon into Strings showed in profiles.)
        return line.text.withUTF8Bytes { bytes in
            var items = 0, words = 0, itemLength = 0
            var inWord = false
            for byte in bytes {
                if byte == 0x2C {  // ,
                    if itemLength > 0 { items += 1 }
                    words = 0; itemLength = 0; inWord = false
                    continue
                }
                itemLength += 1
                if byte == 0x20 { inWord = false; continue }
                if !inWord {
                    inWord = true
                    words += 1
                    if words > tagWords { return false }
                }
            }
            if itemLength > 0 { items += 1 }
            return items >= tagLineItems
        }
    }

    /// A tag line has at least this many items, each at most `tagWords` words.
    static let tagLineItems = 4
    static let tagWords = 3

    /// The header: the headline model's pick, and the dek, section and credit between it and the body.
    func header() -> StoryHeader {
        // A line of the header ruled out for its shape is still better than no headline at all.
        guard let chosen = namedByThread ?? HeadlineModel.choose(among: candidates, body: body, logits: logits, pageTop: pageTop, ruledOut: ruledOut)
                ?? HeadlineModel.choose(among: candidates, body: body, logits: logits, pageTop: pageTop) else {
            return StoryHeader(creditAmong: candidates)
        }
        return StoryHeader(above: candidates, headlineIndex: chosen)
    }

    /// The key of the title a comment thread's heading names (`CommentHeading.namedTitle`) in the
    /// region or among the `threadReach` lines under it.
    static func titleNamedByThread(in region: ClosedRange<Int>, lines: [Line]) -> UInt64? {
        let end = min(lines.count, region.upperBound + 1 + threadReach)
        // (By index, through the buffer: a copy of each line passed retained its text.)
        return lines.withUnsafeBufferPointer { lines in
            (region.lowerBound..<end).lazy.filter { lines[$0].endsArticle && lines[$0].digits > 0 }.compactMap { CommentHeading.namedTitle(in: lines[$0]) }.first
        }
    }

    static let threadReach = 40

    /// The article's opening that the body model left above the body: a paragraph under the
    /// headline (not its dek) and what runs from it down to the body, the list or subheadings
    /// that parted it from the rest (a recipe's introduction and ingredients, over its method).
    /// Empty when no such paragraph is there, or when a box of links to other stories, a
    /// picture's caption or credit, or a summary box is. (Share buttons and a sign-up box are
    /// set inside an article's text: the article goes on below them.)
    func openingAbove(under header: StoryHeader) -> [Line] {
        guard let headline = header.headline else { return [] }
        // (Candidates run nearest the body first: those below the headline are a prefix.)
        let gap = Array(candidates.prefix { $0.number > headline.number }.reversed())
        guard let first = gap.firstIndex(where: {
            $0.isParagraph && !$0.isBylineOrDate && !Phrases.isBanner($0) && logits[$0.number] > Self.openingDoubt && $0.number != header.dek?.number
        }) else { return [] }
        let span = gap[first...]
        // (Nor a dateline under it: a paragraph over the byline and date is the header's, a dek
        // the header did not take.)
        guard span.count <= Self.openingGapLimit, !span.contains(where: {
            ArticleRegion.isLinkBoxHeading($0) || $0.endsArticle || $0.credit != nil || $0.isCaption || HeroCaption.isCredit($0)
                || Phrases.summaryHeadings.contains($0.shortKey)
                || ($0.isBylineOrDate && !$0.isParagraph)
        }) else { return [] }
        // (Never a cookie banner's sentence, between headline and text: neither the paragraph it
        // starts from nor one it takes.)
        return span.filter { !ArticleRegion.isNeverBody($0) && !$0.isBylineOrDate && !Phrases.isBanner($0) && $0.repeats == 1 && !headerOnly.contains($0.number) }
    }

    /// At most this many lines between such a paragraph and the body.
    static let openingGapLimit = 20
    /// How doubtful (log-odds) that paragraph may be: a page whose lines run without blank
    /// lines between them reads less like text to the model.
    static let openingDoubt = -1.0

    /// Each candidate's line number and headline features, for those the model can pick (for
    /// the training script).
    func candidateRows() -> [(line: Int, values: [Double])] {
        let rows = HeadlineModel.features(of: candidates, body: body, logits: logits, pageTop: pageTop)
        return zip(candidates, rows).filter { HeadlineModel.isEligible($0.0, ruledOut: ruledOut) }.map { ($0.number, $1) }
    }
}

extension Array where Element == Int {
    /// Whether the sorted array holds `value`.
    func binarySearchContains(_ value: Int) -> Bool {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value
    }
}
