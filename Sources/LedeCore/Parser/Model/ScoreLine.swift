import Foundation

/// A sports page's result box under its headline: the score with the periods' scores after it
/// ("Latvija – Slovākija 3:0 (1:0, 1:0, 1:0)"), a ranking's line ("1. Jan Gorjup (SLO) 468,3"),
/// the scorers' tally ("Strijelci: Jurić 7, Matić 6, Babić 5") or their minutes ("Eric García
/// 19', Lamine Yamal 32', Raphinha 34', 45'"), or the result in capitals ("VIRTUS BOLOGNA 84 -
/// 79 OLIMPIA MILANO"). Set right
/// above the report's first paragraph, it is never the headline. (A headline's score stands
/// alone, "Bayern beat Dortmund 3-1 to go top", or with the half-time score alone after it.)
enum ScoreLine {
    static func matches(_ line: Line) -> Bool {
        guard line.digits >= 2, line.wordCount <= maxWords, !line.endsSentence else { return false }
        return line.text.withUTF8Bytes { bytes in
            holdsPeriodScores(bytes) || isRanking(bytes) || isTally(bytes) || isScorersMinutes(bytes)
                || line.upperCaseShare >= capitalsShare && isResult(bytes)
        }
    }

    /// The most words of a result box's line.
    static let maxWords = 16

    /// Whether a score stands right before brackets that open with another, and hold another
    /// after a comma: "3:0 (1:0, 1:0, 1:0)". (A match report may be headlined with the score at
    /// half-time, "Brann – Molde 2–1 (1–0)"; not with every period's.)
    static func holdsPeriodScores(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = bytes.startIndex
        while let open = bytes[index...].firstIndex(of: 0x28) {
            if startsScore(bytes, at: open + 1), let last = bytes[..<open].lastIndex(where: { $0 != 0x20 }), endsScore(bytes, at: last),
               let comma = bytes[(open + 1)...].firstIndex(of: 0x2C), comma + 2 < bytes.endIndex, startsScore(bytes, at: comma + 2) {
                return true
            }
            index = open + 1
        }
        return false
    }

    /// Whether a score ends at `last`, read backwards from there.
    static func endsScore(_ bytes: UnsafeBufferPointer<UInt8>, at last: Int) -> Bool {
        readsScore(bytes, from: last, step: -1)
    }

    /// Whether a score starts at `start`.
    static func startsScore(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        readsScore(bytes, from: start, step: 1)
    }

    /// Whether a score is read from `start` in the direction of `step` (1 forwards, -1
    /// backwards): one to three figures, a colon, hyphen or en dash (maybe between spaces), one
    /// to three figures.
    private static func readsScore(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, step: Int) -> Bool {
        var index = start
        func holds(_ byte: UInt8, at offset: Int = 0) -> Bool {
            let at = index + offset * step
            return at >= bytes.startIndex && at < bytes.endIndex && bytes[at] == byte
        }
        func figures() -> Bool {
            let first = index
            while index >= bytes.startIndex, index < bytes.endIndex, bytes[index] &- 0x30 < 10 { index += step }
            return (1...3).contains(abs(index - first))
        }
        func space() { if holds(0x20) { index += step } }
        guard figures() else { return false }
        space()
        if holds(0x3A) || holds(0x2D) {
            index += step
        } else if (0..<3).allSatisfy({ holds(enDash[step > 0 ? $0 : 2 - $0], at: $0) }) {
            index += 3 * step
        } else {
            return false
        }
        space()
        return figures()
    }

    /// "–" in UTF-8.
    private static let enDash: [UInt8] = [0xE2, 0x80, 0x93]

    /// A ranking's line: a place ("1. "), a name, and a figure with decimals closing it ("468,3",
    /// "1:02.45"), or a time ("5h21'44\""), no colon before it ("3. Liga: Aue schlägt Halle 2:1"
    /// is a headline).
    static func isRanking(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let place = bytes.prefix { $0 &- 0x30 < 10 }.count
        guard (1...2).contains(place), bytes.count > place + 2, bytes[place] == 0x2E, bytes[place + 1] == 0x20,
              let space = bytes.lastIndex(of: 0x20) else { return false }
        let figure = bytes[(space + 1)...]
        // (Decimals part by a comma or point; a time's hours, minutes and seconds by h, ' and ".)
        guard let separator = figure.firstIndex(where: { $0 == 0x2C || $0 == 0x2E || $0 == 0x68 || $0 == 0x27 }), separator > figure.startIndex,
              separator + 1 < figure.endIndex,
              figure.allSatisfy(isRankingFigureByte) else { return false }
        return !bytes[(place + 2)..<space].contains(0x3A)
    }

    /// A figure of a ranking's: digits, decimal marks, or a time's h : ' ".
    private static func isRankingFigureByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x2C, 0x2E, 0x3A, 0x68, 0x27, 0x22: true
        default: false
        }
    }

    /// The scorers' tally after its label: three names or more, each with its figure, parted by
    /// commas ("Najbolji strijelci Hrvatske: Jurić 7, Matić 6, Babić 5"). (Without a label, a
    /// poll's headline may read so: "Harris 48, Trump 47, Stein 2, Oliver 1".)
    static func isTally(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let colon = bytes.lastIndex(of: 0x3A) else { return false }
        let list = bytes[(colon + 1)...]
        var items = 0
        for item in list.split(separator: 0x2C) {
            let words = item.split(separator: 0x20)
            guard words.count >= 2, words.count <= 4, let figure = words.last, figure.count <= 3, figure.allSatisfy({ $0 &- 0x30 < 10 }),
                  words.first?.first.map({ $0 &- 0x30 >= 10 }) == true else { return false }
            items += 1
        }
        return items >= minTallyItems
    }

    static let minTallyItems = 3

    /// The scorers with their goals' minutes, parted by commas, each item closing on a minute
    /// ("Lamine Yamal 32'", "Raphinha 34'", "45'", "90+2′"): three minutes at least.
    static func isScorersMinutes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var items = 0
        for item in bytes.split(separator: 0x2C) {
            var end = item.endIndex
            if item.last == 0x27 {
                end -= 1
            } else if item.count > 3, item[end - 3] == 0xE2, item[end - 2] == 0x80, item[end - 1] == 0x99 || item[end - 1] == 0xB2 {
                end -= 3  // ’ or ′
            } else {
                return false
            }
            guard end > item.startIndex, item[end - 1] &- 0x30 < 10 else { return false }
            items += 1
        }
        return items >= minTallyItems
    }

    /// The result alone between the teams' names: "VIRTUS BOLOGNA 84 - 79 OLIMPIA MILANO".
    /// Asked only of a line in capitals: in title case, "Bath 27 Saracens 24" or "Arsenal 2-1
    /// Chelsea" heads some sites' match reports. A headline in capitals says more, after a
    /// colon or before one ("MATCH REPORT: ARSENAL 2 - 1 CHELSEA"), or in more words.
    static func isResult(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = bytes.last, last &- 0x41 < 26, !bytes.contains(0x3A), bytes.count(where: { $0 == 0x20 }) < maxResultWords else { return false }
        return bytes.indices.dropFirst().contains { bytes[$0 - 1] == 0x20 && $0 > 1 && startsScore(bytes, at: $0) }
    }

    /// The most words of a result between the teams' names, its separator counted.
    static let maxResultWords = 9

    /// The least share of a line's letters in capitals for `isResult` to be asked.
    static let capitalsShare = 0.8
}
