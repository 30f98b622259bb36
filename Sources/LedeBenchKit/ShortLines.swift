/// One big file of short lines, as `lede-bench scaling` measures: three to five words a line,
/// some title-cased, some ending like a sentence, now and then a blank line — about 25 bytes a
/// line, like the million-line file of issue 16. The same seed gives the same text.
public enum ShortLines {
    public static func text(lines count: Int, seed: UInt64 = 1) -> String {
        var random = SplitMix64(seed: seed)
        var out = ""
        out.reserveCapacity(count * 26)
        for number in 0..<count {
            if number % 7 == 6 {
                out += "\n"
                continue
            }
            let words = (0..<Int.random(in: 3...5, using: &random)).map { _ in Vocabulary.words.randomElement(using: &random)! }
            var line = words.joined(separator: " ")
            switch Int.random(in: 0..<8, using: &random) {
            case 0: line = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            case 1: line = line.prefix(1).uppercased() + line.dropFirst() + "."
            default: break
            }
            out += line + "\n"
        }
        return out
    }
}
