import Foundation
import LedeCore
import Testing

/// The pages a place is remembered for: the same pages however their paths are typed.
@Suite struct PlaceKeyTests {
    @Test func theSameFolderTypedAnotherWayIsTheSamePlace() {
        let key = Place.key(for: ["/work/pages"], currentDirectory: "/home/ana")
        #expect(key == "/work/pages")
        #expect(Place.key(for: ["/work/pages/"], currentDirectory: "/home/ana") == key)
        #expect(Place.key(for: ["/work//pages/."], currentDirectory: "/home/ana") == key)
        #expect(Place.key(for: ["../../work/pages"], currentDirectory: "/home/ana") == key)
        #expect(Place.key(for: ["pages"], currentDirectory: "/work") == key)
        #expect(Place.key(for: ["./pages/"], currentDirectory: "/work/") == key)
    }

    @Test func pathsAreSortedAndStandardInputAndWebAddressesKeptAsGiven() {
        #expect(Place.key(for: ["b/", "a"], currentDirectory: "/p") == "/p/a\n/p/b")
        #expect(Place.key(for: ["https://example.com/a//b/", "-"], currentDirectory: "/p") == "-\nhttps://example.com/a//b/")
        #expect(Place.key(for: [], currentDirectory: "/p") == "(samples)")
        // A password in an address is not kept in the state's key.
        #expect(Place.key(for: ["https://ana:s3cret@example.com/a"], currentDirectory: "/p") == "https://example.com/a")
    }

    @Test func aSymbolicLinkIsThePlaceItLeadsTo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-place-\(UUID().uuidString)")
        let pages = folder.appendingPathComponent("pages"), link = folder.appendingPathComponent("link")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: pages)
        #expect(Place.key(for: [link.path], currentDirectory: "/") == Place.key(for: [pages.path + "/"], currentDirectory: "/"))
    }
}
