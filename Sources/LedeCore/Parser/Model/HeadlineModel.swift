import Foundation

/// Chooses an article's headline among the lines above its body: a logistic score per candidate
/// over `HeadlineFeatures`, fitted by `scripts/train-line-model`, highest score wins.
enum HeadlineModel {
    /// How many non-blank lines above the body are candidates: share bars, captions and alt text
    /// often sit between a headline and its first paragraph.
    static let reach = 40

    static let weights: [Double] = LineModel.override("headline", names: HeadlineFeatures.names) ?? headlineWeights

    /// The index in `candidates` (nearest the body first) of the headline, or nil when none can be.
    /// - Parameter ruledOut: line numbers of candidates that cannot be it.
    static func choose(among candidates: [Line], body: [Line], logits: [Double], pageTop: Int?, ruledOut: Set<Int> = []) -> Int? {
        let ruledOut = ruledOut.union(FactBox.lines(in: candidates))
        // Scores without the body's words first: reading the body for them is the costly part,
        // and it can only add up to the overlap weight, so only candidates that close to the
        // leader need it (the pick is the same as scoring every candidate in full).
        var scores: [(index: Int, score: Double)] = []
        scores.reserveCapacity(candidates.count)  // (grown by doubling, it was copied over again and again)
        weights.withUnsafeBufferPointer { weights in
            for index in candidates.indices where isEligible(candidates[index], ruledOut: ruledOut) {
                var score = Score(weights: weights)
                HeadlineFeatures.write(index, of: candidates, overlap: 0, logits: logits, pageTop: pageTop, into: &score)
                scores.append((index, score.sum))
            }
        }
        guard let leader = scores.max(by: { $0.score < $1.score }) else { return nil }
        let overlapWeight = weights[overlapSlot]
        let contenders = scores.filter { $0.score + max(0, overlapWeight) >= leader.score - dekMargin }
        guard contenders.count > 1 else { return settled(leader.index, among: candidates, pageTop: pageTop) }
        let overlaps = BodyOverlap.shares(of: contenders.map { candidates[$0.index] }, body: body)
        var best = leader
        best.score = -.infinity
        for (contender, overlap) in zip(contenders, overlaps) where contender.score + overlapWeight * overlap > best.score {
            best = (contender.index, contender.score + overlapWeight * overlap)
        }
        // The line right above the pick, when the pick reads as its standfirst and it scores
        // nearly as well: a headline and its dek both look the part, and the dek's more words
        // weigh for it; the headline comes first. A shorter dek over the byline (a subheadline)
        // has the byline's weight besides: the title over it may trail further, when the body
        // shares some of its words (a trail, a sponsor's label or a related story's title
        // above a headline shares none). Not a pick with a dek of its own under it: the line
        // above is its kicker ("Hochwasser an der Mosel" over "Pegel sinkt langsam – …" over
        // its standfirst).
        if let top = summaryTop(over: best.index, in: candidates, ruledOut: ruledOut),
           BodyOverlap.shares(of: Array(candidates[(best.index + 1)...top]), body: body).allSatisfy({ $0 >= summaryOverlap }) {
            // The pick is a point of the summary under the headline ("Actress, 52, has played
            // barmaid Donna Pike since 2006", then three more): the headline tops them. The
            // headline and the points over the pick say what the body says (a ticker's teasers
            // over the headline, on the story's topic or not, say less of it).
            best = (top, scores.first { $0.index == top }?.score ?? best.score)
        } else if let above = zip(contenders, overlaps).first(where: { $0.0.index == best.index + 1 }),
           sharesWords(above.1, candidates[above.0.index]) && above.0.score + overlapWeight * above.1 >= best.score - dekMargin
               && readsAsDek(candidates[best.index], under: candidates[above.0.index]) && !hasOwnDek(best.index, in: candidates)
            || above.1 > 0 && above.0.score + overlapWeight * above.1 >= best.score - subheadlineMargin && readsAsSubheadline(best.index, in: candidates) {
            best = (above.0.index, above.0.score + overlapWeight * above.1)
        } else if readsAsLongDek(best.index, in: candidates),
                  let above = scores.first(where: { $0.index == best.index + 1 }),
                  let pick = scores.first(where: { $0.index == best.index }),
                  above.score >= pick.score - longDekMargin,
                  // (Read from the body only when the title was no contender.)
                  let overlap = zip(contenders, overlaps).first(where: { $0.0.index == above.index })?.1
                      ?? BodyOverlap.shares(of: [candidates[above.index]], body: body).first,
                  sharesWords(overlap, candidates[above.index]) {
            // The pick is a long standfirst in sentence case right under a title: its words
            // and the byline under it weigh for it, the headline comes first ("Police seek
            // witnesses after hit-and-run injures cyclist in Verdun" over "The 34-year-old
            // woman was taken to hospital with serious injuries"). (Both without the body's words.)
            best = (above.index, above.score + overlapWeight * overlap)
        } else if let (title, facts) = titleAbove(best.index, in: candidates),
                  let above = scores.first(where: { $0.index == title }),
                  let pick = scores.first(where: { $0.index == best.index }),
                  readsAsSentenceDek(candidates[best.index], under: candidates[above.index]),
                  above.score >= pick.score - (facts > 0 ? cardDekMargin : sentenceDekMargin) {
            // A pick that is a sentence, full stop and all, right under a short title: the
            // title's fewer words weigh against it ("Szarlotka z kruszonką" over its dek).
            best = (above.index, above.score)
        } else if !hasOwnDek(best.index, in: candidates), let title = kickedTitle(over: best.index, in: candidates),
                  let above = scores.first(where: { $0.index == title }), let pick = scores.first(where: { $0.index == best.index }) {
            // A title under its section's kicker, over the pick: the pick is its dek, unless a
            // dek of its own stands under it (a series' label over a recipe's title). (Trailing
            // it by `subheadlineMargin` at most, both without the body's words, or both with
            // them when the title is a contender.)
            // (Not a title sharing no word with the body: a column's name, "Letters to the
            // Editor", under its section's, "Letters".)
            let overlap = zip(contenders, overlaps).first { $0.0.index == title }?.1
            if overlap.map({ sharesWords($0, candidates[title]) }) ?? true, above.score >= pick.score - subheadlineMargin
                || overlap.map({ above.score + overlapWeight * $0 >= best.score - subheadlineMargin }) == true {
                best = (title, above.score + overlapWeight * (overlap ?? 0))
            }
        } else if best.index >= 2, kickedTitle(over: best.index - 2, in: candidates, kickerWords: pickedKickerWords) == best.index - 1,
                  let title = scores.first(where: { $0.index == best.index - 1 }), let pick = scores.first(where: { $0.index == best.index }),
                  title.score >= pick.score - subheadlineMargin {
            // The pick is the kicker over a title and the title's dek ("Hochwasser an der Mosel"
            // over "Pegel sinkt langsam – Winzer fürchten um die Ernte"): the title, whose dek's
            // weight made the kicker look its headline. (Both without the body's words.)
            best = (title.index, title.score)
        }
        if let title = titleUnderKicker(best.index, in: candidates, ruledOut: ruledOut),
           let under = scores.first(where: { $0.index == title }), let pick = scores.first(where: { $0.index == best.index }),
           under.score >= pick.score - subheadlineMargin {
            // The pick is the section's kicker in capitals right over the headline ("CARTAS AL
            // DIRECTOR" over "Mi banco ya no me conoce"): its few words are all in the body's,
            // which weighs for it. (Both without the body's words.)
            best = (title, under.score)
        }
        return settled(best.index, among: candidates, pageTop: pageTop)
    }

