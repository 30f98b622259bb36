import LedeCore
import LedeTestSupport
import LedeUI
import Testing

/// A terminal below `ScreenLayout.minimum` says so, and keys wait for it to grow: they would act
/// on a screen no one can see.
@Suite struct TooSmallTerminalTests {
    static let tiny = Size(width: 10, height: 3)

    @Test func saysItIsTooSmallTheSizeItNeedsAndHowToQuit() {
        let state = AppState(library: SampleLibrary.library, size: Self.tiny)
        #expect(Screen.render(state, theme: .builtIn).lines == ["too small ", "need 20×3 ", "q quits   "])
    }

    @Test func eachLineIsCutWithAMarkWhenEvenItsShortFormIsTooWide() {
        let state = AppState(library: SampleLibrary.library, size: Size(width: 6, height: 1))
        #expect(Screen.render(state, theme: .builtIn).lines == ["too s…"])
    }

    @Test func keysOtherThanQuitDoNothingUntilTheScreenIsBigEnoughAgain() {
        var state = AppState(library: SampleLibrary.library, size: ScreenSnapshotTests.narrow)
        _ = reduce(&state, .resized(Self.tiny))
        for key: Key in [.character("j"), .enter, .character("/"), .character("s"), .character("?"), .character("z")] {
            #expect(reduce(&state, .key(key)) == [])
        }
        _ = reduce(&state, .resized(ScreenSnapshotTests.narrow))
        let untouched = AppState(library: SampleLibrary.library, size: ScreenSnapshotTests.narrow)
        #expect(Screen.render(state, theme: .builtIn).lines == Screen.render(untouched, theme: .builtIn).lines)
    }

    @Test func quitKeysStillQuit() {
        for key: Key in [.character("q"), .character("Q"), .control("c")] {
            var state = AppState(library: SampleLibrary.library, size: Self.tiny)
            #expect(reduce(&state, .key(key)) == [.quit])
        }
    }
}
