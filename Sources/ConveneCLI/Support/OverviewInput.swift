import Calendars
import Foundation
import Overview
import Planning
import Scenarios

/// What the overview needs besides the plan: the scenario it was made
/// from (when found), the calendars that scenario imports, and a check
/// report's findings.
enum OverviewInput {
    /// The timeline of `plan`. Without the scenario the page still draws
    /// every meeting; holidays then come from the reference data alone and
    /// delegations keep their countries' capital zones, so say so.
    static func timeline(plan: Plan, planPath: String, scenario explicit: String?, report: String?) throws -> Timeline {
        let recorded = AgendaInput.resolve(plan.scenario, besidePlan: planPath)
        let path = explicit ?? (FileManager.default.fileExists(atPath: recorded) ? recorded : nil)
        var scenario: Scenario?
        var imported = ImportedCalendars()
        if let path {
            let loaded = try ScenarioInput.load(path)
            scenario = loaded
            imported = try ImportedCalendars.load(for: loaded, scenarioPath: path)
        } else {
            Console.error("\(planPath): warning: its scenario '\(plan.scenario)' is not found from here (name it with --scenario); "
                + "the overview shows no fixed events or imported holidays, and delegations' clocks are their capitals'")
        }
        return Timeline(
            plan: plan, scenario: scenario, fixed: imported.fixed.map { Timeline.FixedSpan(title: $0.title, days: $0.days) },
            holidays: imported.holidays, findings: try report.map(findings) ?? [])
    }

    /// The findings of a `convene check --format json` report.
    static func findings(_ path: String) throws -> [ReportedFinding] {
        let text = try InputFile.read(path, kind: .report)
        do {
            return try ReportedFinding.decodeReport(Data(text.utf8))
        } catch {
            Console.error("\(path): error: not a report of 'convene check --format json': \(error)")
            throw ExitStatus.dataError
        }
    }

    /// The page's links to agendas and calendars, which `convene plan`
    /// writes beside plan.json: relative from the page's folder to the
    /// plan's.
    static func links(pageFolder: String, planPath: String) -> OverviewPage.Links {
        let planFolder = (planPath as NSString).deletingLastPathComponent
        return OverviewPage.Links(prefix: relativePrefix(from: pageFolder, to: planFolder), isSafe: SafeFileName.isSafe)
    }

    /// "" when both name one folder, else a relative path ending in "/".
    static func relativePrefix(from source: String, to target: String) -> String {
        func parts(_ path: String) -> [String] {
            let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            return (absolute as NSString).standardizingPath.split(separator: "/").map(String.init)
        }
        let from = parts(source), to = parts(target)
        var common = 0
        while common < min(from.count, to.count) && from[common] == to[common] { common += 1 }
        let steps = Array(repeating: "..", count: from.count - common) + to[common...]
        return steps.isEmpty ? "" : steps.joined(separator: "/") + "/"
    }
}
