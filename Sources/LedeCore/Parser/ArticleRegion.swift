import Foundation

/// Finds the main article's body: the run of lines where the line model's article text outweighs
/// page furniture most (a maximum-sum segment, as text-density extractors do). Each line weighs
/// its probability of being article text less a half, times its length: a long paragraph the
/// model is sure of counts for much, a short menu entry against a little, so a box of links
/// inside an article does not split it but a long stretch of them ends it.
enum ArticleRegion {
    /// The range of line indices (into `lines`) of the article, or nil when no line reads as one.
    /// - Parameters:
    ///   - logits: per line, the line model's log-odds that it is article text.
    ///   - taken: per line, whether a teaser has it.
    ///   - player: per line, whether it is a video player's control (`MediaPlayer.controls`) or
    ///     a gallery's slide (`GalleryBox.slides`).
    ///   - contents: per line, whether it is an entry of the article's table of contents (`TableOfContents`).
    static func find(in lines: [Line], logits: [Double], excluding taken: [Bool], player: [Bool]?, contents: [Bool]? = nil) -> ClosedRange<Int>? {
        var weights = [Double](repeating: 0, count: lines.count)
        let gallery = GalleryTitles.find(in: lines)
        let thread = CommentThread.headers(in: lines)
        let code = Listings.codeBlocks(in: lines)
        let details = DetailsBox.boxes(in: lines)
        // (Lines read and weights written through the buffers: each line was looked up, and each
        // weight stored, through an array's checks.)
        lines.withUnsafeBufferPointer { lines in weights.withUnsafeMutableBufferPointer { weights in
            for index in lines.indices where !lines[index].isBlank {
                let probability: Double = 1 / (1 + exp(-logits[index]))
                // A teaser's lines, a heading that ends articles ("Comments", "Sources"), a
                // gallery's slide titles and a comment thread's headers are walls. (Not a line of
                // a listing that reads as a header: "latest handshake: 12 seconds ago" in a
                // command's output.)
                // (Not a player's or an embedded post's line: a post's "Comment" button.)
                let wall = taken[index] || lines[index].endsArticle && player?[index] != true || gallery?[index] == true
                    || thread?[index] == true && code?[index] != true || AboutHeading.headsBoilerplate(index, in: lines)
                var weight: Double = wall ? -wallWeight : (probability - 0.5) * Double(1 + lines[index].wordCount)
                // A listing's lines read as menus to the model; between an article's paragraphs
                // they must not part it ("The evaluator starts like this:" over a Scheme listing).
                if !wall, code?[index] == true { weight = max(0, weight) }
                // Nor do a video player's controls, a hundred short lines inside the article.
                if !wall, player?[index] == true { weight = 0 }
                // Nor does the article's table of contents, between its introduction and its sections.
                if !wall, contents?[index] == true { weight = max(0, weight) }
                // Nor does a box of details ("Gewicht: 2,4 kg"), between a review's test and its verdict.
                if !wall, details?[index] == true { weight = max(0, weight) }
                // A consent banner's sentences are never text, however long and well-formed: above
                // the article, they would open its run.
                if !wall, Phrases.isBannerOfAnyLength(lines[index]) { weight = -abs(weight) }
                weights[index] = weight
            }
        } }
        guard let region = densestRun(of: weights, lines: lines) else { return nil }
        var chosen = cutAtLinkBox(parted(region, weights: weights), weights: weights, lines: lines)
        chosen = TeasersAbove.cut(chosen, lines: lines)
        chosen = headedRival(of: chosen, weights: weights, lines: lines) ?? chosen
        let opening = thread.flatMap { Self.threadStart(above: chosen.lowerBound, headers: $0, weights: weights) }
        chosen = CommentHeading.post(above: chosen, weights: weights, lines: lines)
            ?? earlierRival(of: chosen, weights: weights, lines: lines, threadStart: opening) ?? chosen
        chosen = RecipeCard.introduction(above: chosen, lines: lines, weights: weights).map { $0...chosen.upperBound } ?? chosen
        chosen = contents.map { withIntroduction(chosen, lines: lines, contents: $0, weights: weights) } ?? chosen
        chosen = withClosingLines(chosen, lines: lines, weights: weights)
        return withOpeningParagraphs(chosen, lines: lines, logits: logits, weights: weights)
    }

    /// The run, grown down over its last lines when what parts them from it weighs next to
    /// nothing: a list's last items and a closing sentence that the model reads as barely text
    /// ("Buka Pengaturan, lalu…", "5. Perbarui sistem", then a sentence) sum a little under
    /// nothing, and the densest run stops short of them. Never past a wall, a box's heading or a
    /// call to action.
    static func withClosingLines(_ region: ClosedRange<Int>, lines: [Line], weights: [Double]) -> ClosedRange<Int> {
        var end = region.upperBound, sum = 0.0, passed = 0, grown = 0
        var index = region.upperBound + 1
        while index < lines.count, passed < closingReach, grown < closingReach {
            defer { index += 1 }
            guard !lines[index].isBlank else { continue }
            let line = lines[index]
            guard weights[index] > -wallWeight, !isLinkBoxHeading(line), !line.endsArticle, !line.isCallToAction else { break }
            passed += 1
            sum += weights[index]
            guard sum >= -closingTolerance else { break }
            if weights[index] > 0 { end = index; sum = 0; passed = 0; grown += 1 }
        }
        // The article's last sentence, short and plain, right under the run and over furniture
        // ("The board takes up the levy again on March 25.", then "RELATED"; "Olayda yaralanan
        // olmadı.", then the share bar): a little under nothing to the model, it closes the story.
        // (Past an ad slot's label too: "Advertisement", then the last sentence. Not past one
        // over figures, which an ad's copy has: "Save up to 40 percent…".)
        if var next = lines[(end + 1)...].firstIndex(where: { !$0.isBlank }) {
            if Phrases.isAdLabel(lines[next]), let after = lines[(next + 1)...].firstIndex(where: { !$0.isBlank }),
               lines[after].digits == 0 { next = after }
            if weights[next] > -closingSentenceWeight, isClosingSentence(next, lines: lines) { end = next }
        }
        // The same past a box of one link set before it ("Related", "Nvidia's next GPU is sold
        // out", then the article's last paragraph or sentence): the box is left out of the body
        // (`linkBoxes`), the paragraph is the article's.
        let following = nonBlank(after: end, count: 3, in: lines)
        if following.count == 3, isLinkBoxHeading(lines[following[0]]), isReadAlsoHeading(lines[following[0]]),
           isBoxLink(lines[following[1]]), !lines[following[1]].endsArticle,
           lines[following[2]].isParagraph || PageParser.isPlainSentence(lines[following[2]]),
           standsApart(following[2], in: lines), isClosingSentence(following[2], lines: lines), !teaserFollows(following[2], lines: lines) {
            end = following[2]
        }
        // And past a related link alone on its line ("Also Read | What is a red alert …"), then
        // the article's last paragraph, of any length, over the page's furniture: the model
        // reads it as barely text between the link and the tags under it. (Not a teaser's
        // summary over the next link: "Read more: …" under it again; nor the next link, a
        // question: "Calendrier du jardinier : que faire au jardin en novembre ?")
        let under = nonBlank(after: end, count: 3, in: lines)
        if under.count >= 2, PageParser.isInlineLink(lines[under[0]]), lines[under[0]].isCallToAction,
           lines[under[1]].isParagraph, lines[under[1]].wordCount >= linkedParagraphWords, !lines[under[1]].text.endsInQuestionMark,
           weights[under[1]] > -closingSentenceWeight, standsApart(under[1], in: lines),
           isClosingSentence(under[1], lines: lines, words: Int.max), under.count < 3 || !PageParser.isInlineLink(lines[under[2]]),
           !teaserFollows(under[1], lines: lines) {
            end = under[1]
        }
        return region.lowerBound...end
    }

