import ArgumentParser
import Foundation
import LedeCore

/// The pages to read, shared by every command that takes paths.
struct Inputs: ParsableArguments {
    @Argument(help: ArgumentHelp("Text pages, folders of .txt pages (read recursively), or - for standard input.", valueName: "path"))
    var paths: [String] = []
}
