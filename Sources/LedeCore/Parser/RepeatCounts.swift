/// How many lines of a page have each key hash: an open-addressed table keyed by the hashes
/// themselves (`LineKey` has already mixed them, where a Dictionary hashed each hash again), in 12
/// bytes a slot. The slots are memory of the table's own, freed with it (it cannot be copied):
/// stores into arrays checked at each that the array was not shared, twice a line.
struct RepeatCounts: ~Copyable {
    private let hashes: UnsafeMutableBufferPointer<UInt64>
    /// 0: an empty slot.
    private let counts: UnsafeMutableBufferPointer<Int32>
    private let mask: Int

    /// Room for `capacity` hashes, the table at most three quarters full.
    init(capacity: Int) {
        var slots = 16
        while slots * 3 < capacity * 4 { slots <<= 1 }
        hashes = .allocate(capacity: slots)
        hashes.initialize(repeating: 0)
        counts = .allocate(capacity: slots)
        counts.initialize(repeating: 0)
        mask = slots - 1
    }

    deinit {
        hashes.deallocate()
        counts.deallocate()
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
