import Foundation

/// How likely each line is to be article text: a logistic model over `LineFeatures`, with one
/// weight per named feature, fitted by `scripts/train-line-model` on the dev corpora (the
/// weights are in `LineModel+Weights.swift`; nothing is trained at run time).
enum LineModel {
    /// The weights in force: the built-in ones, or for measuring a model fitted on other corpora
    /// (`scripts/score-corpus --weights`), a JSON file `{"body_names": [...], "body": [...], "headline_names": …}` named by
    /// `LEDE_LINE_WEIGHTS`.
    static let body: [Double] = override("body", names: LineFeatures.names) ?? bodyWeights

    /// Per line, the log-odds that it is article text (blank lines: `-infinity`).
    static func bodyLogits(for lines: [Line]) -> [Double] {
        var logits = [Double](repeating: -.infinity, count: lines.count)
        body.withUnsafeBufferPointer { weights in
            logits.withUnsafeMutableBufferPointer { logits in
                var sum = WeightedSum(weights: weights, logits: logits)
                LineFeatures.forEachRow(of: lines, into: &sum)
            }
        }
        return logits
    }

    /// Weighs each feature as `forEachRow` gives it, in slot order as a row's dot product adds
    /// them (so the sums are the same to the bit), and writes no row: writing every line's
    /// row and reading it back again cost more than the sums.
    private struct WeightedSum: LineFeatureSink {
        let weights: UnsafeBufferPointer<Double>
        let logits: UnsafeMutableBufferPointer<Double>
        var sum = 0.0

        mutating func set(_ slot: Int, _ value: Double) { sum += value * weights[slot] }

        /// A flag's term is its weight or nothing, not a product: the sum is the same to the bit
        /// (1 × w is w, and adding 0 × w, ±0, leaves a sum that is never -0 as it was), and
        /// half the row's slots are flags.
        mutating func set(_ slot: Int, flag on: Bool) { if on { sum += weights[slot] } }

        mutating func endRow(_ index: Int) {
            logits[index] = sum
            sum = 0
        }
    }

    /// Weights from `LEDE_LINE_WEIGHTS` under `key`, when that file has them for these feature names.
    static func override(_ key: String, names: [String]) -> [Double]? {
        guard let path = ProcessInfo.processInfo.environment["LEDE_LINE_WEIGHTS"],
              let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object[key + "_names"] as? [String] == names,
              let weights = object[key] as? [Double], weights.count == names.count else { return nil }
        return weights
    }
}
