import Foundation

/// Runs a tool other than `convene` that a test checks against (python
/// with its calendar libraries, khal): found on PATH, its output captured.
/// A test that needs a tool which is missing fails, saying how to install
/// it; it never passes silently.
public struct ExternalTool {
    public struct Result: Sendable {
        public let status: Int32
        public let standardOutput: String
        public let standardError: String
    }

    /// The executable called `name` on PATH, if any.
    public static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `executable ARGUMENTS` in `folder` with `environment` added, and waits.
    public static func run(_ executable: URL, _ arguments: [String], in folder: URL? = nil,
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
        guard let python = find("python3") else { return "python3 is not on PATH; install it (apt-get install python3)" }
        let probe = try? run(python, ["-c", "import " + modules.joined(separator: ", ")])
        guard probe?.status == 0 else {
            return "python3 cannot import \(modules.joined(separator: ", ")); install with: \(install) (.ci/run does)"
        }
        return nil
    }
}
