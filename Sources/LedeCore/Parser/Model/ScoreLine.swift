import Foundation

/// A sports page's result box under its headline: the score with the periods' scores after it
/// ("Latvija – Slovākija 3:0 (1:0, 1:0, 1:0)"), a ranking's line ("1. Jan Gorjup (SLO) 468,3")
/// or the scorers' tally ("Strijelci: Jurić 7, Matić 6, Babić 5"). Set right
/// above the report's first paragraph, it is never the headline. (A headline's score stands
/// alone, "Bayern beat Dortmund 3-1 to go top", or with the half-time score alone after it.)
enum ScoreLine {
    static func matches(_ line: Line) -> Bool {
        guard line.digits >= 2, line.wordCount <= maxWords, !line.endsSentence else { return false }
        return line.text.withUTF8Bytes { bytes in
            holdsPeriodScores(bytes) || isRanking(bytes) || isTally(bytes)
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

    /// Whether a score ends at `last`, read backwards: figures, a colon or dash (maybe between
    /// spaces), figures.
    static func endsScore(_ bytes: UnsafeBufferPointer<UInt8>, at last: Int) -> Bool {
        var index = last
        func figures() -> Bool {
            let end = index
            while index >= bytes.startIndex, bytes[index] &- 0x30 < 10 { index -= 1 }
            return end - index >= 1 && end - index <= 3
        }
        guard figures() else { return false }
        if index >= 0, bytes[index] == 0x20 { index -= 1 }
        if index >= 0, bytes[index] == 0x3A || bytes[index] == 0x2D {
            index -= 1
        } else if index >= 2, bytes[index] == 0x93, bytes[index - 1] == 0x80, bytes[index - 2] == 0xE2 {
            index -= 3
        } else {
            return false
        }
        if index >= 0, bytes[index] == 0x20 { index -= 1 }
        return index >= 0 && figures()
    }

    /// Whether a score starts at `start`: figures, a colon or dash (maybe between spaces), figures.
    static func startsScore(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start < bytes.endIndex else { return false }
        var index = start
        let firstFigures = index
        while index < bytes.endIndex, bytes[index] &- 0x30 < 10 { index += 1 }
        guard index > firstFigures, index - firstFigures <= 3 else { return false }
        if index < bytes.endIndex, bytes[index] == 0x20 { index += 1 }
        if index < bytes.endIndex, bytes[index] == 0x3A || bytes[index] == 0x2D {
            index += 1
        } else if index + 2 < bytes.endIndex, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 {
            index += 3
        } else {
            return false
        }
        if index < bytes.endIndex, bytes[index] == 0x20 { index += 1 }
        let secondFigures = index
        while index < bytes.endIndex, bytes[index] &- 0x30 < 10 { index += 1 }
        return index > secondFigures && index - secondFigures <= 3
    }

    /// A ranking's line: a place ("1. "), a name, and a figure with decimals closing it ("468,3",
    /// "1:02.45"), no colon before it ("3. Liga: Aue schlägt Halle 2:1" is a headline).
    static func isRanking(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let place = bytes.prefix { $0 &- 0x30 < 10 }.count
        guard (1...2).contains(place), bytes.count > place + 2, bytes[place] == 0x2E, bytes[place + 1] == 0x20,
              let space = bytes.lastIndex(of: 0x20) else { return false }
        let figure = bytes[(space + 1)...]
        guard let separator = figure.firstIndex(where: { $0 == 0x2C || $0 == 0x2E }), separator > figure.startIndex, separator + 1 < figure.endIndex,
              figure.allSatisfy({ $0 &- 0x30 < 10 || $0 == 0x2C || $0 == 0x2E || $0 == 0x3A }) else { return false }
        return !bytes[(place + 2)..<space].contains(0x3A)
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
}