    /// Whether the line at `index` reads as an article's closing sentence, plain, over furniture
    /// or nothing: no legal notice, promotion, note, heading or words to the reader.
    static func isClosingSentence(_ index: Int, lines: [Line], words: Int = closingSentenceWords) -> Bool {
        let line = lines[index]
        guard PageParser.isPlainSentence(line), line.wordCount <= words, !line.isLegalNotice, !line.isPromotion,
              !line.endsArticle, !isNoteOrFacts(line), !line.lower.withUTF8Bytes(CallToActionPlace.addressesTheReader) else { return false }
        let after = lines[(index + 1)...].first { !$0.isBlank }
        return after.map { !$0.isParagraph && !$0.endsSentence } ?? true
    }

    /// A contact note ("Contact Jessica Hollander at jh@… or follow her @…"), a box of facts
    /// under a label ("Incidencias: 8.420 espectadores.") or a lead-in to one ("Kontakt dla
    /// mediów:"): no closing sentence of the story. (Nor is a sentence to the reader, "Your
    /// email address will not be published.": `withClosingLines` asks that apart.)
    static func isNoteOrFacts(_ line: Line) -> Bool {
        if line.text.utf8.contains(0x40) || line.edges.contains(.leadIn) { return true }  // @, or a colon leading into what follows
        return line.text.split(separator: " ", maxSplits: 2).prefix(2).contains { $0.hasSuffix(":") }
    }

    /// How many lines past the run's end (and how many times it grows), and how little they may
    /// weigh, for `withClosingLines`; how little the closing sentence may weigh, and its most words.
    static let closingReach = 4
    static let closingTolerance = 1.0
    static let closingSentenceWeight = 1.5
    static let closingSentenceWords = 30
    /// The fewest words of the last paragraph past a related link alone on its line.
    static let linkedParagraphWords = 15

    /// The run grown up over the article's table of contents when it opens right under it, and
    /// over the paragraphs right above the table: an article's contents come between its
    /// introduction and its first section, so prose there is the article's, however the model
    /// reads a reference page's dense opening sentences.
    static func withIntroduction(_ region: ClosedRange<Int>, lines: [Line], contents: [Bool], weights: [Double]) -> ClosedRange<Int> {
        // The table's last entry, at most a heading or two above the run.
        var index = region.lowerBound - 1, passed = 0
        while index >= 0, !contents[index] {
            if !lines[index].isBlank { passed += 1 }
            guard passed <= TableOfContents.headingReach else { return region }
            index -= 1
        }
        guard index >= 0 else { return region }
        while index >= 0, contents[index] || lines[index].isBlank { index -= 1 }
        // Past the table's own heading ("Contents"), up the paragraphs to the first line that is
        // none (a cookie banner's notice and its button are none).
        var start = region.lowerBound, headings = 0
        while index >= 0 {
            let line = lines[index]
            if line.isParagraph, weights[index] > -wallWeight, !isNeverBody(line), !line.isBylineOrDate, !line.isLegalNotice, !line.isCallToAction {
                start = index
            } else if !line.isBlank {
                guard start == region.lowerBound, headings < TableOfContents.headingReach else { break }
                headings += 1
            }
            index -= 1
        }
        return start...region.upperBound
    }

    /// The run, grown up over the paragraphs right above it that the model only hesitates over
    /// (`openingDoubt`): an introduction the model reads as a little less likely than not to be
    /// text weighs against the run, which then starts at the first line that outweighs furniture
    /// (a table's first row under "Here is the standing, updated after every race!").
    static func withOpeningParagraphs(_ region: ClosedRange<Int>, lines: [Line], logits: [Double], weights: [Double]) -> ClosedRange<Int> {
        // A run that opens with its header (a byline or a dateline among its first lines) has
        // the header's lines above: a standfirst, a headline, a quoted claim over a fact check.
        let opening = region.lazy.filter { !lines[$0].isBlank }.prefix(ArticleOpening.headerReach)
        guard !opening.contains(where: { ArticleOpening.closesHeader(lines[$0]) }) else { return region }
        var start = region.lowerBound
        var index = region.lowerBound - 1
        while index >= 0 {
            defer { index -= 1 }
            guard !lines[index].isBlank else { continue }
            // Past a list the text announces with a colon ("… on the following nights:", then
            // "Monday 17 June", "Tuesday 18 June", …): its items read as a menu to the model.
            if let intro = announcedList(endingAt: index, lines: lines) {
                guard logits[intro] > openingDoubt else { break }
                start = intro
                index = intro
                continue
            }
            let line = lines[index]
            guard line.isParagraph, logits[index] > openingDoubt, weights[index] > -wallWeight, !isNeverBody(line),
                  !line.isBylineOrDate else { break }
            start = index
        }
        return start...region.upperBound
    }

    /// The line announcing, with a colon, the list whose last item is at `last`: the items a few
    /// words each, `fewestItems` to `announcedItems`, line after line; the announcing line a
    /// sentence of `announcingWords` or more, no button or byline.
    static func announcedList(endingAt last: Int, lines: [Line], fewestItems: Int = 2) -> Int? {
        var index = last, items = 0
        while index >= 0, items <= announcedItems, !lines[index].isBlank, !lines[index].isParagraph, !ArticleOpening.announcesList(lines[index]),
              ArticleOpening.isListItem(lines[index]) {
            items += 1
            index -= 1
        }
        guard items >= fewestItems, items <= announcedItems, index >= 0, ArticleOpening.announcesList(lines[index]),
              lines[index].wordCount >= announcingWords, !lines[index].isCallToAction, !lines[index].isBylineOrDate else { return nil }
        return index
    }

    static let announcedItems = 12, announcingWords = 5

    /// How doubtful (log-odds) a paragraph right above the run may be and still open it. (Held
    /// out, −0.75 and −0.5 gave the same; −1 took a fact-check's quoted claim above its headline
    /// into the body, −0.25 left the introductions out.)
    static let openingDoubt = -0.5

    /// The run of non-blank lines whose weights sum highest (a maximum-sum segment), lines in
    /// `walled` weighing as walls; nil when no line weighs more than nothing.
    static func densestRun(of weights: [Double], lines: [Line], walling walled: ClosedRange<Int>? = nil) -> ClosedRange<Int>? {
        var best = 0.0, sum = 0.0, start = 0
        var found: ClosedRange<Int>?
        // (The walled bounds as plain numbers: an optional range asked of every line cost more.)
        let low = walled?.lowerBound ?? Int.max, high = walled?.upperBound ?? Int.min
        lines.withUnsafeBufferPointer { lines in weights.withUnsafeBufferPointer { weights in
            for index in lines.indices where !lines[index].isBlank {
                let weight = index >= low && index <= high ? -wallWeight : weights[index]
                if sum <= 0 { sum = weight; start = index } else { sum += weight }
                if sum > best { best = sum; found = start...index }
            }
        } }
        return found
    }

