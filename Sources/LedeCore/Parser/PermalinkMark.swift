/// The pilcrow that documentation generators (Sphinx, MkDocs, Python-Markdown's table of
/// contents) put after every heading as its permalink: saved as text, "Evolve: Shared Mutable
/// History¶". It is a link's glyph, not the headline's.
enum PermalinkMark {
    /// `headline` without a pilcrow at its end (and the spaces before it), when words are left.
    static func cut(_ headline: String) -> String {
        guard headline.hasSuffix("¶") else { return headline }
        let rest = String(headline.dropLast()).trimmingSpaces()
        return rest.isEmpty ? headline : rest
    }
}
