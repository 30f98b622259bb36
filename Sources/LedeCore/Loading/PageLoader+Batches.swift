import Dispatch

extension PageLoader {
    /// The files `paths` name (folders expanded), and the paths that could not be used.
    public func findFiles(_ paths: [String]) -> (files: [String], problems: [LoadProblem]) {
        let (files, problems) = PageFinder.files(in: paths)
        return (files, problems)
    }

    /// Reads and parses `files` on all cores; pages keep the order of `files`.
    public func load(files: ArraySlice<String>) -> LoadResult {
        let files = Array(files)
        var slots = [Result<Page, LoadProblem>?](repeating: nil, count: files.count)
        slots.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot.
            nonisolated(unsafe) let base = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                (base + index).pointee = loadFile(files[index])
            }
        }
        var result = LoadResult(pages: [], problems: [])
        for slot in slots {
            switch slot {
            case .success(let page)?: result.pages.append(page)
            case .failure(let problem)?: result.problems.append(problem)
            case nil: break
            }
        }
        return result
    }
}