    /// The candidate right under candidate `index` when `index` reads as a kicker in capitals
    /// (`StoryHeader.isSection`, `pickedKickerWords` at most) and the one under it, a blank line
    /// down at most, as the headline: more words, not in capitals, no full stop closing it (a
    /// headline in capitals has a dek under it, a sentence), no byline or caption. Nil otherwise.
    static func titleUnderKicker(_ index: Int, in candidates: [Line], ruledOut: Set<Int>) -> Int? {
        guard index > 0 else { return nil }
        let kicker = candidates[index], title = candidates[index - 1]
        guard kicker.upperCaseShare >= kickerCapitals, kicker.wordCount <= pickedKickerWords, StoryHeader.isSection(kicker),
              title.number - kicker.number <= 2, title.wordCount > kicker.wordCount, title.upperCaseShare < kickerCapitals,
              !HeadlineFeatures.endsWithFullStop(title.text), !title.isBylineOrDate, !title.isCallToAction,
              isEligible(title, ruledOut: ruledOut) else { return nil }
        return index - 1
    }

    /// The pick, or the headline it holds: with a breadcrumb trail run into it cut off
    /// (`standalone`), or said alone on another line when the pick is the page's title with its
    /// site's name (`titledAlone`).
    static func settled(_ pick: Int, among candidates: [Line], pageTop: Int? = nil) -> Int {
        standalone(candidates[pick], among: candidates)
            ?? titledAlone(candidates[pick], among: candidates, atPageTop: candidates[pick].number == pageTop) ?? pick
    }

