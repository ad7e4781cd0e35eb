import ConveneTestSupport
import Foundation

/// A real Radicale CalDAV server (from PyPI) on a free loopback port, with
/// its own storage folder, for the publish tests. Any login is accepted
/// (`auth type = none`); each user may write only under its own name.
final class RadicaleServer {
    let port: Int
    let folder: URL
    private let process: Process

    var base: String { "http://127.0.0.1:\(port)/" }

    init(folder: URL) throws {
        self.folder = folder
        guard let python = ExternalTool.find("python3") else { throw Failure("python3 is not on PATH") }
        let probe = try ExternalTool.capture(python, ["-c", "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"])
        guard let port = Int(probe.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure("no free port: \(probe.standardError)")
        }
        self.port = port
        let config = folder.appendingPathComponent("radicale.conf")
        try """
        [server]
        hosts = 127.0.0.1:\(port)
        [auth]
        type = none
        [rights]
        type = owner_only
        [storage]
        filesystem_folder = \(folder.appendingPathComponent("collections").path)
        [logging]
        level = warning

        """.write(to: config, atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = python
        // The test process blocks signals in its threads and a spawned
        // process inherits the mask: unblock them first, or Radicale never
        // sees the SIGTERM that stops it.
        process.arguments = ["-c", """
            import runpy, signal, sys
            signal.pthread_sigmask(signal.SIG_SETMASK, [])
            sys.argv = ["radicale", "--config", sys.argv[1]]
            runpy.run_module("radicale", run_name="__main__")
            """, config.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        // Wait until it answers.
        for _ in 0..<100 {
            let check = try ExternalTool.capture(python, ["-c", "import socket; socket.create_connection(('127.0.0.1', \(port)), 1)"])
            if check.status == 0 { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        process.terminate()
        throw Failure("Radicale did not start on port \(port)")
    }

    /// Stops the server: SIGTERM, then SIGKILL if it is still there after 5 s.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<50 where process.isRunning { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    deinit { stop() }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
