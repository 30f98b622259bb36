import Foundation

/// A quote widget's line on a business page, often set between the byline and the first
/// paragraph: a name, its price or level and the day's change, signed ("Euro Stoxx 50 5.061,3
/// +0,6%", "Brent Crude 77.92 -0.48 (-0.61%)"), or a currency pair's rate ("USD/RON 4,5890").
/// Never the headline: a headline says what moved in words ("DAX steigt um 0,6 Prozent"), and
/// one closing on a signed figure has no price before it ("l'Inter vola a +4").
enum MarketQuote {
    static func matches(_ line: Line) -> Bool {
        guard line.digits >= 2, line.wordCount <= maxWords, !line.endsSentence else { return false }
        return line.text.withUTF8Bytes { bytes in
            guard !bytes.contains(0x3A), !holdsListComma(bytes) else { return false }  // (no label, no list)
            let tokens = bytes.split(separator: 0x20)
            guard tokens.count >= 2 else { return false }
            if isCurrencyPair(tokens[0]), isFigure(tokens[1]) { return true }
            return isSignedChange(tokens[tokens.count - 1]) && tokens.dropLast().contains { isFigure($0) }
        }
    }

    /// The most words of a quote's line.
    static let maxWords = 8

    /// Whether a comma parts words (", "), as a list or a clause does; a price's decimal comma
    /// has figures on both sides.
    private static func holdsListComma(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.indices.dropLast().contains { bytes[$0] == 0x2C && bytes[$0 + 1] == 0x20 }
    }

    /// A change with its sign, maybe a percentage, maybe in brackets: "+0,6%", "(-0.61%)",
    /// "−2.1", "▲1.2%". The sign is a plus, a hyphen or minus sign, or a triangle.
    static func isSignedChange(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var rest = token[...]
        if rest.first == 0x28, rest.last == 0x29 { rest = rest.dropFirst().dropLast() }  // ( )
        guard let sign = signs.first(where: { rest.starts(with: $0) }) else { return false }
        rest = rest.dropFirst(sign.count)
        if rest.last == 0x25 { rest = rest.dropLast() }  // %
        return isFigure(rest)
    }

    /// "+", "-", "−" (minus sign), "▲", "▼" in UTF-8.
    private static let signs: [[UInt8]] = [[0x2B], [0x2D], [0xE2, 0x88, 0x92], [0xE2, 0x96, 0xB2], [0xE2, 0x96, 0xBC]]

    /// Figures, maybe parted by decimal or thousands marks ("5.061,3", "77.92", "500").
    static func isFigure<Bytes: BidirectionalCollection<UInt8>>(_ token: Bytes) -> Bool {
        guard let first = token.first, let last = token.last, first &- 0x30 < 10, last &- 0x30 < 10 else { return false }
        return token.allSatisfy { $0 &- 0x30 < 10 || $0 == 0x2C || $0 == 0x2E }
    }

    /// Two currency codes parted by a slash: "EUR/USD".
    private static func isCurrencyPair(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let start = token.startIndex
        return token.count == 7 && token[start + 3] == 0x2F
            && token.indices.allSatisfy { $0 == start + 3 || token[$0] &- 0x41 < 26 }
    }
}
