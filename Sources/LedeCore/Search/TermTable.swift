/// Numbers distinct byte strings 0, 1, 2… in the order first seen, looked up by their bytes, so
/// indexing can find a word's number without making a `String` for it. Open addressing with
/// linear probing; the keys' bytes are stored back to back.
struct TermTable {
    /// Every key's bytes, back to back: key `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Key number per slot, or -1 for an empty slot; a power of two long, at most half full.
    private var slots: [Int32]
    /// Each slot's key hash, to skip comparing bytes with a different key.
    private var slotHashes: [UInt64]

    var count: Int { starts.count - 1 }

    /// - Parameter slots: a power of two; a table for a handful of words can start small.
    init(slots: Int = 1024) {
        self.slots = [Int32](repeating: -1, count: slots)
        slotHashes = [UInt64](repeating: 0, count: slots)
    }

    /// The number of `key`, or nil when it has none.
    func number(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let number = slots[slot]
            if number < 0 { return nil }
            if slotHashes[slot] == hash, equals(Int(number), key) { return number }
            slot = (slot + 1) & mask
        }
    }

    /// The number of `key`, and whether it was new (and so has just been given the next number).
    @inline(__always)
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (number: Int32, isNew: Bool) {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let number = slots[slot]
            if number < 0 { break }
            if slotHashes[slot] == hash, equals(Int(number), key) { return (number, false) }
            slot = (slot + 1) & mask
        }
        let number = Int32(count)
        bytes.append(contentsOf: key)
        starts.append(bytes.count)
        slots[slot] = number
        slotHashes[slot] = hash
        if count * 2 > slots.count { grow() }
        return (number, true)
    }

    private func equals(_ number: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number], length = starts[number + 1] - start
        guard length == key.count else { return false }
        guard length > 0 else { return true }
        return bytes.withUnsafeBufferPointer { stored in Self.equalBytes(stored.baseAddress! + start, key.baseAddress!, length) }
    }

    /// Compares eight bytes at a time: words are short, and calling `memcmp` costs more.
    @inline(__always)
    private static func equalBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let rawA = UnsafeRawPointer(a), rawB = UnsafeRawPointer(b)
        var offset = 0
        while offset + 8 <= count {
            if rawA.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != rawB.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
            offset += 8
        }
        while offset < count {
            if a[offset] != b[offset] { return false }
            offset += 1
        }
        return true
    }

    private mutating func grow() {
        let oldSlots = slots, oldHashes = slotHashes
        slots = [Int32](repeating: -1, count: oldSlots.count * 2)
        slotHashes = [UInt64](repeating: 0, count: oldSlots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in zip(oldSlots, oldHashes) where number >= 0 {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = number
            slotHashes[slot] = hash
        }
    }

    /// Eight bytes at a time (most words are one step), mixed at the end so the low bits (the
    /// slot) depend on every byte.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        guard let start = key.baseAddress else { return hash }
        let raw = UnsafeRawPointer(start)
        var offset = 0
        while offset + 8 <= key.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            offset += 8
        }
        if offset < key.count {
            var tail: UInt64 = 0
            for index in offset..<key.count { tail |= UInt64(start[index]) << UInt64(8 * (index - offset)) }
            hash = (hash ^ tail) &* 0xBF58_476D_1CE4_E5B9
        }
        hash ^= hash >> 29
        return hash &* 0x94D0_49BB_1331_11EB ^ (hash >> 32)
    }
}
