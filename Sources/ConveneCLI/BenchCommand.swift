import ArgumentParser
import Foundation
import Planning

/// `convene bench`: plans every shipped scenario and generated ASEAN years
/// of growing size, each in its own process so that peak memory is its
/// own, and prints a table. Run it on a release build.
public struct BenchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure planning time, quality and memory on the shipped scenarios and generated years.",
        discussion: "Build with `swift build -c release` first; debug builds are several times slower."
    )

    @Option(help: "The folder of scenarios to plan.")
    var scenarios: String = "Scenarios"

    @Option(help: "Sizes of generated ASEAN years, in meetings (about).")
    var sizes: String = "200,500,1500"

    @Option(help: "Search time limit per case, in seconds.")
    var timeLimit: Double = 10

    @Option(help: "Seed of the generated years and of the search.")
    var seed: UInt64 = 1

    public init() {}

    public func validate() throws {
        guard sizes.split(separator: ",").allSatisfy({ Int($0).map { $0 > 0 && $0 <= 15_000 } ?? false }) else {
            throw ValidationError("--sizes must be a comma-separated list of meeting counts, e.g. 200,500,1500")
        }
    }

    public func run() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("convene-bench-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        var cases: [(name: String, path: String)] = []
        let shipped = (try? FileManager.default.contentsOfDirectory(atPath: scenarios)) ?? []
        for file in shipped.sorted() where file.hasSuffix(".yaml") {
            cases.append((String(file.dropLast(5)), scenarios + "/" + file))
        }
        for size in sizes.split(separator: ",").compactMap({ Int($0) }) {
            let bodies = max(1, Int((Double(size) / 7.6).rounded()))
            let path = work.appendingPathComponent("asean-\(size).yaml").path
            try ASEANYearGenerator(year: 2024, bodies: bodies, seed: seed).yaml().write(toFile: path, atomically: true, encoding: .utf8)
            cases.append(("generated ~\(size)", path))
        }

        let header = ["case", "meetings", "options", "first (s)", "total (s)", "first obj", "objective", "bound", "status", "peak MB"]
        var rows: [[String]] = []
        for (index, item) in cases.enumerated() {
            let stats = work.appendingPathComponent("stats-\(index).json").path
            let run = try ChildProcess.run(CommandLine.arguments[0], [
                "plan", item.path, "-o", work.appendingPathComponent("out-\(index)").path,
                "--stats", stats, "--time-limit", String(timeLimit), "--seed", String(seed),
            ])
            let report = (try? Data(contentsOf: URL(fileURLWithPath: stats)))
                .flatMap { try? JSONDecoder().decode(SearchReport.self, from: $0) }
            func fixed(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "-" }
            rows.append([
                item.name, report.map { String($0.meetings) } ?? "-", report.map { String($0.options) } ?? "-",
                fixed(report.flatMap { r in r.secondsToFirstSolution.map { $0 + r.modelSeconds } }),
                fixed(run.seconds),
                report?.firstObjective.map(String.init) ?? "-", report?.objective.map(String.init) ?? "-",
                report?.lowerBound.map(String.init) ?? "-",
                run.status == 0 ? (report?.status ?? "?") : "exit \(run.status)",
                String(run.peakKilobytes / 1024),
            ])
        }
        Console.out(Table.render(header: header, rows: rows, rightAligned: Set(1..<9).union([9])).joined(separator: "\n"))
        Console.out("first: model building plus the search's time to its first plan; total: the whole `convene plan` process.")
    }
}

/// Runs a program and reports its exit status, wall time and peak memory
/// (from wait4's resource usage, which a Foundation Process does not give).
enum ChildProcess {
    struct Result {
        let status: Int32
        let seconds: Double
        let peakKilobytes: Int
    }

    static func run(_ program: String, _ arguments: [String]) throws -> Result {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let started = ContinuousClock.now
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else {
            Console.error("bench: cannot start \(program): \(String(cString: strerror(spawned)))")
            throw ExitStatus.ioError
        }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let elapsed = ContinuousClock.now - started
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exitStatus,
                      seconds: elapsed.seconds,
                      peakKilobytes: Int(usage.ru_maxrss))
    }
}
