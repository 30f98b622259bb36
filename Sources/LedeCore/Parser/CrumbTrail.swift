/// A breadcrumb trail laid out a crumb per line under the site's home ("หน้าแรก", "คาเฟ่",
/// "เชียงใหม่", then the headline; "Home", "News", "Local"): its crumbs name sections, never
/// the article. (Counted in words, a crumb in a script without spaces can look a title's
/// length; its width on screen tells it apart.)
enum CrumbTrail {
    /// The line numbers of the candidates that are crumbs: short lines, no sentence, each right
    /// under another (no blank line between), with one at least between the home crumb and them,
    /// `maxCrumbs` at most below it. (Not a heading under a trail whose last crumb is the
    /// article's title: the same words twice.)
    static func crumbs(among candidates: [Line], in lines: [Line]) -> [Int] {
        candidates.compactMap { candidate in
            guard !candidate.isBlank, isCrumb(candidate) else { return nil }
            for above in lines[max(0, candidate.number - maxCrumbs - 1)..<candidate.number].reversed() {
                // (A crumb at least between: a short headline right under a menu's "Home" is none.)
                if NotAHeadline.homeCrumbs.contains(above.lower) { return above.number < candidate.number - 1 ? candidate.number : nil }
                // (A heading under the trail's last crumb that says it again is the article's.)
                guard !above.isBlank, isCrumb(above), above.key != candidate.key else { return nil }
            }
            return nil
        }
    }

    /// A line as short as a section's name, on screen, and no sentence.
    static func isCrumb(_ line: Line) -> Bool {
        line.text.utf8.count <= maxCrumbBytes && !line.endsSentence && DisplayWidth.of(line.text) <= maxCrumbColumns
    }

    static let maxCrumbs = 4, maxCrumbColumns = 16, maxCrumbBytes = 64
}
