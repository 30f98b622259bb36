import Foundation
import LedeCore
import LedeTestSupport
import LedeUI
import Testing

/// `o` opens the selected story's web address in `$BROWSER`; nothing runs without one.
@Suite struct BrowserKeyTests {
    func state(url: String) -> AppState {
        var page = SampleLibrary.front
        page.url = url
        return AppState(library: Library(pages: [page]), size: Size(width: 120, height: 20))
    }

    @Test func oAsksToOpenThePagesAddress() {
        var state = state(url: "https://gazette.example/harbour")
        #expect(reduce(&state, .key(.character("o"))) == [.openURL("https://gazette.example/harbour")])
    }

    @Test func oOnAStoryWithNoAddressSaysSoAndOpensNothing() {
        var state = state(url: "")
        #expect(reduce(&state, .key(.character("o"))).isEmpty)
        #expect(state.message == "no web address for this story (only fetched pages, and HTML pages that name one, have one)")
    }

    /// Only http(s) is handed to a browser.
    @Test func oOnAnAddressThatIsNotAWebAddressSaysSoAndOpensNothing() {
        var state = state(url: "javascript:alert(1)")
        #expect(reduce(&state, .key(.character("o"))).isEmpty)
        #expect(state.message == "this page's address is not a web address")
    }

    /// An HTML page whose og:url is `javascript:…` is an HTML page: `o` says its address is
    /// unusable, not that only HTML pages have one.
    @Test func oOnAnHTMLPageWhoseOwnAddressIsUnusableSaysSo() throws {
        let body = "<p>The weather office warned on Friday that a storm would reach the coast by the evening, with strong winds.</p>"
        func reader(head: String) throws -> AppState {
            let html = "<html><head>\(head)<title>Storm warning</title></head><body><h1>Storm warning</h1>\(body)</body></html>"
            let page = try PageLoader().parse(Array(html.utf8), path: "storm.html").get()
            return AppState(library: Library(pages: [page]), size: Size(width: 120, height: 20))
        }
        var unusable = try reader(head: "<meta property=\"og:url\" content=\"javascript:alert(1)\">")
        #expect(unusable.library.pages[0].url == "")
        #expect(reduce(&unusable, .key(.character("o"))).isEmpty)
        #expect(unusable.message == "this page's address is not a web address")
        // A usable canonical link after it is the page's address.
        var canonical = try reader(head: "<meta property=\"og:url\" content=\"javascript:alert(1)\"><link rel=\"canonical\" href=\"https://gazette.example/storm\">")
        #expect(reduce(&canonical, .key(.character("o"))) == [.openURL("https://gazette.example/storm")])
        // A page that names no address has none.
        var none = try reader(head: "<meta property=\"og:url\" content=\" \">")
        #expect(reduce(&none, .key(.character("o"))).isEmpty)
        #expect(none.message == "no web address for this story (only fetched pages, and HTML pages that name one, have one)")
    }

    /// A fetched page's address is where it came from, whatever its own og:url says.
    @Test func oOpensAFetchedPagesAddressEvenWhenItsOwnAddressIsUnusable() {
        var page = SampleLibrary.front
        page.url = "http://127.0.0.1:8000/page.html"
        page.namesUnusableURL = true
        var state = AppState(library: Library(pages: [page]), size: Size(width: 120, height: 20))
        #expect(reduce(&state, .key(.character("o"))) == [.openURL("http://127.0.0.1:8000/page.html")])
        #expect(state.message == nil)
    }

