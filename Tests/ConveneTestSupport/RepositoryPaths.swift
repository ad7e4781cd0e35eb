import Foundation

/// Paths inside the repository, found from this file's place so that tests
/// run from any working folder.
public enum RepositoryPaths {
    /// The package root (the folder holding Package.swift).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ConveneTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    public static var scenarios: URL { root.appendingPathComponent("Scenarios") }

    /// Every shipped scenario file, sorted by name.
    public static var shippedScenarios: [URL] {
        let files = (try? FileManager.default.contentsOfDirectory(at: scenarios, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "yaml" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
