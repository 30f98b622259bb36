import LedeTestSupport
import LedeUI
import Testing

/// The loop between the reducer and a terminal, run against the in-memory backend.
@Suite struct RunLoopTests {
    @Test func ctrlLRedrawsEverythingOnceAndTheLoopGoesOn() {
        var backend = TestBackend(size: Size(width: 100, height: 24), events: [.key(.control("l")), .key(.down), .key(.character("q"))])
        let state = AppState(library: SampleLibrary.library, size: Size(width: 100, height: 24))
        let final = RunLoop(theme: Theme.builtIn).run(state, backend: &backend)
        #expect(backend.fullRedraws == 1)
        #expect(final.selectedStory != state.selectedStory)
    }

    /// Ctrl-Z as a key, and as the signal (`.suspend`), suspends from anywhere, the search
    /// prompt too; back, the frame is drawn whole at the size the terminal has then.
    @Test func ctrlZAndSigtstpSuspendAndTheLoopGoesOnAtTheNewSize() {
        var backend = TestBackend(size: Size(width: 100, height: 24), events: [
            .key(.control("z")), .key(.character("/")), .suspend, .resized(Size(width: 80, height: 20)), .key(.escape), .key(.down),
            .key(.character("q")),
        ])
        let state = AppState(library: SampleLibrary.library, size: Size(width: 100, height: 24))
        let final = RunLoop(theme: Theme.builtIn).run(state, backend: &backend)
        #expect(backend.suspends == 2)
        #expect(backend.fullRedraws == 2)
        #expect(final.size == Size(width: 80, height: 20))
        #expect(final.selectedStory != state.selectedStory)
        #expect(final.message == nil)
    }
}
