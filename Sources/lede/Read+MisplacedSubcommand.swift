import ArgumentParser
import Foundation

/// `lede --no-state dump page.txt`: options before a subcommand make ArgumentParser take the
/// whole line as the reader's, the subcommand's name as a page. A page of that name that does
/// not exist was meant as the subcommand, so the reader says where the options go.
extension Read {
    func validate() throws {
        let names = Lede.configuration.subcommands.map { $0._commandName }
        guard let name = inputs.paths.first(where: { names.contains($0) && !FileManager.default.fileExists(atPath: $0) }) else { return }
        var rest = Array(CommandLine.arguments.dropFirst())
        if let index = rest.firstIndex(of: name) { rest.remove(at: index) }
        let suggestion = [name] + rest
        // An option of the reader's alone ("--no-color" to dump) would fail there too: say so.
        do {
            _ = try Lede.parseAsRoot(suggestion)
        } catch {
            throw ValidationError("options go after the subcommand, but lede \(suggestion.joined(separator: " ")) would fail too: \(Lede.message(for: error))")
        }
        throw ValidationError("options go after the subcommand: lede \(suggestion.joined(separator: " "))")
    }
}
