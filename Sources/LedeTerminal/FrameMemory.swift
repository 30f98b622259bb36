import CNcursesw

/// Where a frame's memory comes from. A 250x80 grid is about 640 KB, over glibc's threshold for
/// taking fresh pages from the kernel, so every frame faulted in some 150 new pages and gave them
/// back (a tenth of a frame's time). Blocks under 8 MB stay in the heap instead, and up to 32 MB
/// freed at its top is kept, to be used again by the next frame. Called once, by a process that
/// draws frames.
public enum FrameMemory {
    public static func keepInHeap() {
        lede_keep_blocks_in_heap(8 << 20)
    }
}
