import Foundation
import LedeCore

/// Read marks and saved stories: kept by story identity, and each change queued for the state
/// database (`changes`, returned by `reduce` as `.remember` effects).
extension AppState {
    public func isRead(_ id: StoryID) -> Bool { read.contains(library.identity(of: id)) }
    public func isSaved(_ id: StoryID) -> Bool { saved[library.identity(of: id)] != nil }

    /// Whether the list shows `id` under the current filter.
    func isListed(_ id: StoryID) -> Bool {
        if filter != .saved, isSavedCopyOnly(id) { return false }
        switch filter {
        case .all: return true
        case .unread: return !isRead(id)
        case .saved: return isSaved(id)
        }
    }

    /// A story known only from its saved copy: no loaded page carries it.
    func isSavedCopyOnly(_ id: StoryID) -> Bool {
        guard !savedCopyPages.isEmpty else { return false }
        let entry = library.entries[id.rawValue]
        return savedCopyPages.contains(entry.page) && entry.alsoOn.isEmpty
    }

    mutating func markRead(_ id: StoryID) {
        let identity = library.identity(of: id)
        if read.insert(identity).inserted { changes.append(.read(identity, true)) }
    }

    /// `m`: read ↔ unread. The row stays in an unread-only list until the filter is applied again,
    /// so a mistaken `m` can be undone where it was made.
    mutating func toggleRead() {
        guard let id = selectedStory else { return }
        let identity = library.identity(of: id)
        let nowRead = read.insert(identity).inserted
        if !nowRead { read.remove(identity) }
        changes.append(.read(identity, nowRead))
        message = nowRead ? "marked read" : "marked unread"
    }

    /// `s`: saves the story with a copy of its text, or unsaves it.
    mutating func toggleSaved() {
        guard let id = selectedStory else { return }
        let identity = library.identity(of: id)
        if saved.removeValue(forKey: identity) != nil {
            changes.append(.saved(identity, nil))
            message = "unsaved"
            return
        }
        let page = library.page(of: id)
        let copy = SavedStory(identity: identity, story: library.story(id), pagePath: page.path, pageTitle: page.title)
        saved[identity] = copy
        changes.append(.saved(identity, copy))
        // Without a state database the copy lasts only as long as this run: say so.
        message = remembers ? "saved — S lists saved stories" : "saved for this run only (state is off) — S lists saved stories"
    }

    /// `U` / `S`: shows only unread or saved stories, or everything again. A search in force
    /// stays, its hits narrowed to the stories listed. The selected story stays selected while
    /// it is listed, and comes back after a filter that listed nothing.
    mutating func showOnly(_ wanted: ListFilter) -> [Effect] {
        let keep = selectedStory ?? storyBeforeEmptyFilter
        filter = filter == wanted ? .all : wanted
        var effects: [Effect] = []
        if filter == .saved, addMissingSavedCopies() { effects.append(.buildIndex) }
        if search.hits != nil { search.hits = searchHits() }
        rebuildRows()
        reselect(keep)
        listOffset = 0
        clampScrolling()
        storyBeforeEmptyFilter = selectedStory == nil ? keep : nil
        return effects
    }

    /// Puts the saved stories whose file is not loaded into the library, as one page of copies.
    /// - Returns: whether any was added.
    mutating func addMissingSavedCopies() -> Bool {
        guard !saved.isEmpty else { return false }
        var missing = Set(saved.keys)
        for id in library.ids where !missing.isEmpty { missing.remove(library.identity(of: id)) }
        guard !missing.isEmpty else { return false }
        let copies = missing.compactMap { saved[$0] }.sorted { ($0.savedAt, $0.identity) < ($1.savedAt, $1.identity) }
        savedCopyPages.insert(library.pages.count)
        library.add(Page(path: "(saved)", title: "Saved stories whose page is not loaded", stories: copies.map(\.story)))
        index = nil
        return true
    }

    /// `.`: the next unread story below the selection, else from the top.
    mutating func nextUnread() {
        let start = (selectedRow ?? -1) + 1
        let order = Array(rows.indices[min(start, rows.count)...]) + Array(rows.indices[..<min(start, rows.count)])
        guard let row = order.first(where: { rows[$0].storyID.map { !isRead($0) } ?? false }) else {
            message = "no unread stories"
            return
        }
        // (The order wraps round to the selection itself: then it is the only one unread.)
        if row == start - 1 { message = "no other unread story"; return }
        if row < start { message = "no unread stories below, continuing at the top" }
        moveSelection(to: row, direction: 1)
        if focus == .pane, let id = selectedStory { markRead(id) }
    }

    /// How many stories of the page whose group heading is at `row` are unread, listed or not
    /// (a page's stories are neighbours in library order).
    public func unreadCount(underGroupAt row: Int) -> Int {
        guard case .group(let page) = rows[row], rows.indices.contains(row + 1), let first = rows[row + 1].storyID else { return 0 }
        var start = first.rawValue
        while start > 0, library.pageIndex(of: StoryID(start - 1)) == page { start -= 1 }
        var count = 0
        var number = start
        while number < library.storyCount, library.pageIndex(of: StoryID(number)) == page {
            if !isRead(StoryID(number)) { count += 1 }
            number += 1
        }
        return count
    }

    mutating func takeChanges() -> [StateChange] {
        // Without a state database there is nothing to write.
        guard remembers else { changes.removeAll(); return [] }
        if placeKey != nil, pendingPlace == nil {
            let now = place
            if now != rememberedPlace {
                rememberedPlace = now
                changes.append(.place(now))
            }
        }
        defer { changes.removeAll() }
        return changes
    }
}
