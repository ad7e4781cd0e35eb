import Checking
import Foundation
import Planning
import Scenarios

/// The scenario every input is checked against: the shipped ACCSM-22 one.
let scenario: Scenario = {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios/accsm-22-brunei.yaml").path
    guard let text = try? String(contentsOfFile: path, encoding: .utf8),
          let loaded = ScenarioLoader().load(text: text, file: "accsm-22-brunei.yaml").scenario else {
        fatalError("cannot load \(path)")
    }
    return loaded
}()

/// libFuzzer's per-input callback: the bytes go through both of `convene
/// check`'s readers of a schedule, as an iCalendar file
/// (`CalendarScheduleReader`) and as a plan.json (`PlanJSON.decode` then
/// `ScheduleBuilder.fromPlan`), and whatever schedule they give through
/// `ScheduleChecker`. Laws: every diagnostic has a place inside the
/// input, and so has every entry the checker skips. Any trap or sanitizer
/// report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCheckReaders(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let lines = bytes.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
    var results: [ScheduleBuilder.Result] = [CalendarScheduleReader.read([.init(file: "in.ics", bytes: bytes)], scenario: scenario)]
    if let plan = try? PlanJSON.decode(Data(bytes)) {
        results.append(ScheduleBuilder.fromPlan(plan, scenario: scenario, planFile: "in.json", planText: String(decoding: bytes, as: UTF8.self)))
    }
    for result in results {
        for diagnostic in result.diagnostics {
            if let line = diagnostic.location?.line, line < 1 || line > lines + 1 {
                fatalError("a diagnostic at line \(line) of a \(lines)-line input: \(diagnostic)")
            }
        }
        guard let report = try? ScheduleChecker(scenario: scenario).check(result.schedule) else { continue }
        // Every entry the checker skips is reported at a place in the input.
        for entry in report.unchecked where entry.isSkippedEntry {
            guard let location = entry.location, ["in.ics", "in.json"].contains(location.file),
                  location.line >= 1, location.line <= lines + 1 else {
                fatalError("a skipped entry without a place in the input: \(entry)")
            }
        }
    }
    return 0
}