    /// A candidate that says one side of `chosen`'s separator alone, when `chosen` is a page's
    /// title, "Headline - Site" or "Site | Headline": the headline, as the article heads itself
    /// (in its own case: "Harga cabai melonjak, …" under "Harga Cabai Melonjak, … - Kabar Nusantara").
    /// At the page's top, the title may also part them by an en dash, or with no spaces as
    /// Chinese and Japanese sites do ("标题_网站名", "見出し｜サイト名"): lower, a headline's
    /// own en dash parts two of its clauses ("Pegel sinkt langsam – Winzer fürchten um die Ernte").
    static func titledAlone(_ chosen: Line, among candidates: [Line], atPageTop: Bool = false) -> Int? {
        let splits = titleSplits(of: chosen.text, separators: atPageTop ? HeadlineFeatures.separators + topTitleSeparators : HeadlineFeatures.separators)
        // Of each split, the side of more words: the other is the site's name (said alone at the
        // top of many pages, where it must not be taken for the headline).
        let keys = Set(splits.compactMap { split -> LineKey? in
            let sides = [split.before, split.after].compactMap { PageParser.split(String($0)).first }
            guard sides.count == 2 else { return nil }
            let longer = sides[0].wordCount >= sides[1].wordCount ? sides[0] : sides[1]
            return longer.wordCount >= titledAloneWords ? longer.key : nil
        })
        guard !keys.isEmpty else { return nil }
        return candidates.indices.first { candidates[$0].number != chosen.number && keys.contains(candidates[$0].key) }
    }

    /// What stands before and after the first and the last of each of `separators` in `text`.
    /// (Found in its bytes: the text is searched for a dozen separators.)
    static func titleSplits(of text: String, separators: [String]) -> [(before: Substring, after: Substring)] {
        let bytes = Array(text.utf8)
        var splits: [(before: Substring, after: Substring)] = []
        bytes.withUnsafeBufferPointer { bytes in
            for separator in separators {
                let needle = Array(separator.utf8)
                let places = needle.withUnsafeBufferPointer { needle in
                    [false, true].compactMap { PlainSearch.search(needle, in: bytes, caseInsensitive: false, backwards: $0) }
                }
                for place in Set(places) {
                    let start = text.utf8.index(text.utf8.startIndex, offsetBy: place.lowerBound)
                    splits.append((text[..<start], text[text.utf8.index(start, offsetBy: place.count)...]))
                }
            }
        }
        return splits
    }

    /// Separators of a site's name that only a page title at the page's top is read by.
    static let topTitleSeparators = [" – ", "_", "｜", "|", "-", "－"]

    /// The fewest words of a headline said apart from its site's name (a site's name is no headline).
    static let titledAloneWords = 3

