import Foundation
import PackagePlugin

/// Embeds a top-level folder of text files into a target as a generated Swift enum:
/// `LedeCore` gets `Samples/*.txt` as `BundledSamples`, `LedeUI` gets `Themes/*.toml` as `BundledThemes`.
@main
struct EmbedResources: BuildToolPlugin {
    /// target name → (folder at the package root, file extension, generated enum name)
    static let embeddings: [String: (folder: String, fileExtension: String, enumName: String)] = [
        "LedeCore": ("Samples", "txt", "BundledSamples"),
        "LedeUI": ("Themes", "toml", "BundledThemes"),
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let embedding = Self.embeddings[target.name] else { return [] }
        let folder = context.package.directoryURL.appending(path: embedding.folder)
        // A missing folder embeds nothing rather than failing the build.
        let inputs = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == embedding.fileExtension }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(embedding.enumName).swift")
        return [
            .buildCommand(
                displayName: "Embedding \(embedding.folder)/ into \(target.name)",
                executable: try context.tool(named: "lede-embed").url,
                arguments: [output.path, embedding.enumName] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
