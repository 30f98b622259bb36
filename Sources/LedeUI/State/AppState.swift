import LedeCore

/// Everything the reader shows, in one value. Only `reduce` changes it; views only read it.
public struct AppState: Sendable {
    public enum Focus: Sendable, Equatable { case list, pane }

    /// Search as typed in the prompt, and what it found.
    public struct Search: Sendable {
        public var query = SearchQuery(parsing: "")
        /// Characters of the query before the prompt's cursor (see `PromptLine`).
        public var cursor = 0
        /// The prompt is open and taking keys.
        public var isEditing = false
        /// Ranked hits, or nil when no search is in force.
        public var hits: [SearchHit]?
        /// Index into the pane's matches of the current one (n / N).
        public var currentMatch = 0
        /// Said in the prompt in place of the count until the next edit: that typing or a
        /// paste was cut ("query too long"); the prompt owns the status line while it is open.
        public var note: String?
    }

    public var library: Library
    public var index: SearchIndex?
    public var size: Size
    /// What the keys act on. One field decides what is shown, whatever the size: in one pane the
    /// focused view fills the screen, so a resize always leaves the focused view on screen.
    public var focus: Focus = .list
    public var isShowingHelp = false
    public var helpOffset = 0
    public var rows: [ListRow] = []
    public var selectedRow: Int?
    public var listOffset = 0
    public var paneOffset = 0
    /// The anchor a resize or a restored place put the pane at, while the pane stays there.
    var heldAnchor: HeldAnchor?
    public var expanded: Set<StoryID> = []
    private let documentCache = DocumentCache()
    private let paneMatchCache = PaneMatchCache()
    /// The matches of a collapsed teaser laid out open, for `storyMatchCount`.
    private let openedMatchCache = PaneMatchCache()
    /// Stories read, by identity, so a mark outlives the run (see `Reduce+Marks`).
    public var read: Set<StoryIdentity> = []
    /// Saved stories, with the copy of their text kept in the state database.
    public var saved: [StoryIdentity: SavedStory] = [:]
    /// Which stories the list shows.
    public var filter: ListFilter = .all
    /// Pages of copies of saved stories whose own page is not loaded (`S` adds them): listed
    /// only while `S` is in force.
    var savedCopyPages: Set<Int> = []
    /// The story selected when a filter left the list empty, selected again when it goes.
    var storyBeforeEmptyFilter: StoryID?
    /// The state database is on: marks outlive the run, and group headings count new stories.
    public var remembers = false
    /// Which pages are open (`Place.key`), for remembering where the reader was; nil: not remembered.
    public var placeKey: String?
    /// A place from the last run still to go back to, once its story has loaded.
    var pendingPlace: Place?
    /// The place last sent to be remembered, so only a change is written.
    var rememberedPlace: Place?
    /// Changes for the state database made since the last `reduce`, returned as effects.
    var changes: [StateChange] = []
    public var search = Search()
    /// The queries kept this session, for ↑ ↓ in the prompt.
    public var searchHistory = SearchHistory()
    /// Where the reader was when the search prompt opened, to go back to if it is given up.
    var searchStart: SearchStart?
    /// A short note for the status line (errors loading, "no matches").
    public var message: String?
    /// Every path that could not be read: the status line shows the first, and the reader
    /// lists them all on standard error when it closes (and exits 1), as `lede dump` does.
    public var loadProblems: [LoadProblem] = []
    /// Pages read with something repaired or guessed (`Page.warnings`), as `path: warning`: the
    /// status line says so once, and the reader lists them on standard error when it closes.
    public var loadWarnings: [LoadProblem] = []
    /// The paths as given, which `loadProblems` and `loadWarnings` keep the order of, whichever
    /// loaded first.
    public var inputOrder = InputOrder()
    /// Pages loaded so far and expected, while loading runs in the background.
    public var loading: (done: Int, total: Int)?
    /// The year of the newest page file loaded: the list shows dates in it without the year.
    public var newestPageYear: Int?
    /// How many pages the library and the list have room for (see `reserveCapacity`).
    var reservedForPages = 0
    public var keymap: Keymap = .standard