    /// The densest run outside `chosen`, when it opens under a byline or a date and `chosen`
    /// does not, a line that ends articles ("Comments", "Tags") parts the two, and it weighs at
    /// least `rivalShare` of `chosen` (`rivalAboveShare` when it comes first): an article under
    /// its header rather than a box of other stories' headlines and summaries past its end,
    /// which can hold as much prose. (Parted by less, a picture's box say, they are one
    /// article's two parts.)
    static func headedRival(of chosen: ClosedRange<Int>, weights: [Double], lines: [Line]) -> ClosedRange<Int>? {
        // (No wall on the page, no rival: most pages are turned away before a second pass.)
        guard !isHeaded(chosen.lowerBound, lines: lines), weights.contains(where: { $0 <= -wallWeight }) else { return nil }
        guard let rival = densestRun(of: weights, lines: lines, walling: chosen).map({ cutAtLinkBox(parted($0, weights: weights), weights: weights, lines: lines) }),
              isHeaded(rival.lowerBound, lines: lines) else { return nil }
        let between = rival.upperBound < chosen.lowerBound ? (rival.upperBound + 1)..<chosen.lowerBound : (chosen.upperBound + 1)..<rival.lowerBound
        guard between.contains(where: { weights[$0] <= -wallWeight }) else { return nil }
        let weight = { (range: ClosedRange<Int>) in range.reduce(0.0) { $0 + weights[$1] } }
        // (Not a summary box under its byline, "Key points" over three sentences: the body strips it.)
        let summary = [rival.lowerBound, lines[..<rival.lowerBound].lastIndex { !$0.isBlank }].compactMap { $0 }
            .contains { Phrases.summaryHeadings.contains(lines[$0].shortKey) }
        let share = rival.upperBound < chosen.lowerBound && !summary ? rivalAboveShare : rivalShare
        return weight(rival) >= share * weight(chosen) ? rival : nil
    }

    /// How much a rival under a header must weigh, against the run chosen without one. (On
    /// the dev pages cut to their first three paragraphs, 0.3 found more of the short articles
    /// than 0.5, and 0.2 lost some; the whole pages gave the same at each.) A rival above the
    /// run, its header first and the wall past its end, is the article with what follows it
    /// below: a short one outweighed by a box of summaries. (On the dev pages cut to their first
    /// one and three paragraphs, 0.05 found four more of their articles than 0.3, 0.1 two;
    /// the whole pages and the QA sets gave the same at each.)
    static let rivalShare = 0.3
    static let rivalAboveShare = 0.05

    /// The densest run above `chosen` that is the article rather than it: what follows a line
    /// that ends articles ("Comments", "Sources") or a teaser's line is reader comments, a list of
    /// sources or the site's footer, whose prose can outweigh a short article above them; so is
    /// a run that opens in the page's last fifth (an about box, a disclaimer). The run above
    /// must weigh `earlierShare` of `chosen` past a wall, `footerShare` of it otherwise. A run
    /// inside a comment thread (`threadStart`: its first header) is looked above the thread's
    /// start: the densest run above its last wall is another comment. Under a forum's replies
    /// ("Re: " and the thread's title over each), the densest run above the first reply is the
    /// thread's first post, whatever it weighs against them: a question can be shorter than its
    /// answers (and a "Reply" button can stand over it, atop the thread).
    static func earlierRival(of chosen: ClosedRange<Int>, weights: [Double], lines: [Line], threadStart: Int? = nil) -> ClosedRange<Int>? {
        let weight = { (range: ClosedRange<Int>) in range.reduce(0.0) { $0 + weights[$1] } }
        if let threadStart, let firstReply = lines.withUnsafeBufferPointer({ lines in
            (threadStart..<chosen.lowerBound).first { CommentThread.isReplyTitle(at: $0, in: lines) }
        }), let post = densestRun(above: firstReply, weights: weights, lines: lines) {
            return post
        }
        // (No wall above the run, no rival: most pages are turned away before a second pass.)
        if let wall = threadStart ?? weights[..<chosen.lowerBound].lastIndex(where: { $0 <= -wallWeight }) {
            if let rival = densestRun(above: wall, weights: weights, lines: lines) {
                if weight(rival) >= earlierShare * weight(chosen) { return rival }
            } else if threadStart != nil || lines[wall].endsArticle && isComment(chosen, lines: lines),
                      let brief = headedParagraphs(above: wall, lines: lines) {
                return brief
            }
        }
        guard Double(chosen.lowerBound) >= footerStart * Double(lines.count),
              let rival = densestRun(above: chosen.lowerBound, weights: weights, lines: lines) else { return nil }
        return weight(rival) >= footerShare * weight(chosen) ? rival : nil
    }

    /// Whether a comment's "Reply" is among the two non-blank lines under `run` (not "Permalink"
    /// or "Report", which a post's own footer has too).
    static func isComment<Lines: RandomAccessCollection<Line>>(_ run: ClosedRange<Int>, lines: Lines) -> Bool where Lines.Index == Int {
        lines[(run.upperBound + 1)...].lazy.filter { !$0.isBlank }.prefix(2).contains {
            $0.isCommentFurniture && $0.wordCount <= 3 && $0.text.withUTF8Bytes(CommentLine.isReplyControl)
        }
    }

    /// The paragraphs right above `wall` (a thread's heading, "Comments (18)"), the first under
    /// a byline or a date: a brief of a paragraph or two, which the model doubts on a page
    /// without blank lines (its neighbours are a share bar and an ad's label), while it reads
    /// the comments under it as prose. Nil when no such paragraph is there.
    static func headedParagraphs(above wall: Int, lines: [Line]) -> ClosedRange<Int>? {
        var last: Int?, first = wall, seen = 0, index = wall - 1
        while index >= 0, seen < headerReach {
            defer { index -= 1 }
            guard !lines[index].isBlank else { continue }
            if lines[index].isParagraph, !lines[index].isLegalNotice, !lines[index].isPromotion {
                if last == nil { last = index }
                first = index
            } else if last != nil {
                break
            } else {
                seen += 1
            }
        }
        guard let last, isHeaded(first, lines: lines) else { return nil }
        return first...last
    }

    /// The first header of the comment thread right above `start`: the last wall above it is one
    /// of its headers, and each header is within `CommentThread.reach` lines of the next (a
    /// widget of recent comments higher up the page is another thread). Nil when none is.
    static func threadStart(above start: Int, headers: [Bool], weights: [Double]) -> Int? {
        guard let wall = weights[..<start].lastIndex(where: { $0 <= -wallWeight }), headers[wall] else { return nil }
        var first = wall
        while let previous = headers[..<first].lastIndex(of: true), first - previous <= CommentThread.reach { first = previous }
        return first
    }

    /// The densest run that ends above line `end`, its furniture parted and link box cut as the
    /// chosen run's are.
    static func densestRun(above end: Int, weights: [Double], lines: [Line]) -> ClosedRange<Int>? {
        guard end > 0 else { return nil }
        return densestRun(of: weights, lines: lines, walling: end...(lines.count - 1))
            .map { cutAtLinkBox(parted($0, weights: weights), weights: weights, lines: lines) }
    }

