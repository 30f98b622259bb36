import CNcursesw

/// Where a frame's memory comes from. A 250x80 grid is about 640 KB, over glibc's threshold for
/// taking fresh pages from the kernel, so every frame faulted in some 150 new pages and gave them
/// back (a tenth of a frame's time). Blocks under 4 MB stay in the heap instead, and up to 16 MB
/// freed at the top of a heap is kept for the next frame. The setting is process-wide (it holds
/// for the threads that load pages too; a page's buffer over 4 MB still comes from the kernel and
/// goes back), so it is made once, at start, by the process that draws frames.
public enum FrameMemory {
    public static func keepInHeap() {
        lede_keep_blocks_in_heap(4 << 20)
    }
}
