/// Marks that frame a heading on pages in Chinese, Japanese or Korean ("【関連記事】",
/// "■関連記事", "＜コメント＞"): brackets and symbols of three bytes that a line's key keeps
/// (it drops only ASCII and general punctuation), left out when a heading is matched to a list.
enum FramingMarks {
    /// `key` without the framing marks at its start and end (as it is, at once, when its first
    /// byte can open no mark: most keys).
    static func trimmed(_ key: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let first = key.first, first >= 0xE2 else { return key }
        var start = 0, end = key.count
        while end - start >= 3, isMark(key[start], key[start + 1], key[start + 2]) { start += 3 }
        while end - start >= 3, isMark(key[end - 3], key[end - 2], key[end - 1]) { end -= 3 }
        return UnsafeBufferPointer(rebasing: key[start..<end])
    }

    /// Whether the three bytes are CJK punctuation (U+3000…U+303F), a geometric shape
    /// (U+25A0…U+25FF) or a full-width form of ASCII punctuation.
    static func isMark(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch (first, second) {
        case (0xE3, 0x80): return true
        case (0xE2, 0x96): return third >= 0xA0
        case (0xE2, 0x97): return true
        case (0xEF, 0xBC): return (0x81...0x8F).contains(third) || (0x9A...0xA0).contains(third) || third >= 0xBB
        case (0xEF, 0xBD): return third == 0x80 || (0x9B...0xA5).contains(third)
        default: return false
        }
    }

    /// A few words wholly in 【】 or ［］ on a line of their own: a page's button or label
    /// ("【纠错】", "【责任编辑:张宇】", "【打印】"), never a story's sentence.
    static func isFramedLabel(_ bytes: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        guard words <= framedLabelWords, bytes.count >= 6 else { return false }
        let count = bytes.count
        let opens = (bytes[0], bytes[1], bytes[2]), closes = (bytes[count - 3], bytes[count - 2], bytes[count - 1])
        return (opens == (0xE3, 0x80, 0x90) && closes == (0xE3, 0x80, 0x91))  // 【 】
            || (opens == (0xEF, 0xBC, 0xBB) && closes == (0xEF, 0xBC, 0xBD))  // ［ ］
    }

    /// The most words of such a label.
    static let framedLabelWords = 6
}