    /// Whether a title over the pick, whose share of words the body uses is `overlap`, is
    /// about the body: a column's name ("Letters to the Editor"), a trail or a sponsor's label
    /// over a headline shares none. Only a title in Latin letters is asked: the overlap misses
    /// the words of others too often (Chinese and Japanese have no spaces, Korean words are
    /// short, Hebrew and Arabic join "the" and "in" to them: "במאי", "הבמאי").
    static func sharesWords(_ overlap: Double, _ title: Line) -> Bool {
        overlap > 0 || title.text.utf8.count { $0 < 0x80 } * 3 < title.text.utf8.count * 2
    }

    /// The headline over a summary's points when `pick` is one of them: the top of a stack of
    /// lines set one under another, no blank line between, each of a few words to a sentence's
    /// that ends in no full stop and is no byline, button or caption, three points under the
    /// headline at least ("Harbour Lane legend Kerry Vance QUITS the soap …" over "Actress, 52,
    /// has played barmaid Donna Pike since 2006", "She told castmates …", …). A headline and
    /// its dek are no such stack, nor is one that says a line twice (the headline as the
    /// picture's alt text and as the heading).
    static func summaryTop(over pick: Int, in candidates: [Line], ruledOut: Set<Int>) -> Int? {
        func isPoint(_ index: Int) -> Bool {
            let line = candidates[index]
            return line.wordCount >= summaryPointWords && line.wordCount <= 40 && !HeadlineFeatures.endsWithFullStop(line.text)
                && !line.isBylineOrDate && !line.isCallToAction && line.credit == nil && !line.isCaption
        }
        /// Whether candidate `index` sits right under the one after it (`index + 1` is above).
        func isUnderNext(_ index: Int) -> Bool {
            index + 1 < candidates.count && candidates[index + 1].number == candidates[index].number - 1
        }
        guard isPoint(pick) else { return nil }
        var top = pick, bottom = pick
        while isUnderNext(top), isPoint(top + 1) { top += 1 }
        while bottom > 0, isUnderNext(bottom - 1), isPoint(bottom - 1) { bottom -= 1 }
        guard top != pick, top - bottom >= summaryPoints, isEligible(candidates[top], ruledOut: ruledOut),
              Set(candidates[bottom...top].map(\.key)).count == top - bottom + 1 else { return nil }
        return top
    }

    /// The fewest words of a summary's point, and the fewest points under its headline.
    static let summaryPointWords = 5
    static let summaryPoints = 3
    /// The least share of its words each line over the pick shares with the body's opening.
    static let summaryOverlap = 0.3

    /// Whether `line` reads as the standfirst of `above`: longer (`StoryHeader.isDek`), under a
    /// title-shaped line that is not in capitals (that is a kicker, "GROWING YOUR BUSINESS", over
    /// the headline), at most a blank line below it.
    /// (An opinion's headline may be sentences, full stops and all: "I'm the last ER doctor in
    /// our county. Closing our hospital will cost lives.")
    static func readsAsDek(_ line: Line, under above: Line) -> Bool {
        (HeadlineFeatures.isTitleShaped(above) || isTitleOfSentences(above)) && above.upperCaseShare < kickerCapitals
            && StoryHeader.isDek(line, under: above) && line.number - above.number <= 2
    }

    /// A title that is short sentences: two at least, of four to `sentencesTitleWords` words in
    /// all, no byline, date or button (a paragraph's opening sentences run longer).
    static func isTitleOfSentences(_ line: Line) -> Bool {
        line.wordCount >= 4 && line.wordCount <= sentencesTitleWords && line.hasInnerSentenceBreak && HeadlineFeatures.endsWithFullStop(line.text)
            && !line.isBylineOrDate && !line.isCallToAction && !line.isExpandControl
    }

    static let sentencesTitleWords = 15

