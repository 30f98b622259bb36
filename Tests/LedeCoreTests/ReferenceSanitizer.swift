import LedeCore

/// Sanitizer.clean as it was written first, a scalar at a time: the byte-level version must
/// give exactly what this gives, for any text.
enum ReferenceSanitizer {
    static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x09: out.append(" ")
            case 0x1B: skipEscapeSequence(after: &scalars)
            case 0x9B: skipControlSequence(&scalars)  // C1 CSI
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F: skipString(&scalars)  // C1 OSC, DCS, SOS, PM, APC
            case 0x2028, 0x2029: out.append(" ")
            default:
                if !Sanitizer.isUnsafe(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    private static func skipEscapeSequence(after scalars: inout String.UnicodeScalarView.Iterator) {
        guard let next = scalars.next() else { return }
        switch next {
        case "[": skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_": skipString(&scalars)
        default: return  // a two-character escape such as ESC c or ESC 7: both are dropped
        }
    }

    /// Skips CSI parameters up to and including the final byte (0x40–0x7E).
    private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        var count = 0
        while let scalar = scalars.next(), count < 256 {
            if (0x40...0x7E).contains(scalar.value) { return }
            count += 1
        }
    }

    /// Skips an OSC/DCS string up to BEL or the string terminator ESC \ (or C1 ST).
    private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x07, 0x9C: return
            case 0x1B:
                _ = scalars.next()
                return
            default: continue
            }
        }
    }
}
