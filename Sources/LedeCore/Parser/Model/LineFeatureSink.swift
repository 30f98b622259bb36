/// Where `LineFeatures.forEachRow` puts each line's features: its slots in order, 0 first,
/// then the line's index once its row is complete.
protocol LineFeatureSink {
    mutating func set(_ slot: Int, _ value: Double)
    /// A flag's slot: 1 when `on`, else 0.
    mutating func set(_ slot: Int, flag on: Bool)
    mutating func endRow(_ index: Int)
}

extension LineFeatureSink {
    mutating func set(_ slot: Int, flag on: Bool) { set(slot, on ? 1 : 0) }
}

/// A sink that writes each row to a buffer and hands it to `body` (for the training data's rows).
struct RowBuffer: LineFeatureSink {
    let row: UnsafeMutableBufferPointer<Double>
    let body: (Int, UnsafeMutableBufferPointer<Double>) -> Void

    mutating func set(_ slot: Int, _ value: Double) { row[slot] = value }
    mutating func endRow(_ index: Int) { body(index, row) }
}
