import ArgumentParser
import Foundation
import LedeCore

/// The pages of a corpus folder and their size, as every measurement needs them.
struct Corpus {
    var paths: [String]
    var bytes: Double
    var megabytes: Double { bytes / 1_048_576 }

    static func files(in folder: String) throws -> Corpus {
        let (paths, _) = PageLoader().findFiles([folder])
        guard !paths.isEmpty else { throw ValidationError("no pages under \(folder)") }
        let bytes = paths.reduce(0.0) { total, file in
            var status = stat()
            return total + (stat(file, &status) == 0 ? Double(status.st_size) : 0)
        }
        return Corpus(paths: paths, bytes: bytes)
    }
}
