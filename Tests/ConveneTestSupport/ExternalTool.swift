import Foundation

/// A program a test needs from the machine (a browser, an office suite,
/// python with its calendar libraries, khal): found on PATH, or the test
/// fails with the command that installs it. `.ci/run` installs every one
/// of them; a test never passes silently without its tool.
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

    /// What `capture` gives: exit status and both outputs.
    public struct Result: Sendable {
        public let status: Int32
        public let standardOutput: String
        public let standardError: String
    }

    /// The executable called `name` on PATH, if any.
    public static func find(_ name: String) -> URL? {
        try? find([name], install: "")
    }

    /// Runs `executable ARGUMENTS` in `folder` with `environment` added,
    /// and waits; standard output and error captured.
    public static func capture(_ executable: URL, _ arguments: [String], in folder: URL? = nil,
                               environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        DispatchQueue.global().async(group: group) { outData = PipeReader.readAll(output.fileHandleForReading) }
        DispatchQueue.global().async(group: group) { errData = PipeReader.readAll(error.fileHandleForReading) }
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
                      standardError: String(decoding: errData, as: UTF8.self))
    }

    /// Why python3 cannot be used with `modules`, with the install command;
    /// nil when it can.
    public static func pythonProblem(modules: [String], install: String) -> String? {
        guard let python = find("python3") else { return "python3 is not on PATH; install it with: apt-get install python3" }
        let probe = try? capture(python, ["-c", "import " + modules.joined(separator: ", ")])
        guard probe?.status == 0 else {
            return "python3 cannot import \(modules.joined(separator: ", ")); install with: \(install) (or run .ci/run, which does)"
        }
        return nil
    }
}
