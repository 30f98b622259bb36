import ArgumentParser

/// `lede-bench`: makes realistic corpora and measures Lede on them against cat, wc and rg.
@main
struct LedeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede-bench",
        abstract: "Benchmarks for Lede.",
        subcommands: [Generate.self, Run.self, Parse.self, HTMLBench.self, Scaling.self, Features.self, StateBench.self]
    )
}
