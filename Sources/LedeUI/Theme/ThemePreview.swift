import LedeCore

/// A short sample of a theme: the reader on the built-in sample pages, a story open beside the list.
public enum ThemePreview {
    public static func canvas(_ theme: Theme, width: Int = 100, height: Int = 12) -> Canvas {
        var state = AppState(library: Library(pages: SamplePages.load()), size: Size(width: width, height: height))
        _ = reduce(&state, .key(.enter))
        _ = reduce(&state, .key(.tab))  // the focus back on the list: both panes show their styles
        return Screen.render(state, theme: theme)
    }
}
