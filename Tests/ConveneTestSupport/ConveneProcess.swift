import Foundation

/// Runs the built `convene` binary as a user would: arguments in, standard
/// output, standard error and exit status out.
public struct ConveneProcess {
    public struct Result: Sendable {
        public let status: Int32
        public let standardOutput: String
        public let standardError: String
    }

    /// The built binary: next to the test bundle (SwiftPM puts products and
    /// tests in one folder), else under .build/debug.
    public static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("convene")
        var candidates = [beside]
        // The test bundle may be a folder (…/X.xctest/Contents/MacOS/X on macOS).
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0])
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("convene"))
        candidates.append(RepositoryPaths.root.appendingPathComponent(".build/debug/convene"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? beside
    }

    /// Runs `convene ARGUMENTS` in `folder` with `environment` added.
    public static func run(_ arguments: [String], in folder: URL = RepositoryPaths.root,
                           environment: [String: String] = [:], input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe(), error = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        DispatchQueue.global().async(group: group) { outData = PipeReader.readAll(output.fileHandleForReading) }
        DispatchQueue.global().async(group: group) { errData = PipeReader.readAll(error.fileHandleForReading) }
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      standardOutput: String(decoding: outData, as: UTF8.self),
                      standardError: String(decoding: errData, as: UTF8.self))
    }
}