    public init(library: Library, size: Size, inputOrder: InputOrder = InputOrder()) {
        self.library = library
        self.size = size
        self.inputOrder = inputOrder
        noteDates(of: library.pages[...])
        noteWarnings(of: library.pages)
        rebuildRows()
    }

    public var layout: ScreenLayout { ScreenLayout(size: size) }

    /// In a narrow terminal: the story fills the screen (the pane has the focus).
    public var isStoryOpen: Bool { !layout.isSplit && focus == .pane }

    /// The story under the list's selection.
    public var selectedStory: StoryID? {
        selectedRow.flatMap { rows.indices.contains($0) ? rows[$0].storyID : nil }
    }

    /// The selected story's place among the listed stories (1-based), and how many are listed.
    /// Constant time: grouped rows are in library order, search rows are all stories.
    public var listPosition: (index: Int, count: Int) {
        if let hits = search.hits { return (selectedRow.map { $0 + 1 } ?? 0, hits.count) }
        if filter != .all || !savedCopyPages.isEmpty {
            // Filtered rows are not every story: count them (a pass over the rows, per frame).
            let stories = rows.lazy.filter { $0.storyID != nil }
            let before = rows[..<(selectedRow ?? 0)].lazy.filter { $0.storyID != nil }.count
            return (selectedStory == nil ? 0 : before + 1, stories.count)
        }
        return (selectedStory.map { $0.rawValue + 1 } ?? 0, library.storyCount)
    }

    /// What to say when there is no story to list: still loading, a query that matches nothing,
    /// or no pages at all.
    public var emptyNote: String {
        if loading != nil { return "Loading…" }
        if search.hits != nil, !search.query.isEmpty { return "No story matches \(search.query.quoted)" }
        if filter == .unread { return "No unread stories (U shows them all)" }
        if filter == .saved { return "No saved stories (s saves one; S shows them all)" }
        // Pages were given, but they hold no text (an empty file, a page of blank lines).
        if let page = library.pages.first {
            if library.pages.count == 1 { return "No stories: \(page.path == "-" ? "standard input" : Sanitizer.clean(page.path)) holds no text" }
            return "No stories: the \(library.pages.count) pages given hold no text"
        }
        // Everything given failed (an address that did not answer): the status line says why.
        if !loadProblems.isEmpty { return "No stories: nothing given could be read" }
        return "No stories. Give Lede a text page: lede PATH"
    }

    /// The selected story laid out for the pane as it is now.
    public var document: StoryDocument? {
        guard let key = documentKey else { return nil }
        return documentCache.document(for: key) {
            StoryDocument(library: library, id: key.id, expanded: key.expanded, width: key.width)
        }
    }

    /// Everything the selected story's layout depends on.
    private var documentKey: DocumentCache.Key? {
        guard let id = selectedStory else { return nil }
        return DocumentCache.Key(id: id, expanded: expanded.contains(id), width: paneTextWidth, storyCount: library.storyCount)
    }

    /// Text width in the pane: the pane less a margin on each side.
    public var paneTextWidth: Int { max(1, layout.pane.width - 4) }

    public var listViewport: Viewport {
        Viewport(offset: listOffset, contentHeight: rows.count, height: layout.list.height)
    }

    /// The help screen fills all but the status line.
    public var helpViewport: Viewport {
        let lines = HelpView.lines(for: keymap, width: size.width - 1).count
        return Viewport(offset: helpOffset, contentHeight: lines, height: size.height - 1)
    }

    public var paneViewport: Viewport {
        Viewport(offset: paneOffset, contentHeight: document?.lines.count ?? 0, height: layout.pane.height)
    }

    /// Where each search match sits in the pane.
    public var paneMatches: [PaneMatch] {
        guard search.hits != nil, !search.query.isEmpty, let key = documentKey, let document else { return [] }
        return paneMatchCache.matches(for: PaneMatchCache.Key(document: key, query: search.query)) {
            PaneMatch.all(of: search.query, in: document)
        }
    }

