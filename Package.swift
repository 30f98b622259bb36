// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Lede",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lede", targets: ["lede"]),
    ],
    dependencies: [
        // Command-line parsing for `lede`, `lede dump`, `lede search`, `lede themes`.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // TOML parsing for theme files and config.toml.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The only C we touch: ncursesw's wide-character API, plus shims for its macros and globals.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        // The system SQLite for the reader's state (read marks, saved stories, where you were).
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // libxml2's HTML parser: saved and fetched web pages become text the way a browser shows them.
        .systemLibrary(name: "CLibxml2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

        // Parser, model, store, search, text measurement. No terminal.
        .target(name: "LedeCore", dependencies: ["CLibxml2"], plugins: ["EmbedResources"]),

        // libcurl's easy interface, opened with dlopen at first use: only the runtime library
        // (libcurl4) is needed, not its headers, and without it only fetching is missing.
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),

        // Fetching pages over http(s) for `lede https://…`: kept out of LedeCore so the parser,
        // the library and the benchmarks do not link the network.
        .target(name: "LedeWeb", dependencies: ["LedeCore", "CCurl"]),

        // State, reducer, keymap, themes, views drawing into an in-memory canvas. No curses.
        .target(
            name: "LedeUI",
            dependencies: ["LedeCore", .product(name: "TOMLKit", package: "TOMLKit")],
            plugins: ["EmbedResources"]
        ),

        // The state database: read marks, saved stories, where you were. No terminal.
        .target(name: "LedeState", dependencies: ["LedeCore", "CSQLite"]),

        // The only code that calls ncurses.
        .target(name: "LedeTerminal", dependencies: ["LedeUI", "CNcursesw"]),

        .executableTarget(
            name: "lede",
            dependencies: [
                "LedeCore", "LedeUI", "LedeTerminal", "LedeState", "LedeWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Benchmarks: a corpus generator and `lede-bench run`, timed against cat, wc and rg.
        .target(name: "LedeBenchKit"),
        .executableTarget(
            name: "lede-bench",
            dependencies: ["LedeBenchKit", "LedeCore", "LedeUI", "LedeTerminal", "LedeState", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Build-time tool: turns Samples/ and Themes/ into Swift sources so the binary carries them.
        .executableTarget(name: "lede-embed", path: "Sources/lede-embed"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["lede-embed"]),

        .target(name: "LedeTestSupport", dependencies: ["LedeCore", "LedeUI"], path: "Tests/LedeTestSupport"),
        .testTarget(name: "LedeCoreTests", dependencies: ["LedeCore", "LedeBenchKit", "LedeTestSupport"]),
        .testTarget(name: "LedeWebTests", dependencies: ["LedeWeb", "LedeCore"]),
        .testTarget(name: "LedeUITests", dependencies: ["LedeUI", "LedeCore", "LedeTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "LedeStateTests", dependencies: ["LedeState", "LedeCore", "LedeTestSupport"]),
        .testTarget(name: "LedeEndToEndTests", dependencies: ["lede", "LedeTestSupport"]),
    ]
)
