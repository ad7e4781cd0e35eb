import ConveneTestSupport
import Foundation
import ICalendar
import Calendars
import Testing
@testable import Planning
@testable import Scenarios
@testable import CalendarExchange

/// The exported calendar of a hand-built plan, compared byte for byte with
/// a reviewed golden file in Snapshots/. Set RECORD_SNAPSHOTS=1 to record
/// it again; a freshly recorded snapshot fails the test once, so that a
/// recording is never mistaken for a pass.
@Suite struct PlanCalendarSnapshotTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static let scenario = """
    body: { name: ASEAN Cooperation on Civil Service Matters, short: ACCSM }
    cycle: 22
    chair: BN
    members: [BN, MM, VN]
    partners: [AU]
    horizon: { from: 2022-08-06, to: 2024-06-30 }
    venues:
      - { id: icc, name: International Convention Centre, city: Bandar Seri Begawan, country: BN, latitude: 4.9031, longitude: 114.9398 }
      - { id: online, name: ACCSM 22 online platform, virtual: true, joinURL: "https://meet.example.invalid/accsm22" }
    meetings:
      - { id: som, kind: som, days: 2, venues: [icc] }
      - { id: focal-points, kind: focal-points, hours: 3, venues: [online] }
      - { id: heads, kind: heads, days: 1, venues: [icc], mode: hybrid, remote: [MM] }

    """

    // The fixture is written as plan.json holds it; these read its text.
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static func time(_ text: String) -> LocalTime { LocalTime(text: text)! }
    static func instant(_ text: String) -> UTCInstant { UTCInstant(text: text)! }

    static func entry(_ id: MeetingID, _ title: String, kind: MeetingKind, mode: MeetingMode, venue: VenueID, venueName: String,
                      days: (String, String), times: (String, String), utc: (String, String),
                      attendees: [DelegationID], remote: [DelegationID] = [], moved: Plan.Move? = nil) -> Plan.Entry {
        Plan.Entry(id: id, title: title, kind: kind, mode: mode, venue: venue, venueName: venueName,
                   city: venue == "online" ? nil : "Bandar Seri Begawan", country: "BN",
                   date: day(days.0), lastDate: day(days.1), weekday: .tuesday, localStart: time(times.0), localEnd: time(times.1),
                   timeZone: ZoneID("Asia/Brunei"), utcOffset: OffsetFromUTC(minutes: 480),
                   utcStart: instant(utc.0), utcEnd: instant(utc.1),
                   attendees: attendees, remote: remote,
                   model: Plan.ModelCoordinates(venue: venue, day: 0, lastDay: 0, start: 0, end: 0, option: 0),
                   cost: 0, costs: [], moved: moved)
    }

    static let plan = Plan(
        format: Plan.formatTag, body: "ACCSM", bodyName: "ASEAN Cooperation on Civil Service Matters", cycle: 22,
        chair: "BN", theme: nil, scenario: "snapshot.yaml", scenarioSHA256: "", epoch: day("2022-08-06"),
        meetings: [
            entry("som", "22nd ACCSM Senior Officials Meeting (SOM)", kind: .som, mode: .inPerson, venue: "icc",
                  venueName: "International Convention Centre", days: ("2023-05-09", "2023-05-10"), times: ("09:00", "17:30"),
                  utc: ("2023-05-09T01:00:00Z", "2023-05-10T09:30:00Z"), attendees: ["BN", "MM", "VN"],
                  moved: Plan.Move(from: day("2023-05-02"), fromVenue: "icc", fromStart: time("09:00"), reason: "the venue closed")),
            entry("focal-points", "ACCSM 22 Focal Points Meeting", kind: .focalPoints, mode: .virtual, venue: "online",
                  venueName: "ACCSM 22 online platform", days: ("2023-07-03", "2023-07-03"), times: ("10:30", "13:30"),
                  utc: ("2023-07-03T02:30:00Z", "2023-07-03T05:30:00Z"), attendees: ["BN", "MM", "VN"], remote: ["BN", "MM", "VN"]),
            entry("heads", "22nd ACCSM Heads of Civil Service Meeting; handover, \"Fit for the Future\"", kind: .heads,
                  mode: .hybrid, venue: "icc", venueName: "International Convention Centre",
                  days: ("2024-04-22", "2024-04-22"), times: ("09:00", "17:30"),
                  utc: ("2024-04-22T01:00:00Z", "2024-04-22T09:30:00Z"), attendees: ["BN", "MM", "VN"], remote: ["MM"]),
        ],
        objective: 0, breakdown: [:],
        solver: Plan.Search(status: .optimal, provenOptimal: true, lowerBound: 0, nodes: 0, iterations: 0, stoppedBy: .completed, seed: 0),
        movedCount: 1)

    @Test(arguments: [nil, "MM"] as [String?])
    func calendarMatchesItsSnapshot(delegation: String?) throws {
        let scenario = try #require(ScenarioFixtures.load(Self.scenario).scenario)
        var options = PlanCalendar.Options(timestamp: ICalDateTime(utcSecondsSince1970: 1_700_000_000))
        options.delegation = delegation
        let text = try PlanCalendar(plan: Self.plan, scenario: scenario).text(options)
        let file = Self.snapshots.appendingPathComponent("accsm-22-\(delegation ?? "all").ics")
        let recorded = try? Data(contentsOf: file)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil || recorded == nil {
            try Data(text.utf8).write(to: file)
            Issue.record("recorded \(file.lastPathComponent); review it and run the tests again")
            return
        }
        #expect(recorded == Data(text.utf8), "differs from \(file.lastPathComponent); RECORD_SNAPSHOTS=1 re-records it")
    }
}
