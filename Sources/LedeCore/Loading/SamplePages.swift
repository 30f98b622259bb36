/// The sample pages built into the program, shown when `lede` is started with no path.
public enum SamplePages {
    /// Each sample parsed, with a `sample/` path so the user can tell them from real files.
    public static func load() -> [Page] {
        let parser = PageParser()
        return BundledSamples.files.map { parser.parse($0.contents, path: "sample/" + $0.name) }
    }
}
