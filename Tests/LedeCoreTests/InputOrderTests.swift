import LedeCore
import Testing

/// Load problems are listed in the order of the paths given, whichever was found first.
@Suite struct InputOrderTests {
    let order = InputOrder(["a.txt", "https://example.com/x", "news/", "/tmp/missing.txt", "-", "news/today"])

    @Test func aPathIsAtItsFirstPlaceAndAFolderFileAtItsFolders() {
        #expect(order.place(of: "a.txt") == 0)
        #expect(order.place(of: "https://example.com/x") == 1)
        #expect(order.place(of: "news/") == 2)
        #expect(order.place(of: "news/b.txt") == 2)
        // Listed under "news/" first, so its place, though "news/today" was given too.
        #expect(order.place(of: "news/today/c.txt") == 2)
        #expect(order.place(of: "-") == 4)
        #expect(order.place(of: "elsewhere.txt") == Int.max)
    }

    @Test func aFolderNamedWithoutItsSlashHoldsItsFiles() {
        #expect(InputOrder(["x.txt", "/srv/pages"]).place(of: "/srv/pages/deep/d.html") == 1)
    }

    @Test func problemsAreSortedByPlaceAndKeepTheirOrderWithinOne() {
        let missing = LoadProblem(path: "/tmp/missing.txt", message: "no such file or folder")
        let fetch = LoadProblem(path: "https://example.com/x", message: "timed out after 10 s")
        let inFolder1 = LoadProblem(path: "news/z.txt", message: "binary file (contains NUL bytes), skipped")
        let inFolder2 = LoadProblem(path: "news/a.txt", message: "permission denied")
        #expect(order.sorted([missing, inFolder1, inFolder2, fetch]) == [fetch, inFolder1, inFolder2, missing])
    }
}
