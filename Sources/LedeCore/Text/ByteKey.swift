/// A dictionary key for text that is folded already: hashes its UTF-8 bytes once, without
/// Unicode normalisation, and keeps the hash, so growing a dictionary of half a million stories
/// rehashes integers, not strings (that stalled the list for tens of milliseconds while pages
/// loaded). Texts are compared byte for byte.
struct ByteKey: Hashable, Sendable {
    let text: String
    private let hash: Int

    init(_ text: String) {
        var text = text
        var hasher = Hasher()
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        self.text = text
        hash = hasher.finalize()
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool { a.hash == b.hash && a.text.utf8.elementsEqual(b.text.utf8) }
    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
