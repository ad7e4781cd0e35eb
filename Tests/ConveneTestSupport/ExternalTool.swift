import Foundation

/// A program a test needs from the machine (a browser, an office suite):
/// found on PATH, or the test fails with the command that installs it.
/// `.ci/run` installs every one of them.
public enum ExternalTool {
    public struct Missing: Error, CustomStringConvertible {
        public let description: String
    }

    /// The first of `names` found on PATH.
    public static func find(_ names: [String], install: String) throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        throw Missing(description: "\(names[0]) is not installed; install it with: \(install) (or run .ci/run, which does)")
    }

    /// Runs `tool` with `arguments`; standard output and the exit status.
    public static func run(_ tool: URL, _ arguments: [String], in folder: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = PipeReader.readAll(output.fileHandleForReading)
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