    /// Whether candidate `index` reads as the subheadline of the one right above it: under it
    /// with no blank line between, over the byline or date (`StoryHeader.isSubheadline`), however
    /// short; the one above a title of `subheadlineTitleWords` or more, not a kicker in capitals
    /// nor a page title with its site's name.
    static func readsAsSubheadline(_ index: Int, in candidates: [Line]) -> Bool {
        guard index + 1 < candidates.count else { return false }
        let line = candidates[index], above = candidates[index + 1]
        // (Not a headline with a dek of its own under it: the title above it is another story's
        // or a series' label. Unless, in a script the body's words cannot vouch for (see
        // `sharesWords`), the three shorten down the stack: a headline may stack two
        // subheadlines under it, as Korean papers do, where a kicker is shorter than its
        // headline, and a headline's dek, a sentence, longer.)
        if hasOwnDek(index, in: candidates), !isStackedHeadline(above, over: line, and: candidates[index - 1]) { return false }
        return line.number == above.number + 1 && above.wordCount >= subheadlineTitleWords
            && HeadlineFeatures.isTitleShaped(above)
            && above.upperCaseShare < kickerCapitals && !HeadlineFeatures.hasSeparator(above.text)
            && StoryHeader.isSubheadline(line, under: above, over: candidates[max(0, index - subheadlineReach)..<index])
    }

    /// Whether `title` tops a stack of two subheadlines, `first` and `second`, that shorten down
    /// from it, in a script beyond Latin letters.
    static func isStackedHeadline(_ title: Line, over first: Line, and second: Line) -> Bool {
        title.wordCount >= first.wordCount && second.wordCount <= first.wordCount && sharesWords(0, title)
    }

    /// Whether `line`, a sentence ending in a full stop, reads as the standfirst of `above`, a
    /// title of two words or more that ends in none, not in capitals. Not a line in title case:
    /// a headline of sentences under its kicker ("Our Libraries Are Open Fewer Hours Than in
    /// 1990. That Should Worry Everyone." under "Guest Essay").
    static func readsAsSentenceDek(_ line: Line, under above: Line) -> Bool {
        HeadlineFeatures.endsWithFullStop(line.text) && Double(line.capitalised) < Double(line.wordCount) * dekCapitals
            && above.wordCount >= 2 && above.wordCount <= 20
            && !HeadlineFeatures.endsWithFullStop(above.text) && !above.endsSentence && above.upperCaseShare < kickerCapitals
            && !above.isBylineOrDate && !above.isCallToAction && above.repeats <= 1
            && StoryHeader.isDek(line, under: above)
    }

    /// The candidate right above candidate `index` (candidates are nearest the body first), at
    /// most a blank line up, or over up to `factLines` facts between ("Prep: 10 min", "Serves:
    /// 4": a recipe's card between its title and its standfirst).
    static func titleAbove(_ index: Int, in candidates: [Line]) -> (title: Int, facts: Int)? {
        var above = index + 1, facts = 0
        while above < candidates.count, facts < factLines, candidates[above].number < candidates[above - 1].number,
              NotAHeadline.isFact(candidates[above]) {
            above += 1
            facts += 1
        }
        guard above < candidates.count, candidates[above].number < candidates[index].number,
              candidates[index].number - candidates[above].number <= 2 + facts else { return nil }
        return (above, facts)
    }

    /// The most facts between a title and its sentence dek.
    static let factLines = 4

    /// How much lower than a sentence dek right under it a title may score and still be chosen,
    /// both without the body's words. (QA's recipe titles trailed their deks by 1.6 to 1.9; the
    /// dev corpora's headlines were the same with the rule as without it.)
    static let sentenceDekMargin = 2.5
    /// The same over a recipe's or a product's card between the two, itself a header's evidence.
    /// (A QA recipe's three-word title trailed its standfirst by 2.6 over its card.)
    static let cardDekMargin = 4.0

    /// How much lower than its subheadline a title right above it may score and still be chosen,
    /// both with the body's words. (QA pages' headlines trailed their subheadlines by 0.1 to
    /// 1.5; 1.5 to 2.5 chose the same on all of them, and changed no headline of the dev corpora.)
    static let subheadlineMargin = 2.0
    /// The fewest words of a title over a subheadline: a kicker has fewer ("Biz & IT —",
    /// "Letters to the Editor").
    static let subheadlineTitleWords = 5
    /// How many lines under a subheadline may hold the byline or date: a name without "By" and
    /// the writer's role may come first ("Harriet Coombes", "Retail Correspondent", the date).
    static let subheadlineReach = 3