    /// How much an earlier run must weigh, against the run chosen past a wall. (On the dev pages
    /// cut to their first three paragraphs, 0.7 found fewer of their articles and 0.25 more, but
    /// cut two whole pages short at a wall inside their text; whole pages, held out and fitted on
    /// one corpus only, gave the same at 0.4 as without the rule.)
    static let earlierShare = 0.4
    /// Where a page's last fifth starts (a share of its lines), and how much an earlier run must
    /// weigh against a run that opens there. (No article of the dev pages opens past 0.8 of its
    /// page, whatever corpora the model was fitted on; past 0.7 several do. On the pages cut to
    /// their first paragraph, 0.2 found more of the articles than 0.25 and 0.4, and the whole
    /// pages gave the same at each.)
    static let footerStart = 0.8
    static let footerShare = 0.2
    /// How many non-blank lines above a run its header may take.
    static let headerReach = 8

    /// Whether a byline or a date is among the three non-blank lines below `line`.
    static func isBylined(below line: Int, lines: [Line]) -> Bool {
        var seen = 0, index = line + 1
        while index < lines.count, seen < 3 {
            if !lines[index].isBlank {
                if lines[index].isBylineOrDate { return true }
                seen += 1
            }
            index += 1
        }
        return false
    }

    /// Whether a byline or a dateline is among the `headerReach` non-blank lines above `start`:
    /// a line of a few words (a list of dated links is no header).
    static func isHeaded(_ start: Int, lines: [Line]) -> Bool {
        var seen = 0
        var index = start - 1
        while index >= 0, seen < headerReach {
            if !lines[index].isBlank {
                if lines[index].isBylineOrDate, lines[index].wordCount <= 8 { return true }
                seen += 1
            }
            index -= 1
        }
        return false
    }

    /// A region that holds two blocks of text with a long stretch of furniture between them (an
    /// article, then a sign-up form's small print) keeps only the heavier block: the densest run
    /// joins two blocks whenever the second outweighs what lies between them. (A wall between
    /// them was outweighed already: a heading like "Sources" inside a long article.)
    static func parted(_ region: ClosedRange<Int>, weights: [Double]) -> ClosedRange<Int> {
        // The most negative stretch inside the region: a minimum-sum run.
        var worst = 0.0, sum = 0.0, start = region.lowerBound
        var dip: ClosedRange<Int>?
        for index in region {
            if sum >= 0 { sum = weights[index]; start = index } else { sum += weights[index] }
            if sum < worst { worst = sum; dip = start...index }
        }
        guard let dip, worst < -partingDepth, worst > -wallWeight,
              dip.lowerBound > region.lowerBound, dip.upperBound < region.upperBound else { return region }
        let weight = { (range: ClosedRange<Int>) in range.reduce(0.0) { $0 + weights[$1] } }
        let before = region.lowerBound...(dip.lowerBound - 1), after = (dip.upperBound + 1)...region.upperBound
        return weight(after) > weight(before) ? after : before
    }

    /// How deep a stretch of furniture parts a region: a hundred menu entries, or a score of
    /// link lines and form labels.
    static let partingDepth = 100.0
    /// The weight of a line that ends articles, or belongs to a teaser.
    static let wallWeight = 1000.0

    /// A box of related stories near the end is not the article's last part, however prose-like
    /// its excerpts are: cut at its heading when little text follows it, or when what follows
    /// is other stories' headlines, each over its summary.
    /// Cut again at the box above when one box follows another ("Related" and two links, then
    /// "Most read"): two lines under its heading at least ("Trending" over a paragraph of the
    /// article's own is no box).
    static func cutAtLinkBox(_ region: ClosedRange<Int>, weights: [Double], lines: [Line]) -> ClosedRange<Int> {
        let text = { (range: ClosedRange<Int>) in range.reduce(0.0) { $0 + max(0, weights[$1]) } }
        var region = region, cuts = 0
        while let box = region.last(where: { isLinkBoxHeading(lines[$0]) }), box > region.lowerBound, !holdsOneLink(box, in: region, lines: lines),
              text(box...region.upperBound) < text(region.lowerBound...box) * 0.25 || headsTeasers(box, in: region, lines: lines),
              cuts == 0 || lines[(box + 1)..<(region.upperBound + 1)].count(where: { !$0.isBlank }) >= 2 {
            region = region.lowerBound...(box - 1)
            cuts += 1
        }
        // A box of teasers higher up, with the region running on under it over other boxes,
        // comments and the footer ("À lire aussi" and three teasers, then "Les plus lus"):
        // the lowest box settled nothing about it.
        if let box = region.first(where: { $0 > region.lowerBound && isLinkBoxHeading(lines[$0]) && closesWithTeasers($0, in: region, lines: lines) }) {
            region = region.lowerBound...(box - 1)
        }
        return region
    }

    /// Whether the box heading at `box` stands over `boxTeasers` teasers or more and nothing of
    /// the story under them: each a long headline (`isLongHeadline`) over its summary, maybe
    /// with a label or a byline under it, and under the last of them another box's heading,
    /// the article's end, a call to action or the region's end.
    static func closesWithTeasers(_ box: Int, in region: ClosedRange<Int>, lines: [Line]) -> Bool {
        guard box < region.upperBound else { return false }
        let below = ((box + 1)...region.upperBound).filter { isBoxItem(lines[$0]) }
        var index = 0, teasers = 0
        while index + 1 < below.count, isTeaserHeadline(lines[below[index]]), isLongHeadline(lines[below[index]]), lines[below[index + 1]].isParagraph {
            teasers += 1
            index += 2
            while index < below.count, isTeaserLabel(lines[below[index]]), !isLinkBoxHeading(lines[below[index]]) { index += 1 }
        }
        guard teasers >= boxTeasers else { return false }
        guard index < below.count else { return true }
        let next = lines[below[index]]
        return isLinkBoxHeading(next) || next.endsArticle || next.isCallToAction || next.isPromotion
    }

    /// Whether a teaser's headline is as long as another story's: `teaserHeadlineWords` words,
    /// or `teaserHeadlineColumns` as a terminal shows it (a Turkish headline has five words, a
    /// long one). A section's subheading is shorter ("Which streets are included", "Maximale
    /// huur van 1.123 euro"), and a listicle's item is numbered ("3. Die richtigen Schuhe
    /// tragen"). Under a box's heading, teasers with such headlines over their summaries are
    /// other stories; with shorter ones, they may be the article going on in sections of a
    /// paragraph each. (Chinese and Japanese headlines are short whatever they say, "嵐山で
    /// 交通規制": their length tells nothing, and any is taken.)
    static func isLongHeadline(_ line: Line) -> Bool {
        let isNumbered = line.text.withUTF8Bytes { bytes in
            let figures = bytes.prefix { $0 &- 0x30 < 10 }.count
            return figures > 0 && figures + 1 < bytes.count && (bytes[figures] == 0x2E || bytes[figures] == 0x29) && bytes[figures + 1] == 0x20
        }
        guard !isNumbered else { return false }
        if let first = line.text.utf8.first, first >= 0xE3, first <= 0xE9 { return true }
        return line.wordCount >= teaserHeadlineWords
            || line.text.utf8.count >= teaserHeadlineColumns && DisplayWidth.of(line.text) >= teaserHeadlineColumns
    }

