import Foundation
import LedeState
import Testing

/// Whether the database is there, told apart from "cannot be told" (a folder this user may not
/// search, a file where a folder should be), which is no "not created yet".
@Suite struct StatePresenceTests {
    @Test func aDatabaseIsPresentAbsentOrHiddenWithTheReason() throws {
        let folder = TempFolder()
        #expect(StateLocation.presence(of: folder.database) == .absent)
        let store = try #require(StateOpening(path: folder.database).store)
        store.close()
        #expect(StateLocation.presence(of: folder.database) == .present)
        // (A folder without search permission says "Permission denied" the same way; root,
        // who runs the tests, may search any folder.)
        let file = folder.path + "/file"
        FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
        #expect(StateLocation.presence(of: file + "/lede/state.sqlite3") == .hidden("Not a directory"))
    }
}

/// `LEDE_NO_STATE` turns the state off with any value but one that says no.
@Suite struct StateSwitchTests {
    @Test func aValueThatSaysNoLeavesTheStateOn() {
        let home = ["HOME": "/home/ana"]
        for off in ["1", "yes", "true"] {
            #expect(StateLocation.databasePath(environment: home.merging(["LEDE_NO_STATE": off]) { $1 }) == nil)
        }
        for on in ["", "0", "false", "No", "OFF"] {
            #expect(StateLocation.databasePath(environment: home.merging(["LEDE_NO_STATE": on]) { $1 }) == "/home/ana/.local/state/lede/state.sqlite3")
        }
    }
}
