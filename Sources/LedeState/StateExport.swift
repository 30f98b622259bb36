import Foundation
import LedeCore

/// `lede state --export` / `--import`: the database as JSON, to move it or read it with `jq`.
/// Identities are 16 hex digits; an import merges (marks are added, saved copies replaced).
public struct StateExport: Codable, Sendable {
    public struct SavedEntry: Codable, Sendable {
        var story: String
        var savedAt: Double
        var pagePath: String
        var pageTitle: String
        var kind: String
        var headline: String
        var dek: String
        var section: String
        var credit: String
        var paragraphs: [String]
        var expandable: Bool
    }

    public struct PlaceEntry: Codable, Sendable {
        var pathsKey: String
        var story: String?
        var inPane: Bool
        /// Wrapped lines down, at the width the reader had then: approximate at another width.
        var paneOffset: Int
        /// The text at the pane's top (`{"block": …, "offset": …}`, see `TextAnchor`); absent
        /// at the story's top, and in an export made before anchors (still imported: the line
        /// offset stands in). An older Lede reading this export skips it.
        var paneAnchor: TextAnchor?
        var expanded: [String]
    }

    /// The export format's version (not the schema's): bumped if the JSON changes shape so that
    /// an older Lede would read it wrong. A field added that an older Lede may skip (a place's
    /// `pane_anchor`) leaves it at 1, so exports go both ways between versions.
    var ledeState = Self.format
    public static let format = 1

    /// An export in a later format than this Lede reads: from a newer Lede.
    public struct NewerFormat: Error, Equatable {
        public let format: Int
    }
    var read: [String]
    var saved: [SavedEntry]
    var places: [PlaceEntry]

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    public init(json: Data) throws {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        // The format first: a newer one may lack fields this one needs, which would be the wrong reason to give.
        struct Format: Decodable { var ledeState: Int? }
        if let format = try decoder.decode(Format.self, from: json).ledeState, format > Self.format {
            throw NewerFormat(format: format)
        }
        self = try decoder.decode(StateExport.self, from: json)
    }

    init(read: [String], saved: [SavedEntry], places: [PlaceEntry]) {
        self.read = read
        self.saved = saved
        self.places = places
    }

    /// An export of a database that holds nothing (or is not created yet).
    public static let nothing = StateExport(read: [], saved: [], places: [])

    /// The changes that bring a database to hold what this export holds (added to what it has).
    var changes: [StateChange] {
        var changes: [StateChange] = read.compactMap { StoryIdentity(hex: $0).map { .read($0, true) } }
        for entry in saved {
            guard let identity = StoryIdentity(hex: entry.story) else { continue }
            let story = Story(kind: Story.Kind(rawValue: entry.kind) ?? .article, headline: entry.headline, dek: entry.dek,
                              section: entry.section, credit: entry.credit, paragraphs: entry.paragraphs, expandable: entry.expandable)
            changes.append(.saved(identity, SavedStory(identity: identity, story: story, pagePath: entry.pagePath,
                                                       pageTitle: entry.pageTitle, savedAt: Date(timeIntervalSince1970: entry.savedAt))))
        }
        for entry in places {
            changes.append(.place(Place(pathsKey: entry.pathsKey, story: entry.story.flatMap(StoryIdentity.init(hex:)),
                                        inPane: entry.inPane, paneOffset: entry.paneOffset, anchor: entry.paneAnchor,
                                        expanded: entry.expanded.compactMap(StoryIdentity.init(hex:)))))
        }
        return changes
    }
}

extension StateStore {
    /// Everything the database holds, as `StateExport`.
    public func export() throws(StateStoreError) -> StateExport {
        do {
            let marks = try self.marks()
            let saved = marks.saved.values.sorted { ($0.savedAt, $0.identity) < ($1.savedAt, $1.identity) }.map { copy in
                StateExport.SavedEntry(story: copy.identity.hex, savedAt: copy.savedAt.timeIntervalSince1970, pagePath: copy.pagePath,
                                       pageTitle: copy.pageTitle, kind: copy.story.kind.rawValue, headline: copy.story.headline,
                                       dek: copy.story.dek, section: copy.story.section, credit: copy.story.credit,
                                       paragraphs: copy.story.paragraphs, expandable: copy.story.expandable)
            }
            var places: [StateExport.PlaceEntry] = []
            let statement = try database.prepare("SELECT paths_key FROM places ORDER BY paths_key")
            while try statement.step() {
                guard let place = try place(for: statement.text(0)) else { continue }
                places.append(StateExport.PlaceEntry(pathsKey: place.pathsKey, story: place.story?.hex, inPane: place.inPane,
                                                     paneOffset: place.paneOffset, paneAnchor: place.anchor,
                                                     expanded: place.expanded.map(\.hex)))
            }
            return StateExport(read: marks.read.sorted().map(\.hex), saved: saved, places: places)
        } catch let error as StateStoreError {
            throw error
        } catch let error as SQLiteError {
            throw .sqlite(error)
        } catch {
            throw .sqlite(SQLiteError(code: 1, message: "\(error)"))
        }
    }

    /// Adds what `export` holds, in one transaction.
    public func importing(_ export: StateExport) throws(StateStoreError) {
        try apply(export.changes)
    }
}
