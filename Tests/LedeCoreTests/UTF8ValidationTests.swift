@testable import LedeCore
import Testing

/// A page is parsed from its bytes only when they are UTF-8 the standard library would take as
/// they stand: the quick check must agree with `String(validating:)` on every input.
@Suite struct UTF8ValidationTests {
    func agrees(_ bytes: [UInt8]) -> Bool {
        let quick = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
        return quick == (String(validating: bytes, as: UTF8.self) != nil)
    }

    @Test func everyScalarIsValidAndSurrogatesOverlongsAndCutSequencesAreNot() {
        let rejected = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }.filter { scalar in
            !Array(String(scalar).utf8).withUnsafeBufferPointer { UTF8Validation.isValid($0) }
        }
        #expect(rejected.isEmpty)
        for bytes: [UInt8] in [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF],
                               [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x80], [0x80], [0xFF]] {
            #expect(agrees(bytes) && agrees(Array("plain ASCII text".utf8) + bytes + Array(" and more".utf8)))
        }
    }

    @Test func randomBytesAreJudgedAsTheStandardLibraryJudgesThem() {
        var generator = SplitMix(seed: 14)
        let likely: [UInt8] = [0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5]
        var disagreements: [[UInt8]] = []
        for _ in 0..<50_000 {
            let bytes = (0..<Int(generator.next() % 12)).map { _ in
                generator.next() % 2 == 0 ? likely[Int(generator.next() % UInt64(likely.count))] : UInt8(truncatingIfNeeded: generator.next())
            }
            if !agrees(bytes) || !agrees(Array("eight+ ASCII".utf8) + bytes) { disagreements.append(bytes) }
        }
        #expect(disagreements.isEmpty)
    }

    struct SplitMix {
        var seed: UInt64
        mutating func next() -> UInt64 {
            seed &+= 0x9E37_79B9_7F4A_7C15
            var z = seed
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
