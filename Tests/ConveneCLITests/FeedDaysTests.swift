import ConveneTestSupport
import Foundation
import ICalendar
import Planning
import Scenarios
import Testing
@testable import ConveneCLI

/// A three-day meeting is three events in the feeds, each with exactly the
/// hours of that day of its agenda (first item's start to last item's end).
@Suite struct FeedDaysTests {
    static let scenario = """
    body: { name: Test Body, short: TB }
    cycle: 4
    chair: BN
    members: [BN, VN]
    horizon: { from: 2023-01-01, to: 2023-12-31 }
    venues:
      - { id: icc, name: International Convention Centre, city: Bandar Seri Begawan, country: BN }
    meetings:
      - { id: som, kind: som, days: 3, venues: [icc], window: 2023-05-08..2023-05-31 }

    """

    @Test func aThreeDayMeetingIsThreeEventsWithTheAgendasHours() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-days-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.scenario.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        let result = try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder, environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(result.status == 0, "\(result.standardError)")

        let plan = try PlanJSON.decode(try Data(contentsOf: folder.appendingPathComponent("out/plan.json")))
        let scenario = try #require(ScenarioFixtures.load(Self.scenario).scenario)
        let built = try #require(try PlanAgendas(plan: plan, scenario: scenario).byMeeting["som"]?.get())
        let days = built.agenda.days
        #expect(days.count == 3)

        for file in ["out/calendar.ics", "out/calendars/VN.ics"] {
            let calendar = try ICalendarParser().parseCalendar(data: try Data(contentsOf: folder.appendingPathComponent(file)))
            let events = calendar.events.filter { $0.component.text("X-CONVENE-MEETING") == "som" }
            #expect(events.count == 3, "\(file)")
            for (event, day) in zip(events, days) {
                guard case .dateTime(let start) = try event.start(), case .dateTime(let end) = try event.end() else {
                    Issue.record("\(file): not timed")
                    continue
                }
                let first = try #require(day.slots.first), last = try #require(day.slots.last)
                #expect(start.date.daysSince1970 == day.day.daysSince1970 && end.date.daysSince1970 == day.day.daysSince1970)
                #expect(start.hour * 60 + start.minute == first.start, "\(file) \(day.day)")
                #expect(end.hour * 60 + end.minute == last.end, "\(file) \(day.day)")
            }
        }
    }
}
