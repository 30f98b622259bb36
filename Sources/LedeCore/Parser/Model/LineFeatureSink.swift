/// Where `LineFeatures.forEachRow` puts each line's features: its slots in order, 0 first,
/// then the line's index once its row is complete.
protocol LineFeatureSink {
    mutating func set(_ slot: Int, _ value: Double)
    mutating func endRow(_ index: Int)
}

/// A sink that writes each row to a buffer and hands it to `body` (for the training data's rows).
struct RowBuffer: LineFeatureSink {
    let row: UnsafeMutableBufferPointer<Double>
    let body: (Int, UnsafeMutableBufferPointer<Double>) -> Void

    mutating func set(_ slot: Int, _ value: Double) { row[slot] = value }
    mutating func endRow(_ index: Int) { body(index, row) }
}