    static let teaserHeadlineWords = 6
    static let teaserHeadlineColumns = 30

    /// Whether the box heading at `box` stands over a single link with the text going on under
    /// it, to the region's end ("Related", "Nvidia's next GPU is sold out", then the article's
    /// last paragraph): a link set inside the article, not a box that ends it.
    /// A link may share its heading's line ("Lesen Sie auch: Kreißsaal wird erweitert").
    static func holdsOneLink(_ box: Int, in region: ClosedRange<Int>, lines: [Line]) -> Bool {
        guard box < region.upperBound, isReadAlsoHeading(lines[box]) else { return false }
        let below = ((box + 1)...region.upperBound).filter { !lines[$0].isBlank }
        guard let first = below.first, standsApart(region.upperBound, in: lines) else { return false }
        if holdsItsLink(lines[box]), textGoesOn(below[...], under: box, in: region, lines: lines) { return true }
        return below.count >= 2 && isBoxLink(lines[first]) && textGoesOn(below.dropFirst(), under: first, in: region, lines: lines)
    }

    /// Whether the lines of `story`, under a link at `link`, are the article's text going on:
    /// paragraphs, maybe under sections' subheadings or an interview's questions ("Wanneer is
    /// het klaar?" under the link). Not when another headline over its summary follows them:
    /// the region ended on a box's first teaser.
    static func textGoesOn(_ story: ArraySlice<Int>, under link: Int, in region: ClosedRange<Int>, lines: [Line]) -> Bool {
        if story.count == 1, teaserFollows(region.upperBound, lines: lines) { return false }
        return story.indices.allSatisfy { position in
            let line = lines[story[position]]
            if line.isParagraph && line.endsSentence { return true }
            return position + 1 < story.endIndex && opensSection(story[position], in: lines, under: link)
        }
    }

    /// A box heading that points at related reading set inside a story ("Related", "Read also",
    /// "Читайте также", "関連記事"), not at what to read next ("Read next", "More from News"):
    /// under those, a teaser's summary follows its headline.
    static func isReadAlsoHeading(_ line: Line) -> Bool {
        readAlsoKeys.contains(line.shortKey) || PageParser.isInlineLink(line)
    }

    static let readAlsoKeys: Set<String> = [
        "related", "relatedarticles", "relatedstories", "relatedcontent", "readalso", "alsoread", "seealso",
        // "Read also" as the languages of the stop-word lists head a link set inside a story.
        "leesook", "bekijkook", "lireaussi", "àlireaussi", "leggianche", "lesensieauch", "läsockså", "lesogså", "læsogså", "luemyös",
        "leiatambém", "vejatambém", "leetambién", "leatambién", "terecomendamos", "tepuedeinteresar", "czytajtakże", "čtětetaké",
        "citeșteși", "bacajuga", "xemthêm", "pročitajtejoš", "preberitetudi", "lasietarī", "taippatskaitykite",
    ]

    /// Whether a blank line, the page's end or furniture that says what it is follows the line
    /// at `index`, or a label of a word or two ("Deel artikel:", "Compartir"): under a box of
    /// teasers, the first summary has the next teaser's headline right under it.
    static func standsApart(_ index: Int, in lines: [Line]) -> Bool {
        guard index + 1 < lines.count, !lines[index + 1].isBlank else { return true }
        let after = lines[index + 1]
        return after.endsArticle || after.isCallToAction || isLinkBoxHeading(after) || after.wordCount <= labelWords && !after.endsSentence
    }

    /// The most words of a label under a story's last paragraph.
    static let labelWords = 2

    /// Whether the box heading at `box` stands over `boxTeasers` teasers or more, one under
    /// another: a headline (a few words, no sentence) over its summary (a paragraph) ("More from
    /// the Post", "Lifeboat crew called out twice", "Volunteers were…"). A most-read box's rank
    /// ("1", "2", each alone on its line) is passed over. Teasers to the region's end make the
    /// box; so do the first `boxTeasers`, past its tabs, labels and dates (`isTeaserLabel`),
    /// whatever follows them (a short article's region runs on over every box below it), unless
    /// the story goes on under them (`storyGoesOn`: the box was set inside it, or its heading
    /// and "teasers" were a section of the story: "Most watched", then the charts' shows), or,
    /// under a heading of related reading ("Related", "Læs også"), one paragraph closes the region.
    static func headsTeasers(_ box: Int, in region: ClosedRange<Int>, lines: [Line]) -> Bool {
        guard box < region.upperBound else { return false }
        var below = ((box + 1)...region.upperBound).filter { isBoxItem(lines[$0]) }
        // A region that ends inside the box (on a summary the model took for text) is read on
        // past its end for the box's first teasers.
        if below.count < 2 * boxTeasers {
            below += ((region.upperBound + 1)..<lines.count).lazy.filter { isBoxItem(lines[$0]) }.prefix(2 * boxTeasers - below.count)
        }
        if below.count >= 2 * boxTeasers, areTeasers(below, lines: lines, longHeadlines: true) { return true }
        let first = Array(below.indices.lazy.filter { !isTeaserLabel(lines[below[$0]]) && !isKicker(at: $0, of: below, in: lines) }
            .map { below[$0] }.prefix(2 * boxTeasers))
        guard first.count == 2 * boxTeasers, areTeasers(first, lines: lines, longHeadlines: true), let last = first.last,
              !storyGoesOn(after: last, in: region, lines: lines) else { return false }
        let next = below.filter { $0 > last }
        return !(isReadAlsoHeading(lines[box]) && next.count == 1 && lines[next[0]].isParagraph)
    }

    /// Whether the story goes on under a box's first teasers (the last of their lines `last`):
    /// `untitledParagraphs` paragraphs under the box that are no teaser's summary (under neither
    /// a headline nor a label), or, past the box's further teasers, labels and dates, two
    /// paragraphs one under the other (past an ad's label) among the next `resumeReach` lines.
    /// (A comment thread's paragraphs have names and "Reply" over them.)
    static func storyGoesOn(after last: Int, in region: ClosedRange<Int>, lines: [Line]) -> Bool {
        guard last < region.upperBound else { return false }
        let items = ((last + 1)...region.upperBound).filter { isBoxItem(lines[$0]) }
        // Paragraphs no teaser's headline or label stands over, to the region's end: under text,
        // a question, a list's last item (an interview, a recipe's steps, a list of pros and cons).
        var untitled = 0
        for (previous, index) in zip([last] + items, items) where lines[index].isParagraph {
            if !isTeaserHeadline(lines[previous]) && !isTeaserLabel(lines[previous]) { untitled += 1 }
        }
        if untitled >= untitledParagraphs { return true }
        var index = 0
        while index < items.count {
            if isTeaserLabel(lines[items[index]]) {
                index += 1
            } else if index + 1 < items.count, areTeasers([items[index], items[index + 1]], lines: lines) {
                index += 2
            } else {
                break
            }
        }
        let window = items[index...].filter { !Phrases.isAdLabel(lines[$0]) }.prefix(resumeReach)
        return zip(window, window.dropFirst()).contains { lines[$0].isParagraph && lines[$1].isParagraph }
    }

    /// How many lines under a box the story may take to go on; how many paragraphs under it
    /// that no headline stands over say it goes on.
    static let resumeReach = 4
    static let untitledParagraphs = 2

