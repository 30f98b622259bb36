import LedeCore
import Testing

@Suite struct SanitizerTests {
    @Test func removesEscapeSequencesWhole() {
        #expect(Sanitizer.clean("a\u{1B}[31mred\u{1B}[0m b") == "ared b")
        #expect(Sanitizer.clean("x\u{1B}]0;owned\u{07}y") == "xy")
        #expect(Sanitizer.clean("x\u{1B}]2;title\u{1B}\\y") == "xy")
    }

    @Test func removesControlsAndBidiOverridesAndMakesTabsSpaces() {
        #expect(Sanitizer.clean("a\u{8}b\u{7}c\u{7F}d\u{9B}2Je") == "abcde")
        #expect(Sanitizer.clean("abc\u{202E}fed\u{202C}") == "abcfed")
        #expect(Sanitizer.clean("a\tb") == "a b")
        #expect(Sanitizer.clean("a\rb") == "ab")
    }

    @Test func leavesOrdinaryTextAlone() {
        let text = "Pakistan’s “open war” — 漢字 😀 e\u{301}"
        #expect(Sanitizer.clean(text) == text)
    }
}

@Suite struct SanitizerFastPathTests {
    /// The ranges `isUnsafe` answers without a category lookup must hold no format character.
    @Test func fastRangesHoldNoFormatCharacter() {
        for range in [0xAE...0x5FF, 0x61D...0x6DC, 0x900...0xEFF, 0x2010...0x2027, 0x2030...0x205F, 0x2500...0x2BFF,
                      0x3000...0xD7FF, 0xFF00...0xFFEF, 0x1F000...0x1FAFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
                #expect(scalar.properties.generalCategory != .format, "U+\(String(value, radix: 16))")
                #expect(!Sanitizer.isUnsafe(scalar))
            }
        }
    }
}

extension SanitizerFastPathTests {
    /// The byte-level check must let no unsafe character through, in any block of Unicode.
    @Test func everyUnsafeScalarIsRemovedBetweenOrdinaryText() {
        var leaked: [String] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let mustGo = Sanitizer.isUnsafe(scalar) || value == 0x2028 || value == 0x2029
            guard mustGo else { continue }
            let line = "a’\(Character(scalar))b"
            if Sanitizer.clean(line).unicodeScalars.contains(scalar) { leaked.append(String(value, radix: 16)) }
        }
        #expect(leaked.isEmpty, "leaked: \(leaked.prefix(20))")
    }
}

extension SanitizerFastPathTests {
    /// Plain ASCII is passed over eight bytes at a time: a control in any lane of a word, at any
    /// offset from the line's start, must still be seen.
    @Test func aControlAnywhereInALongPlainLineIsRemoved() {
        let plain = Array("The harbour city counts the cost".utf8)
        var missed: [String] = []
        for control in Array(UInt8(0)...0x1F) + [0x7F] where control != 0x09 {
            for position in plain.indices {
                var bytes = plain
                bytes[position] = control
                let line = String(decoding: bytes, as: UTF8.self)
                if Sanitizer.clean(line).utf8.contains(control) { missed.append("\(control)@\(position)") }
            }
        }
        #expect(missed.isEmpty, "missed: \(missed.prefix(20))")
        #expect(Sanitizer.clean(String(decoding: plain, as: UTF8.self)) == String(decoding: plain, as: UTF8.self))
    }

    /// The same for controls beyond ASCII (a C1 control, a bidi override, a zero-width space),
    /// inserted at every offset of a line long enough to mix eight-byte steps with single bytes.
    @Test func aControlBeyondASCIIAnywhereInALongPlainLineIsRemoved() {
        let plain = "The harbour city counts the cost of the storm"
        var missed: [String] = []
        for control in ["\u{85}", "\u{202E}", "\u{200B}"] {
            for offset in 0...plain.count {
                var line = plain
                line.insert(Character(control), at: line.index(line.startIndex, offsetBy: offset))
                if Sanitizer.clean(line) != plain { missed.append("\(control.unicodeScalars.first!.value)@\(offset)") }
            }
        }
        #expect(missed.isEmpty, "missed: \(missed.prefix(20))")
    }

    /// A zero-width non-joiner is part of how Persian (and Indic scripts) spell words: kept, as
    /// the joiner inside emoji is. It draws nothing and moves no cursor.
    @Test func aPersianWordKeepsItsNonJoiner() {
        #expect(Sanitizer.clean("بازار بین\u{200C}بانکی می\u{200C}رسد") == "بازار بین\u{200C}بانکی می\u{200C}رسد")
        #expect(Sanitizer.clean("a\u{200B}b\u{200C}c") == "ab\u{200C}c")
    }
}
