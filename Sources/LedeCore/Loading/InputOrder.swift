/// The order of the paths as the user gave them, to list load problems (and warnings) in it
/// whichever was found first: a missing path is found before anything loads, and a web address
/// or a pipe loads behind the first frame, after the files given after it.
public struct InputOrder: Sendable {
    /// Each path given, at its first place among them.
    private var places: [String: Int] = [:]

    public init(_ paths: [String] = []) {
        for (place, path) in paths.enumerated() where places[path] == nil {
            places[path] = place
            // A fetched page is named by its address as shown (`WebAddress.shown`).
            let shown = WebAddress.shown(path)
            if places[shown] == nil { places[shown] = place }
        }
    }

    /// The place of the path `path` came from: its own, or that of the first folder given that
    /// holds it (a folder's files are listed as the folder's path, `/`, their names); paths from
    /// none of them go last.
    public func place(of path: String) -> Int {
        if let place = places[path] { return place }
        var best = Int.max
        var folder = Substring(path)
        while let slash = folder.lastIndex(of: "/") {
            folder = folder[..<slash]
            // "news" and "news/" name the same folder.
            for given in [String(folder), folder + "/"] {
                if let place = places[given] { best = min(best, place) }
            }
        }
        return best
    }

    /// `sorted` (in this order already) with `more` in their places. Batches load in the order of
    /// the files, so `more` usually goes after all of `sorted`, which is then not sorted again.
    public func merged(_ sorted: [LoadProblem], with more: [LoadProblem]) -> [LoadProblem] {
        let more = self.sorted(more)
        guard let last = sorted.last, let next = more.first, place(of: next.path) < place(of: last.path) else { return sorted + more }
        return self.sorted(sorted + more)
    }

    /// `problems` in the order of the paths they came from; those from one path keep theirs.
    public func sorted(_ problems: [LoadProblem]) -> [LoadProblem] {
        problems.enumerated()
            .map { (place: place(of: $0.element.path), index: $0.offset, problem: $0.element) }
            .sorted { ($0.place, $0.index) < ($1.place, $1.index) }
            .map(\.problem)
    }
}