    /// The candidate right above candidate `index` when it reads as the headline between its
    /// section's kicker and `index`, its dek: the kicker a few words right above it ("SOPAS
    /// FRÍAS", "OPINION", "主菜"), the title right under it, and the pick right under the title,
    /// written as a sentence is (a headline in title case under a trail's last label is none),
    /// over the byline or date ("Gazpacho andaluz tradicional", then "La receta de mi abuela,
    /// sin pan duro…"). A dek over the byline has the byline's weight, which outweighs the
    /// title's short words; a kicker heads a headline, never a dek. Nil otherwise.
    static func kickedTitle(over index: Int, in candidates: [Line], kickerWords: Int = kickerWords) -> Int? {
        guard index + 2 < candidates.count else { return nil }
        let pick = candidates[index], title = candidates[index + 1], kicker = candidates[index + 2]
        guard pick.number == title.number + 1, title.number == kicker.number + 1, title.wordCount >= kickedTitleWords,
              title.wordCount < pick.wordCount, !title.endsSentence || HeadlineFeatures.endsWithFullStop(title.text),
              title.upperCaseShare < kickerCapitals, !HeadlineFeatures.hasSeparator(title.text), !title.endsTruncated,
              !PlainSearch.occurs(" / ", in: title.text),
              Double(pick.capitalised) < Double(pick.wordCount) * dekCapitals,
              kicker.wordCount <= kickerWords, kicker.wordCount < title.wordCount, StoryHeader.isSection(kicker), !title.isBylineOrDate, !title.isCallToAction, title.repeats <= 1,
              StoryHeader.isSubheadline(pick, under: title, over: candidates[max(0, index - subheadlineReach)..<index]) else { return nil }
        return index + 1
    }

    /// The fewest words of a title under a kicker, and the most of the kicker.
    static let kickedTitleWords = 3
    static let kickerWords = 3
    /// The most words of a kicker the model picked over the title under it: one that outscores
    /// the title is title-shaped, as a German Dachzeile is ("Hochwasser an der Mosel").
    static let pickedKickerWords = 5

    /// Whether candidate `index` has a subheadline of its own right under it, a sentence rather
    /// than names ("Payments start in April", not "Rachel Osei, Economics Reporter, and …"); none
    /// has when it is the candidate nearest the body.
    static func hasOwnDek(_ index: Int, in candidates: [Line]) -> Bool {
        guard index > 0 else { return false }
        let below = candidates[index - 1]
        return Double(below.capitalised) < Double(below.wordCount) * dekCapitals
            && StoryHeader.isSubheadline(below, under: candidates[index], over: candidates[max(0, index - 1 - subheadlineReach)..<(index - 1)])
    }

    /// A dek has fewer than this share of its words capitalised; a line of names has more.
    static let dekCapitals = 0.6

    /// A line with this share of its letters in capitals or more is a kicker's.
    static let kickerCapitals = 0.8

    /// How much lower than its dek a headline right above it may score and still be chosen.
    /// (Fitted and held out, 0.25 and 0.5 found the same headlines, a page more of `real/` and of
    /// `newspaper/` held out than none, and lost none of any corpus, whole or cut; 1 lost one of
    /// `newspaper/`, 1.5 three.)
    static let dekMargin = 0.5

    /// Whether candidate `index` reads as the long standfirst of the title right above it (a
    /// blank line apart at most): a sentence of `longDekWords` or more, in sentence case
    /// (`dekCapitals`), with no dek of its own under it, under a title-shaped line of
    /// `subheadlineTitleWords` or more (a kicker has fewer: "Woningnood in de Randstad" over a
    /// long headline) that is no kicker in capitals, trail, page title with its site's name, or
    /// teaser cut short. Not in Chinese or Japanese, whose word counts are guessed: a menu's few
    /// labels spaced apart ("ホーム　ニュース　スポーツ") pass for a title over a headline there.
    static func readsAsLongDek(_ index: Int, in candidates: [Line]) -> Bool {
        guard index + 1 < candidates.count else { return false }
        let pick = candidates[index], above = candidates[index + 1]
        return pick.number - above.number <= 2 && pick.wordCount >= longDekWords
            && Double(pick.capitalised) < Double(pick.wordCount) * dekCapitals
            && StoryHeader.isDek(pick, under: above) && !hasOwnDek(index, in: candidates)
            && HeadlineFeatures.isTitleShaped(above) && above.wordCount >= subheadlineTitleWords && above.upperCaseShare < kickerCapitals && above.repeats <= 1
            && !HeadlineFeatures.hasSeparator(above.text) && !PlainSearch.occurs(" / ", in: above.text) && !above.endsTruncated
            && !above.text.unicodeScalars.contains(where: LineBreakRules.isCJK)
    }

