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
        var crumbs: [Int] = []
        // (Read where they lie, short candidates only, the home crumb looked for by its key's
        // hash: copies of the lines and a set's hashing for every candidate showed in profiles.)
        lines.withUnsafeBufferPointer { lines in candidates.withUnsafeBufferPointer { candidates in
            for index in candidates.indices where !candidates[index].isBlank && candidates[index].text.utf8.count <= maxCrumbBytes {
                let number = candidates[index].number
                var home = number - 1
                while home >= max(0, number - maxCrumbs - 1), !isHome(lines[home].key) { home -= 1 }
                guard home >= 0, home >= number - maxCrumbs - 1, home < number - 1, isCrumb(candidates[index]) else { continue }
                // (A crumb between that the page's menu says too: a short headline under a menu
                // that opens with "Home" is none, "Home", "About", "Hives", "Robbing season". A
                // heading under the trail's last crumb that says it again is the article's.)
                let between = (home + 1)..<number
                guard between.allSatisfy({ !lines[$0].isBlank && lines[$0].key != candidates[index].key && isCrumb(lines[$0]) }),
                      between.contains(where: { lines[$0].repeats > 1 }) else { continue }
                crumbs.append(number)
            }
        } }
        return crumbs
    }

    /// Whether a line's key is a home crumb's.
    static func isHome(_ key: LineKey) -> Bool {
        guard case .text(let hash) = key else { return false }
        return homeHashes.contains(hash)
    }

    /// A line as short as a section's name, on screen, and no sentence. (A text of no more
    /// bytes than that is no wider: its width is only measured when longer.)
    static func isCrumb(_ line: Line) -> Bool {
        let bytes = line.text.utf8.count
        return bytes <= maxCrumbBytes && !line.endsSentence && (bytes <= maxCrumbColumns || DisplayWidth.of(line.text) <= maxCrumbColumns)
    }

    /// The home crumb's keys' hashes, in the languages `NotAHeadline.homeCrumbs` holds.
    static let homeHashes: [UInt64] = NotAHeadline.homeCrumbs.compactMap {
        guard case .text(let hash) = PageParser.split($0)[0].key else { return nil }
        return hash
    }

    static let maxCrumbs = 3, maxCrumbColumns = 16, maxCrumbBytes = 64
}
