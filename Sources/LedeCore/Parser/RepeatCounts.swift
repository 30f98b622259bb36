/// How many lines of a page have each key hash: an open-addressed table keyed by the hashes
/// themselves (`LineKey` has already mixed them, where a Dictionary hashed each hash again), in 12
/// bytes a slot.
struct RepeatCounts {
    private var hashes: [UInt64]
    /// 0: an empty slot.
    private var counts: [Int32]
    private let mask: Int

    /// Room for `capacity` hashes, the table at most three quarters full.
    init(capacity: Int) {
        var slots = 16
        while slots * 3 < capacity * 4 { slots <<= 1 }
        hashes = [UInt64](repeating: 0, count: slots)
        counts = [Int32](repeating: 0, count: slots)
        mask = slots - 1
    }

    /// The slot that holds `hash`, or the empty one where it would go.
    @inline(__always)
    private func slot(of hash: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while counts[slot] != 0 && hashes[slot] != hash { slot = (slot + 1) & mask }
        return slot
    }

    mutating func add(_ hash: UInt64) {
        let slot = slot(of: hash)
        hashes[slot] = hash
        counts[slot] += 1
    }

    /// How often `hash` was added (at least once: a line counts itself).
    func count(of hash: UInt64) -> Int { max(1, Int(counts[slot(of: hash)])) }
}