    /// Whether the next two lines under the line at `index` are a teaser, a headline over its
    /// summary: a paragraph under a box's link with that under it is the box's first teaser's.
    static func teaserFollows(_ index: Int, lines: [Line]) -> Bool {
        let next = nonBlank(after: index, count: 2, in: lines)
        return next.count == 2 && areTeasers(next, lines: lines)
    }

    /// The indices of the first `count` lines under the line at `index` that are not blank (fewer at the page's end).
    static func nonBlank(after index: Int, count: Int, in lines: [Line]) -> [Int] {
        Array(lines[(index + 1)...].indices.lazy.filter { !lines[$0].isBlank }.prefix(count))
    }

    /// A line of a box's teasers: not blank, nor a most-read box's rank alone on its line (`isRank`).
    static func isBoxItem(_ line: Line) -> Bool {
        !line.isBlank && !isRank(line)
    }

    /// Whether `items` (an even count of line indices) are headlines, each over its summary.
    /// - Parameter longHeadlines: each headline as long as another story's (`isLongHeadline`).
    /// (A question may head a teaser among headlines that ask none: questions each over its
    /// answer are an interview's or an FAQ's.)
    static func areTeasers(_ items: [Int], lines: [Line], longHeadlines: Bool = false) -> Bool {
        guard items.count % 2 == 0 else { return false }
        let pairs = stride(from: 0, to: items.count, by: 2)
        return pairs.allSatisfy { pair in
            isTeaserHeadline(lines[items[pair]], asking: longHeadlines) && (!longHeadlines || isLongHeadline(lines[items[pair]])) && lines[items[pair + 1]].isParagraph
        } && pairs.contains { lines[items[$0]].text.utf8.last != 0x3F }
    }

    /// A teaser's headline: a few words, no sentence; or a question, when `asking` ("What are my
    /// rights if my train is cancelled?" over its summary is another story's explainer, though
    /// an interview's question over its answer tells nothing of a box).
    static func isTeaserHeadline(_ line: Line, asking: Bool = false) -> Bool {
        line.wordCount >= 3 && line.wordCount <= 20 && (asking && line.text.utf8.last == 0x3F || !line.endsSentence && !line.isParagraph)
    }

    /// The fewest teasers that make a box of other stories' headlines and summaries.
    static let boxTeasers = 2

    /// A line a box of teasers has beside their headlines and summaries: a tab or a label of
    /// `teaserLabelWords` at most ("World", "Live"), a teaser's date ("April 8, 2024", "7 days
    /// ago"; a headline with its date on one line is no label).
    static func isTeaserLabel(_ line: Line) -> Bool {
        line.wordCount <= teaserLabelWords || line.wordCount <= teaserDateWords && (line.isBylineOrDate || NotAHeadline.isTimestamp(line))
    }

    static let teaserLabelWords = 2

    /// Whether the box's item at `rank` of `items` is a teaser's kicker: a few words, no
    /// sentence, over a teaser's headline and its summary ("Waldbrand am Brocken" over "Warum
    /// die Feuer im Harz so schwer zu löschen sind" and its summary).
    static func isKicker(at rank: Int, of items: [Int], in lines: [Line]) -> Bool {
        let line = lines[items[rank]]
        guard line.wordCount <= kickerWords, !line.endsSentence, rank + 2 < items.count else { return false }
        return isTeaserHeadline(lines[items[rank + 1]], asking: true) && lines[items[rank + 2]].isParagraph
    }

    static let kickerWords = 4
    static let teaserDateWords = 5

    /// A figure of one or two digits alone on its line: a teaser's rank in a most-read box.
    static func isRank(_ line: Line) -> Bool {
        line.digits >= 1 && line.digits <= 2 && line.digits == line.text.utf8.count
    }

    /// A heading over a box of links to other stories. (Share buttons open none: the article
    /// may go on below them.)
    static func isLinkBoxHeading(_ line: Line) -> Bool {
        line.opensLinkBox && !line.shortKey.hasPrefix("share")
    }

    /// The hand-written rules' weight of a line, prose for and furniture against (blank lines
    /// neutral): one of the line model's features. (Inlined: asked of every line for its row,
    /// and each call was handed a copy of the line.)
    @inline(__always)
    static func weight(_ line: Line) -> Double {
        if line.isBlank { return 0 }
        if line.isExpandControl { return -30 }
        if line.isCallToAction { return -10 }
        if line.opensLinkBox { return -25 }
        if line.credit != nil || line.isCaption { return -2 }
        if line.endsTruncated { return -3 }
        if line.isParagraph { return Double(line.wordCount) }
        if line.repeats > 1 { return -8 }
        if line.isTableRow { return Double(line.wordCount) * 0.5 }
        if line.endsSentence, line.wordCount >= 5 { return Double(line.wordCount) * 0.5 }
        // Navigation is one to three words; list items and subheadings are longer.
        return line.wordCount <= 3 ? -4 : -1
    }

    /// Lines in the region that sit beside the text rather than in it: a summary box at the top
    /// ("Key points" and a few lines, up to a blank line), the caption and credit of the picture
    /// atop it (`HeroCaption`), and a caption right under a picture's furniture and above its credit.
    static func asides(in region: ClosedRange<Int>, lines: [Line]) -> Set<Int> {
        var aside = Set(HeroCaption.lines(opening: region, in: lines) ?? [])
        if let strip = RecipeCard.strip(in: region, lines: lines) { aside.formUnion(strip) }
        // A summary heading opens the article (just above its first paragraph or among its first
        // lines); further down, "Highlights" or "Summary" is an ordinary subheading. (Three
        // numbers: an array, not a Set hashing every line's number to look it up.)
        let opening = Array(region.lazy.filter { !lines[$0].isBlank }.prefix(3))
        var summaryLeft = 0
        // "Summary" over a long paragraph heads the article's own first section (a notice's
        // opening); "Key points" heads a box whatever its first point's length.
        let headsBox = { (heading: Int) in
            heading + 1 < lines.count && (lines[heading + 1].wordCount < summaryParagraphWords || lines[heading].shortKey != "summary")
        }
        if let above = lines[..<region.lowerBound].last(where: { !$0.isBlank }), above.number == region.lowerBound - 1,
           Phrases.summaryHeadings.contains(above.shortKey), headsBox(above.number) { summaryLeft = summaryLength }
        // (Each line read where it lies, `lines[index]`: a copy of it retained its text.)
        for index in region {
            if lines[index].isBlank { summaryLeft = 0; continue }
            if summaryLeft > 0 { aside.insert(index); summaryLeft -= 1 }
            if let unit = adUnit(under: index, in: lines) { aside.formUnion(unit) }
            if opening.contains(index), Phrases.summaryHeadings.contains(lines[index].shortKey), headsBox(index) { summaryLeft = summaryLength }
            let underCounter = index > 0 && isPhotoCounter(lines[index - 1])
            // "4" or "Shares" above, or the dateline or a slide's counter ("Photo 2 of 6"), and a
            // credit below: a caption. A paragraph has a blank line, prose or a heading above
            // it, whatever follows it.
            if index > 0, index + 1 < lines.count, lines[index].wordCount <= 50, lines[index + 1].isCaption, lines[index + 1].wordCount <= 8,
               !lines[index - 1].isBlank, !lines[index - 1].isParagraph,
               lines[index - 1].wordCount <= 2 || lines[index - 1].isBylineOrDate || underCounter {
                aside.insert(index)
            }
            // Between a slide's counter and its credit, a caption of any length ("ภาพที่ 1 จาก 8",
            // the caption, "ภาพ: …").
            if underCounter, index + 1 < lines.count, lines[index].wordCount <= 50, lines[index + 1].credit != nil { aside.insert(index) }
            // A short line right under a slide's counter, the slide's text apart below it: the
            // photo's caption ("4 / 5", "Улов омуля.", then the text).
            // (With its credit under it, a few words and no sentence: "Alice Fenwick/Midwest Public Radio".)
            if underCounter, lines[index].wordCount <= slideCaptionWords {
                let next = index + 1
                if next == lines.count || lines[next].isBlank || lines[next].isCaption {
                    aside.insert(index)
                } else if lines[next].wordCount <= CaptionCredit.creditWords, !lines[next].endsSentence,
                          next + 1 == lines.count || lines[next + 1].isBlank {
                    aside.formUnion([index, next])
                }
            }
        }
        return aside
    }

