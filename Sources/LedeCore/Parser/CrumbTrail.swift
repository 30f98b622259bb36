/// A breadcrumb trail laid out a crumb per line under the site's home ("หน้าแรก", "คาเฟ่",
/// "เชียงใหม่", then the headline; "Home", "News", "Local"): its crumbs name sections, never
/// the article. (Counted in words, a crumb in a script without spaces can look a title's
/// length; its width on screen tells it apart.)
enum CrumbTrail {
    /// The line numbers of the candidates that are crumbs: short lines, no sentence, each right
    /// under another (no blank line between), `maxCrumbs` at most below the home crumb, with one
    /// between that the page says again (its menu's section). (Not a heading under a trail whose
    /// last crumb is the article's title: the same words twice.)
    static func crumbs(among candidates: [Line], in lines: [Line]) -> [Int] {
        candidates.compactMap { candidate in
            guard !candidate.isBlank, isCrumb(candidate) else { return nil }
            var repeated = false
            for above in lines[max(0, candidate.number - maxCrumbs - 1)..<candidate.number].reversed() {
                // (A crumb between that the page's menu says too: a short headline under a menu
                // that opens with "Home" is none, "Home", "About", "Hives", "Robbing season".)
                if NotAHeadline.homeCrumbs.contains(above.lower) { return repeated ? candidate.number : nil }
                // (A heading under the trail's last crumb that says it again is the article's.)
                guard !above.isBlank, isCrumb(above), above.key != candidate.key else { return nil }
                if above.repeats > 1 { repeated = true }
            }
            return nil
        }
    }

    /// A line as short as a section's name, on screen, and no sentence.
    static func isCrumb(_ line: Line) -> Bool {
        line.text.utf8.count <= maxCrumbBytes && !line.endsSentence && DisplayWidth.of(line.text) <= maxCrumbColumns
    }

    static let maxCrumbs = 3, maxCrumbColumns = 16, maxCrumbBytes = 64
}
