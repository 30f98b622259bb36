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
}