    /// While a query is being typed, the matches on the lines in view only (and a line either
    /// side, for one the view's edge cuts): each letter is a new query, and finding a long
    /// story's every match for each one made typing lag (a 5 MB page: 200–350 ms a key).
    public var paneMatchesInView: [PaneMatch] {
        guard search.hits != nil, !search.query.isEmpty, let document else { return [] }
        let lines = max(0, paneOffset - 1)..<(paneOffset + layout.pane.height + 1)
        return PaneMatch.all(of: search.query, in: document, lines: lines)
    }

    /// How many matches the selected story holds, those its collapsed teaser hides included:
    /// the k of "match i/k", which would else grow as n opens the teaser (vim counts the matches
    /// in a fold too). The story is laid out open once per query and width, apart from the pane's.
    public var storyMatchCount: Int {
        let shown = paneMatches.count
        guard shown > 0, let id = selectedStory, library.isExpandable(id), !expanded.contains(id), var key = documentKey else { return shown }
        key.expanded = true
        return openedMatchCache.matches(for: PaneMatchCache.Key(document: key, query: search.query)) {
            PaneMatch.all(of: search.query, in: StoryDocument(library: library, id: id, expanded: true, width: key.width))
        }.count
    }

    /// Room for `total` pages with as many stories each as those loaded so far (at most 8, so a
    /// first batch of front pages full of teasers does not reserve for millions), and a little
    /// more, reserved once the first pages are in.
    mutating func reserveCapacity(forPages total: Int) {
        guard !library.pages.isEmpty else { return }
        reservedForPages = total
        let perPage = min(Double(library.storyCount) / Double(library.pages.count), 8)
        let stories = Int(perPage * Double(total) * 1.1)
        library.reserveCapacity(pages: total, stories: stories)
        rows.reserveCapacity(stories + total)
    }

    /// Keeps `newestPageYear` up to date as pages arrive.
    mutating func noteDates(of pages: ArraySlice<Page>) {
        for date in pages.lazy.compactMap(\.modified) {
            guard let year = PageSource.year(of: date) else { continue }
            newestPageYear = max(newestPageYear ?? year, year)
        }
    }

    /// Adds rows for stories loaded since `first`, the stories of a page with several under its
    /// title (a heading over one story would only repeat its headline), and a blank row between
    /// such a group and a page of one story after it. The list grows in place while loading;
    /// search results are recomputed once the index is rebuilt.
    mutating func appendRows(forStoriesFrom first: Int) {
        guard search.hits == nil else { return }
        var lastPage = rows.last(where: { $0.storyID != nil })?.storyID.map { library.pageIndex(of: $0) } ?? -1
        // Whether the rows end in a group: the last story's page has a heading.
        var inGroup = rows.contains(.group(page: lastPage))
        for number in first..<library.storyCount {
            let id = StoryID(number)
            guard isListed(id) else { continue }
            let page = library.pageIndex(of: id)
            if page != lastPage {
                // A page's stories arrive together, so its neighbours tell whether it has several.
                let several = (number + 1 < library.storyCount && library.pageIndex(of: StoryID(number + 1)) == page)
                    || (number > 0 && library.pageIndex(of: StoryID(number - 1)) == page)
                if several {
                    rows.append(.group(page: page))
                } else if inGroup {
                    rows.append(.gap)
                }
                inGroup = several
            }
            lastPage = page
            rows.append(.story(id))
        }
        if selectedRow == nil { selectedRow = rows.firstIndex { $0.storyID != nil } }
    }

    /// Rebuilds the list rows from the library or the search hits, keeping the selected story.
    mutating func rebuildRows() {
        let keep = selectedStory
        if let hits = search.hits {
            rows = hits.map { .story($0.id) }
        } else {
            rows = []
            appendRows(forStoriesFrom: 0)
        }
        if let keep, let row = rows.firstIndex(of: .story(keep)), search.hits == nil {
            selectedRow = row
        } else {
            selectedRow = rows.firstIndex { $0.storyID != nil }
        }
    }
}
