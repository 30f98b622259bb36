import ArgumentParser

/// `lede-bench`: makes realistic corpora and measures Lede on them against cat, wc and rg.
@main
struct LedeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede-bench",
        abstract: "Benchmarks for Lede.",
        // Each subcommand names itself (`commandName`): a name derived from its type went
        // through reflection and the runtime's conformance tables at every start, 6M
        // instructions of every `lede-bench parse` run under callgrind.
        subcommands: [Generate.self, Run.self, Parse.self, HTMLBench.self, Scaling.self, Features.self, StateBench.self, SearchKeysBench.self, StopWordKeys.self]
    )
}
