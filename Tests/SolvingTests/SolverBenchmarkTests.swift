import Foundation
import Solving
import Testing

/// Release-mode measurements, off unless CONVENE_SOLVER_BENCH is set:
/// `CONVENE_SOLVER_BENCH=1 swift test -c release --filter SolverBenchmarkTests`.
/// They print figures; the only checks are feasibility and the checker.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CONVENE_SOLVER_BENCH"] != nil))
struct SolverBenchmarkTests {
    static func peakMemoryMiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return (Int(line.split(separator: " ")[1]) ?? 0) / 1024
        }
        return -1
    }

    @Test func aseanScale() throws {
        let meetings = Int(ProcessInfo.processInfo.environment["CONVENE_SOLVER_BENCH_MEETINGS"] ?? "") ?? 1500
        let seconds = Int(ProcessInfo.processInfo.environment["CONVENE_SOLVER_BENCH_SECONDS"] ?? "") ?? 10
        let clock = ContinuousClock()
        let t0 = clock.now
        let seed = UInt64(ProcessInfo.processInfo.environment["CONVENE_SOLVER_BENCH_SEED"] ?? "") ?? 1
        let model = SyntheticModel.make(meetings: meetings, seed: seed)
        let options = model.meetings.map(\.options.count)
        print("BENCH model: \(meetings) meetings, \(options.reduce(0, +)) options (min \(options.min() ?? 0), max \(options.max() ?? 0)), generated in \(clock.now - t0)")
        let streams = Int(ProcessInfo.processInfo.environment["CONVENE_SOLVER_BENCH_STREAMS"] ?? "") ?? 1
        let iterations = Int(ProcessInfo.processInfo.environment["CONVENE_SOLVER_BENCH_ITERATIONS"] ?? "")
        let result = try Solver.solve(model, options: SolveOptions(
            seed: 1, timeLimit: .seconds(seconds), maxIterations: iterations, streams: streams))
        let s = result.statistics
        print("BENCH status \(result.status) objective \(result.objective ?? -1) breakdown \(String(describing: result.breakdown)) lowerBound \(result.lowerBound ?? -1)")
        print("BENCH first solution \(s.secondsToFirstSolution ?? -1) s, greedy objective \(s.firstObjective ?? -1), greedy passes \(s.constructionAttempts), total \(s.seconds) s, iterations \(s.iterations), improvements \(s.improvements), nodes \(s.nodes)")
        print("BENCH peak memory \(Self.peakMemoryMiB()) MiB")
        let report = ModelChecker.check(model, assignment: try #require(result.assignment))
        #expect(report.violations.isEmpty)
        #expect(report.objective == result.objective)
    }

    @Test(arguments: [10, 20, 30, 40])
    func chairTerm(meetings: Int) throws {
        let model = SyntheticModel.make(meetings: meetings, seed: UInt64(meetings), attendees: 11, venues: 6, cities: 3, days: 365)
        let result = try Solver.solve(model, options: SolveOptions(timeLimit: .seconds(10)))
        let s = result.statistics
        print("BENCH chair \(meetings): \(model.meetings.map(\.options.count).reduce(0, +)) options, status \(result.status), objective \(result.objective ?? -1) \(String(describing: result.breakdown)), lowerBound \(result.lowerBound ?? -1), nodes \(s.nodes), \(s.seconds) s, first \(s.firstObjective ?? -1) at \(s.secondsToFirstSolution ?? -1) s")
        let lns = try Solver.solve(model, options: SolveOptions(timeLimit: .seconds(5), exactMeetingLimit: 0))
        print("BENCH chair \(meetings) by LNS: objective \(lns.objective ?? -1), iterations \(lns.statistics.iterations)")
    }
}
