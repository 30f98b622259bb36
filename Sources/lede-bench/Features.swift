import ArgumentParser
import Foundation
import LedeCore

/// `lede-bench features PATH ...`: the line model's features of every non-blank line, as JSON
/// lines, for `scripts/train-line-model` (the features are computed here, by the parser's own
/// code, so training and reading can never disagree about them).
struct Features: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "features", abstract: "Print the line model's features of every line (JSON lines).")

    @Flag(help: "The headline model's candidates instead of every line.") var headlines = false
    @Argument(help: "Text pages.") var paths: [String]

    func run() throws {
        var out = FileHandle.standardOutput
        print(String(decoding: try JSONSerialization.data(withJSONObject: ["names": headlines ? HeadlineFeatureTable.names : LineFeatureTable.names]), as: UTF8.self), to: &out)
        for path in paths {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            guard case .success(let decoded) = TextDecoder.decode(bytes) else { continue }
            for row in headlines ? HeadlineFeatureTable.rows(of: decoded.text) : LineFeatureTable.rows(of: decoded.text) {
                let object: [String: Any] = ["path": path, "line": row.line, "values": row.values]
                print(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self), to: &out)
            }
        }
    }
}

extension FileHandle: @retroactive TextOutputStream {
    public func write(_ string: String) { write(Data(string.utf8)) }
}