    /// The fewest words of a long standfirst, and how much lower than it the title right above
    /// it may score and still be chosen, both without the body's words.
    static let longDekWords = 8
    static let longDekMargin = 3.0

    /// A candidate's score, its features weighed in slot order as they come (the row's dot
    /// product, to the bit: a flag adds its weight or nothing, as `LineModel`'s sum does),
    /// without a row written and read back.
    private struct Score: LineFeatureSink {
        let weights: UnsafeBufferPointer<Double>
        var sum = 0.0

        mutating func set(_ slot: Int, _ value: Double) { sum += value * weights[slot] }
        mutating func set(_ slot: Int, flag on: Bool) { if on { sum += weights[slot] } }
        mutating func endRow(_ index: Int) {}
    }

    /// A candidate nearby that is the end of `chosen` on its own ("HomeNewsThe headline" above
    /// "The headline"): the headline with the breadcrumb trail run into it cut off.
    static func standalone(_ chosen: Line, among candidates: [Line]) -> Int? {
        candidates.indices.first { index in
            let other = candidates[index]
            // Most of the pick: the trail is short, the headline long (a site's name ending a
            // byline is no headline).
            return abs(other.number - chosen.number) <= 6 && other.wordCount >= 3 && other.wordCount * 2 >= chosen.wordCount
                && other.text.utf8.count < chosen.text.utf8.count && chosen.text.hasSuffix(other.text)
        }
    }

    /// Where `body_overlap` is in a row.
    static let overlapSlot = HeadlineFeatures.names.firstIndex(of: "body_overlap")!

    /// Every candidate's features (for the training script).
    static func features(of candidates: [Line], body: [Line], logits: [Double], pageTop: Int?) -> [[Double]] {
        let overlaps = BodyOverlap.shares(of: candidates, body: body)
        return candidates.indices.map {
            HeadlineFeatures.row($0, of: candidates, overlap: overlaps[$0], logits: logits, pageTop: pageTop)
        }
    }

    /// Lines that can never be a headline, whatever the model says: empty of words, too long, or
    /// furniture that says what it is (a byline, a picture's caption or credit, a button, a teaser's
    /// "… Read More", a heading that ends articles: a short one, "Comments (12)", or one naming the
    /// post, "10 thoughts on “…”", where "Thoughts on Swift" can be a post's title; `NotAHeadline`).
    /// (`ruledOut`: line numbers the article's opening rules out besides.)
    static func isEligible(_ line: Line, ruledOut: Set<Int> = []) -> Bool {
        line.wordCount >= 1 && line.wordCount <= 40 && line.text.hasAtMost(300)
            && line.credit == nil && !line.isCaption && !line.isExpandControl && !line.endsInReadMore && !isByline(line) && !NotAHeadline.applies(to: line)
            && !(line.endsArticle && (line.wordCount <= 3 || CommentHeading.namedTitle(in: line) != nil)) && !ruledOut.contains(line.number)
    }

    /// A byline by its form ("By …", "Posted …", "Name By Name"); a date alone is left to the
    /// model's weights, as headlines can hold a month and a year.
    static func isByline(_ line: Line) -> Bool {
        (line.isBylineOrDate && Phrases.bylinePrefixes.first(opening: line.lower) != nil) || Phrases.namesItsAuthorTwice(line.text)
    }
}
