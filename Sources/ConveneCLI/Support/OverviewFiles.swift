import Overview
import Planning
import Scenarios

/// The overview page `convene plan` writes beside plan.json, from the
/// scenario and imported calendars it planned with.
enum OverviewFiles {
    static func page(_ plan: Plan, scenario: Scenario, imported: ImportedCalendars) throws -> String {
        let timeline = Timeline(
            plan: plan, scenario: scenario, fixed: imported.fixed.map { Timeline.FixedSpan(title: $0.title, days: $0.days) },
            holidays: imported.holidays)
        return try OverviewPage(timeline, links: OverviewPage.Links(isSafe: SafeFileName.isSafe)).render()
    }
}
