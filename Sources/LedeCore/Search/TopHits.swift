/// The best `capacity` hits of many, best first (ties in library order), in O(n log capacity):
/// a min-heap whose root is the worst hit kept so far.
struct TopHits {
    private var heap: [SearchHit] = []
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        heap.reserveCapacity(self.capacity)
    }

    /// Whether `a` ranks below `b`.
    private static func worse(_ a: SearchHit, _ b: SearchHit) -> Bool {
        a.score != b.score ? a.score < b.score : a.id > b.id
    }

    mutating func insert(_ hit: SearchHit) {
        if heap.count < capacity {
            heap.append(hit)
            siftUp(heap.count - 1)
        } else if Self.worse(heap[0], hit) {
            heap[0] = hit
            siftDown(0)
        }
    }

    /// The kept hits, best first.
    var sorted: [SearchHit] {
        heap.sorted { Self.worse($1, $0) }
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.worse(heap[child], heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var worst = parent
            if left < heap.count, Self.worse(heap[left], heap[worst]) { worst = left }
            if right < heap.count, Self.worse(heap[right], heap[worst]) { worst = right }
            guard worst != parent else { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
