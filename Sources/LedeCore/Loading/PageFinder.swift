import Foundation

/// Expands the paths a user gave into the files to read, reporting those that cannot be read.
enum PageFinder {
    /// Files named directly are read whatever their extension; folders give their pages (files
    /// named as a `PageFormat` names them: `.txt`, `.html`, `.htm`), recursively, in name order.
    /// Symlink loops are followed once. Web addresses and `-` are passed on as they are.
    static func files(in paths: [String]) -> ([String], [LoadProblem]) {
        var files: [String] = []
        var problems: [LoadProblem] = []
        var visited = Set<String>()
        var streams: [(device: UInt, inode: UInt)] = []
        for path in paths {
            if path == "-" || WebAddress.isWebAddress(path) { files.append(path); continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(LoadProblem(path: path, message: reason(for: path)))
                continue
            }
            if isDirectory.boolValue {
                // A folder inside one given before ("news news/today") has had its pages listed.
                let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                if visited.contains(real) {
                    let inside = files.contains { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path.hasPrefix(real + "/") }
                    if !inside { problems.append(noPages(in: path)) }
                    continue
                }
                let before = files.count, problemsBefore = problems.count
                walk(path, into: &files, visited: &visited, problems: &problems)
                // (A folder that could not be opened has said why: it is not also said to be empty.)
                if files.count == before, !problems[problemsBefore...].contains(where: { $0.path == path }) {
                    problems.append(noPages(in: path))
                }
            } else if let stream = streamIdentity(path) {
                // A pipe gives its bytes once: named again, a second read would wait for a writer
                // that never comes.
                guard !streams.contains(where: { $0 == stream }) else { continue }
                streams.append(stream)
                files.append(path)
            } else {
                files.append(path)
            }
        }
        return (files, problems)
    }

    /// The device and inode of a named pipe or character device, or nil for anything else.
    private static func streamIdentity(_ path: String) -> (device: UInt, inode: UInt)? {
        var status = stat()
        guard stat(path, &status) == 0, FileBytes.isStream(status) else { return nil }
        return (UInt(status.st_dev), UInt(status.st_ino))
    }

    private static func noPages(in folder: String) -> LoadProblem {
        LoadProblem(path: folder, message: "no pages (\(PageFormat.fileNames)) in this folder")
    }

    private static func walk(_ folder: String, into files: inout [String], visited: inout Set<String>, problems: inout [LoadProblem]) {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            problems.append(LoadProblem(path: folder, message: reason(for: folder)))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var status = stat()
            guard stat(path, &status) == 0 else {
                // A page that cannot be opened by its name is said, not skipped (a name that is
                // no UTF-8 comes back repaired, and the repaired name is no file).
                if PageFormat.isPageFile(named: name) || name.contains("\u{FFFD}") {
                    problems.append(LoadProblem(path: path, message: reason(for: path)))
                }
                continue
            }
            if status.st_mode & S_IFMT == S_IFDIR {
                guard !isSavedPageResources(name, among: names) else { continue }
                walk(path, into: &files, visited: &visited, problems: &problems)
            } else if PageFormat.isPageFile(named: name) {
                // Only a pipe named by the user is read: one in a folder could wait forever.
                if status.st_mode & S_IFMT == S_IFREG {
                    files.append(path)
                } else {
                    problems.append(LoadProblem(path: path, message: PageLoader.message(for: .notARegularFile, path: path)))
                }
            }
        }
    }

    /// Whether the folder `name` holds what a browser saved with a page ("Web page, complete":
    /// `Article.html` and `Article_files/`): its frames (adverts, trackers, widgets) are no pages
    /// of their own.
    static func isSavedPageResources(_ name: String, among names: [String]) -> Bool {
        guard name.hasSuffix("_files") else { return false }
        let page = name.dropLast("_files".count)
        return names.contains(page + ".html") || names.contains(page + ".htm")
    }

    /// Why `path` cannot be read, in words.
    static func reason(for path: String) -> String {
        if access(path, F_OK) != 0 {
            // A folder on the way that may not be searched hides what is in it: not missing.
            if errno == EACCES { return "permission denied" }
            // Its bytes were no UTF-8: the name given back was repaired, and opens nothing.
            if path.contains("\u{FFFD}") { return "file name is not UTF-8: rename it to read it" }
            var isLink = false
            if let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType {
                isLink = type == .typeSymbolicLink
            }
            return isLink ? "broken symbolic link" : "no such file or folder"
        }
        if access(path, R_OK) != 0 { return "permission denied" }
        return "cannot be read"
    }
}