    /// Whether the line counts a gallery's photos: "4 / 5", "Photo 2 of 6", not "Step 1 of 4" or
    /// "Part 2 of 3" over the article's own text.
    static func isPhotoCounter(_ line: Line) -> Bool {
        guard SlideCounter.matches(line) else { return false }
        let first = line.lower.prefix { $0 != " " }
        return first.first?.isNumber == true || photoWords.contains(String(first))
    }

    static let photoWords: Set<String> = [
        "photo", "image", "slide", "picture", "foto", "fotó", "bild", "imagen", "immagine", "imagem", "zdjęcie", "kuva", "bilde",
        "фото", "слайд", "φωτογραφία", "写真", "图片", "圖片", "사진", "resim", "gambar", "ảnh", "ภาพ", "ภาพที่",
    ]

    /// The most words of a caption under a slide's counter (a longer one can be the story's text).
    static let slideCaptionWords = 15

    /// The lines of an ad unit set inside the article under its label ("Sponsored", "Anzeige"):
    /// a few lines run together, a headline and its pitch (a sentence or two), closed by a button of a
    /// word or three ("Book now"), the article going on under a blank line. Nil when the label
    /// heads no such unit (a subheading between two labels: "Advertisement", "Part two", "Advertisement").
    static func adUnit(under label: Int, in lines: [Line]) -> ClosedRange<Int>? {
        guard lines[label].wordCount <= 2, Phrases.isAdLabel(lines[label]) else { return nil }
        var end = label
        while end + 1 < lines.count, !lines[end + 1].isBlank, end - label < adUnitLines { end += 1 }
        guard end - label >= 3 else { return nil }
        let headline = lines[label + 1]
        guard end + 1 == lines.count || lines[end + 1].isBlank,
              headline.wordCount >= 2, headline.wordCount <= adHeadlineWords, !headline.endsSentence,
              lines[end].wordCount <= adButtonWords, !lines[end].endsSentence, !Phrases.isAdLabel(lines[end]),
              lines[(label + 2)..<end].allSatisfy({ $0.endsSentence && $0.wordCount >= adPitchWords }) else { return nil }
        return (label + 1)...end
    }

    /// The most lines of an ad unit under its label, the most words of its button and of its
    /// headline, and the fewest of each sentence of its pitch.
    static let adUnitLines = 6
    static let adButtonWords = 3
    static let adHeadlineWords = 12
    static let adPitchWords = 8

    /// At most this many lines make a summary box, and its first has fewer words than this.
    static let summaryLength = 6
    static let summaryParagraphWords = 30

    /// The log-odds from which a line inside the region counts as text on its own. Below the
    /// model's even odds: the model reads each line against the whole page, and inside the
    /// article's run text is far likelier than that (held out, body F1 rose on `real/` and
    /// `readability/` and held on `newspaper/`; fitted on one corpus, it rose or held on each other).
    static let regionSure = -1.0

    /// How far (in lines) article text on both sides pulls a doubtful line into the body, and
    /// how doubtful it may be (log-odds): a step list, a code sample or a short subheading
    /// between paragraphs is the article's, the same lines in a sidebar are not.
    static let gapReach = 10
    static let gapDoubt = -3.0
    /// How doubtful a paragraph past the region's end may be and still close a copied note
    /// (`ArticleOpening.closingProse`): it has text on one side only.
    static let closingDoubt = -2.0

    /// The article's lines among the region's `candidates` (indices, in order): those the model
    /// reads as text, and the doubtful ones with text on both sides within `gapReach`.
    static func bodyLines(_ candidates: [Int], logits: [Double]) -> [Int] {
        let sure = candidates.map { logits[$0] > regionSure }
        var lastSure = -1
        var nextSure = [Int](repeating: Int.max, count: candidates.count)
        var upcoming = Int.max
        for rank in candidates.indices.reversed() {
            nextSure[rank] = upcoming
            if sure[rank] { upcoming = rank }
        }
        var body: [Int] = []
        for (rank, index) in candidates.enumerated() {
            if sure[rank] {
                body.append(index)
                lastSure = rank
            } else if logits[index] > gapDoubt, lastSure >= 0, rank - lastSure <= gapReach, nextSure[rank] - rank <= gapReach {
                body.append(index)
            }
        }
        return body
    }

    /// Lines the line model may rate as text but that are never body: controls, calls to action,
    /// credits and captions (`isControlOrCredit`), cut-off excerpts of other stories, a
    /// slideshow's counter. Nor is a short line without a letter ("4" shares, "|", "•"), unless
    /// it is a row of figures ("2021⇥9") or code ("}"); nor a clock time alone (`isClockTimeAlone`);
    /// nor a share button's label alone (`Phrases.isShareButton`).
    static func isNeverBody(_ line: Line) -> Bool {
        isControlOrCredit(line) || line.endsTruncated || (line.wordCount <= 2 && !line.text.hasAlphabeticScalar && !Listings.holdsCodeOrCells(line))
            || SlideCounter.matches(line) || (line.wordCount == 1 && isAddress(line.text))
            || isClockTimeAlone(line) || Phrases.isShareButton(line)
    }

    /// A clock time (`ClockTime`) or a CJK date alone on its line, a live blog's "13:58 Uhr" or
    /// "14.31 GMT" or a notice's "2026年11月20日": never the text. (A month and year between
    /// paragraphs, "June 2021", is a timeline's subheading; a row of figures, "2021⇥9", a table's.)
    static func isClockTimeAlone(_ line: Line) -> Bool {
        guard line.wordCount <= timestampWords, line.digits >= 3, !line.hasTab else { return false }
        let marked = line.lower.withUTF8Bytes { bytes in
            ClockTime.holds(bytes) || bytes.indices.contains { index in
                bytes[index] == 0xE6 && index + 2 < bytes.count && bytes[index + 1] == 0x97 && bytes[index + 2] == 0xA5  // 日
            }
        }
        return marked && NotAHeadline.isTimestamp(line)
    }

    /// The most words of a time alone on its line.
    static let timestampWords = 3

