import Foundation
import LedeCore

/// Where a page came from, as the list shows it beside a headline: a fetched page's host, else
/// the site the page names, else its file's name; and the file's date.
struct PageSource {
    /// A fetched page's host, else the site the page names, else the file's name without folder
    /// or extension.
    static func name(of page: Page) -> String {
        // A fetched page: its host, without `www.` (the address is surer than a copyright line).
        if WebAddress.isWebAddress(page.path), let host = URL(string: page.path)?.host {
            return Sanitizer.clean(host.hasPrefix("www.") ? String(host.dropFirst(4)) : host)
        }
        if !page.site.isEmpty { return page.site }
        if page.path == "-" { return "stdin" }
        // `lede <(cmd)`: the shell's name for the pipe, /dev/fd/63, says nothing of the page.
        if page.path.hasPrefix("/dev/fd/") || page.path.hasPrefix("/proc/self/fd/") { return "pipe" }
        let file = page.path.split(separator: "/").last.map(String.init) ?? page.path
        var base = file
        if let dot = file.lastIndex(of: "."), PageFormat.isPageFile(named: file) { base = String(file[..<dot]) }
        return Sanitizer.clean(base)
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Columns a date takes: `Nov 20` and ` 2018` alike, so the column lines up.
    static let dateWidth = 6

    /// `Nov 20` in the year of the newest page loaded, the year alone for an older one, as mail
    /// readers do (measured against the pages, not the clock, so the same pages always show the
    /// same list). Right-aligned in `dateWidth` columns.
    static func dateLabel(_ date: Date, newestYear: Int?) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return "" }
        let label = year == newestYear ? "\(months[(month - 1 + 12) % 12]) \(day < 10 ? " " : "")\(day)" : "\(year)"
        return String(repeating: " ", count: max(0, dateWidth - label.count)) + label
    }

    static func year(of date: Date) -> Int? {
        calendar.dateComponents([.year], from: date).year
    }

    /// Made once: every row of every frame asks for a date, and a calendar is slow to make.
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        return calendar
    }()

    /// How a list `width` columns wide shows sources: the source column's width (0: none) and
    /// whether the date column fits (and any page has a date), so that a headline keeps at least
    /// `headlineRoom` columns. The source takes at most a fifth of the row: the headline is what
    /// a row is read for.
    static func columns(width: Int, hasDates: Bool, headlineRoom: Int = 20) -> (source: Int, date: Bool) {
        let source = min(16, width / 5)
        // The marks, the gaps before the source and the date, and a column at the right edge.
        let headline = width - ListView.markerWidth - 1 - (source + 2)
        if source >= 5, hasDates, headline - (dateWidth + 2) >= headlineRoom { return (source, true) }
        if source >= 5, headline >= headlineRoom { return (source, false) }
        return (0, false)
    }

    /// `Site name   Nov 20`: the source left in its column, the date right in its own.
    static func text(for page: Page, columns: (source: Int, date: Bool), newestYear: Int?) -> String {
        guard columns.source > 0 else { return "" }
        let source = TextLayout.truncate(name(of: page), width: columns.source)
        var text = source + String(repeating: " ", count: max(0, columns.source - DisplayWidth.of(source)))
        if columns.date {
            text += "  " + (page.modified.map { dateLabel($0, newestYear: newestYear) } ?? String(repeating: " ", count: dateWidth))
        }
        return text
    }
}