    @Test func theBrowserCommandTakesTheAddressAsItsLastArgumentOrInPlaceOfPercentS() {
        #expect(Browser.command(for: "https://a.example/x", browser: "firefox") == ["firefox", "https://a.example/x"])
        #expect(Browser.command(for: "https://a.example/x", browser: "w3m -o x %s:lynx") == ["w3m", "-o", "x", "https://a.example/x"])
        #expect(Browser.command(for: "https://a.example/x", browser: nil) == nil)
        #expect(Browser.command(for: "https://a.example/x", browser: "") == nil)
        // Quoted for a shell, which is not there: the quotes go.
        #expect(Browser.command(for: "https://a.example/x", browser: "firefox '%s'") == ["firefox", "https://a.example/x"])
        #expect(Browser.command(for: "https://a.example/x", browser: "firefox \"%s\"") == ["firefox", "https://a.example/x"])
        // %% is a % of its own, never the start of a %s.
        #expect(Browser.command(for: "https://a.example/x", browser: "b a%%sb %s") == ["b", "a%sb", "https://a.example/x"])
        #expect(Browser.command(for: "https://a.example/x", browser: "b 100%%") == ["b", "100%", "https://a.example/x"])
    }

    @Test func withBROWSERUnsetNothingRunsAndTheStatusLineSaysHowToSetIt() {
        #expect(Browser.open("https://a.example/x", environment: [:]) == "set $BROWSER to open https://a.example/x")
    }

    @Test func aBrowserThatIsNotThereIsSaidSoNotOpened() {
        #expect(Browser.open("https://a.example/x", environment: ["BROWSER": "nosuchbrowser", "PATH": "/usr/bin:/bin"])
                == "could not start nosuchbrowser: no such command")
        #expect(Browser.open("https://a.example/x", environment: ["BROWSER": "/nonexistent/firefox %s"])
                == "could not start /nonexistent/firefox: no such command")
    }

    @Test func aFolderOrAFileThatMayNotRunIsSaidToBeNoCommand() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("browser.sh").path
        try "#!/bin/sh\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o644)
        #expect(Browser.open("https://a.example/x", environment: ["BROWSER": folder.path])
                == "could not start \(folder.path): a folder, not a command")
        #expect(Browser.open("https://a.example/x", environment: ["BROWSER": script])
                == "could not start \(script): not executable (chmod +x it)")
        // Nor is a folder on $PATH named like the browser a command.
        let name = folder.lastPathComponent
        #expect(Browser.open("https://a.example/x", environment: ["BROWSER": name, "PATH": folder.deletingLastPathComponent().path])
                == "could not start \(name): no such command")
    }

    @Test func aBrowserThatFailsAtOnceIsSaidToFail() {
        #expect(Browser.open("https://a.example/x", environment: ["BROWSER": "/bin/false"])
                == "could not open https://a.example/x: /bin/false exited with status 1")
        // (ls of two paths that are not there: status 2.)
        #expect(Browser.open("https://a.example/x", environment: ["BROWSER": "/bin/ls /nonexistent-lede"])
                == "could not open https://a.example/x: /bin/ls exited with status 2")
    }

    @Test func aBrowserIsStartedWithTheAddressAsOneArgument() throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("lede-browser-\(UUID().uuidString)").path
        let script = marker + ".sh"
        defer { for file in [marker, script] { try? FileManager.default.removeItem(atPath: file) } }
        try "#!/bin/sh\nprintf '%s' \"$1\" > \(marker)\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        // Run by /bin/sh rather than exec'd: a script just written can be "busy" to exec while
        // another test's child, forked at that moment, still holds it open for writing.
        let note = Browser.open("https://a.example/x?a=1&b=$(touch /tmp/pwned)", environment: ["BROWSER": "/bin/sh " + script])
        #expect(note.hasPrefix("opened https://a.example/x?a=1&b=$(touch /tmp/pwned) in /bin/sh"))
        // The file exists as soon as the shell opens it, before printf has written: wait for text.
        for _ in 0..<250 where ((try? String(contentsOfFile: marker, encoding: .utf8)) ?? "").isEmpty { usleep(20_000) }
        #expect((try? String(contentsOfFile: marker, encoding: .utf8)) == "https://a.example/x?a=1&b=$(touch /tmp/pwned)")
    }
}