    /// An @handle or an e-mail address alone on its line: the author's contact in a byline box.
    static func isAddress(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard bytes.count >= 3, let at = bytes.firstIndex(of: 0x40) else { return false }  // @
            if at == 0 { return bytes.dropFirst().allSatisfy { $0 == 0x5F || ($0 | 0x20) &- 0x61 < 26 || $0 &- 0x30 < 10 } }
            return bytes[(at + 1)...].contains(0x2E) && !bytes.contains(0x20)
        }
    }


    /// The boxes of links inside the region: each heading that opens one ("Related",
    /// "Recommended") and the lines under it, its links, up to the first that is no link: a
    /// paragraph, or a line longer than a headline. Between paragraphs they read as a
    /// subheading and a short list, which the body keeps.
    static func linkBoxes(in region: ClosedRange<Int>, lines: [Line]) -> [Int] {
        var boxes: [Int] = []
        var inBox = false, linked = false
        /// How many links the box has had line after line, none apart (-1: one came apart).
        var runningLinks = 0
        /// The box's last link.
        var lastLink = region.lowerBound
        // (Each line read where it lies, `lines[index]`: a copy of it retained its text.)
        for index in region where !lines[index].isBlank {
            let apart = index > 0 && lines[index - 1].isBlank
            if isLinkBoxHeading(lines[index]) {
                inBox = true
                linked = false
                runningLinks = 0
            } else if !isBoxLink(lines[index]) || (linked && (closesBox(index, in: lines) || apart && runningLinks >= denseLinks && standsAlone(index, in: lines)
                                                               || opensSection(index, in: lines, under: lastLink))) {
                // (A box whose links ran line after line, a list's items, ends at the first
                // line set apart from them and from the next: "Leia também", two links, then
                // the article's subheading "O que muda" and its list. More links in a run of
                // their own are the box's.)
                inBox = false
            } else if linked {
                runningLinks = apart || runningLinks < 0 ? -1 : runningLinks + 1
            } else {
                runningLinks = 1
            }
            if inBox { boxes.append(index) }
            linked = inBox && (!isLinkBoxHeading(lines[index]) || holdsItsLink(lines[index]))
            if linked { lastLink = index }
        }
        return boxes
    }

    /// Whether a box's heading holds its link after a colon, on one line ("Lesen Sie auch:
    /// Kreißsaal wird erweitert"): what follows it is under a link.
    static func holdsItsLink(_ heading: Line) -> Bool {
        guard let colon = heading.text.utf8.firstIndex(of: 0x3A), !heading.text.endsInOneColon else { return false }
        return heading.text.utf8[colon...].dropFirst().first == 0x20 && PageParser.isInlineLink(heading)
    }

    /// Whether the short line at `index`, under a box's link, is the article's subheading: shorter
    /// than that link's headline, no sentence nor date, and a paragraph under it ("Lire aussi", a
    /// link, then "L'effet Notre-Dame" and its section). Set apart from the link, or with its
    /// paragraph right under it as a page without blank lines has it: a second link right under
    /// the first, with a blank line after it, is the box's ("Related", two links, a blank line).
    /// An interview's question may be longer than the link, and ends in its question mark.
    static func opensSection(_ index: Int, in lines: [Line], under link: Int) -> Bool {
        let line = lines[index]
        let isQuestion = line.text.endsInQuestionMark && asksQuestions(above: link, in: lines)
        guard isQuestion ? line.wordCount <= questionWords : line.wordCount <= subheadingWords && line.wordCount < lines[link].wordCount,
              !line.endsSentence || isQuestion, !line.opensLinkBox, !line.isBylineOrDate, index > 0, index + 1 < lines.count else { return false }
        if !lines[index - 1].isBlank { return lines[index + 1].isParagraph }
        return lines[(index + 1)...].first(where: { !$0.isBlank })?.isParagraph == true
    }

    /// Whether the text above the box at `link` is an interview's: within `questionReach` lines
    /// up, a question of `questionWords` at most over a paragraph, its answer. (Elsewhere a
    /// question under a box's link is the box's next headline: "Is coffee good for you?")
    static func asksQuestions(above link: Int, in lines: [Line]) -> Bool {
        let top = max(0, link - questionReach)
        return (top..<link).contains { index in
            lines[index].wordCount <= questionWords && lines[index].text.endsInQuestionMark
                && lines[(index + 1)..<link].first { !$0.isBlank }?.isParagraph == true
        }
    }

    static let questionReach = 30

    /// The most words of a subheading under a box's link, and of an interview's question
    /// (which may be longer than the link: "Frage: Was war Ihr schönster Moment bisher?").
    static let subheadingWords = 6
    static let questionWords = 10

    /// Whether the line at `index` has a blank line (or the page's end) right under it.
    static func standsAlone(_ index: Int, in lines: [Line]) -> Bool {
        index + 1 >= lines.count || lines[index + 1].isBlank
    }

    /// How many links running line after line make a box a list, which a blank line ends.
    static let denseLinks = 2

    /// Whether the short line at `index`, under a box's link, is the article's again: a sentence
    /// closed by a full stop, set apart by a blank line ("Čtěte také", a link, then "Zaměstnanci
    /// nemocnice budou mít … karty."). A link's headline ends in no full stop.
    static func closesBox(_ index: Int, in lines: [Line]) -> Bool {
        guard index > 0, lines[index - 1].isBlank, PageParser.isPlainSentence(lines[index]) else { return false }
        // Not a teaser's summary, with the next link under it.
        if let next = lines[(index + 1)...].first(where: { !$0.isBlank }), isBoxLink(next), !next.endsSentence, !next.isCallToAction,
           !next.endsArticle, !next.opensLinkBox { return false }
        return lines[index].text.withUTF8Bytes { bytes in
            guard let last = bytes.last else { return false }
            if last == 0x2E { return !(bytes.count >= 3 && bytes[bytes.count - 2] == 0x2E) }  // not "…" as three stops
            return bytes.count >= 3 && bytes[bytes.count - 3] == 0xE3 && bytes[bytes.count - 2] == 0x80 && last == 0x82  // 。
        }
    }

    /// A link in a box is a headline: at most this many words.
    static let linkWords = 20

    /// A line that can be a link in a box: no paragraph, a headline's length.
    static func isBoxLink(_ line: Line) -> Bool {
        !line.isParagraph && line.wordCount <= linkWords
    }

    /// A control, a call to action, a picture's credit or caption: furniture whatever its ending
    /// (a line that trails off is otherwise body between lines of text: `ArticleOpening.trailingOff`).
    static func isControlOrCredit(_ line: Line) -> Bool {
        line.isExpandControl || line.isCallToAction || line.credit != nil || line.isCaption
    }

    /// Whether the hand-written rules keep a line inside an article: one of the line model's
    /// features. (Inlined, as `weight` is.)
    @inline(__always)
    static func isBody(_ line: Line) -> Bool {
        if line.isBlank || isControlOrCredit(line) || line.endsTruncated { return false }
        // A line said twice is a caption or a pull quote, not running text.
        if line.repeats > 1 { return false }
        if line.isParagraph || line.isTableRow { return true }
        if line.isBylineOrDate { return false }
        // Short sentences and subheadings between paragraphs.
        return (line.endsSentence && line.wordCount >= 3) || (line.wordCount >= 3 && line.upperCaseShare < 0.6)
    }
}
