import Calendars
import ConveneTestSupport
import Foundation
import ICalendar
import Testing
@testable import Planning
@testable import Scenarios
@testable import CalendarExchange

/// Plans as iCalendar (RFC 5545): identity across re-plans, zones, the
/// clock, determinism, escaping, per-delegation filtering, sessions.
@Suite struct PlanCalendarTests {
    /// Myanmar chairs; one meeting in Yangon (UTC+06:30), one in Sydney in
    /// November (UTC+11 under daylight saving), one online with a link,
    /// one of three days, and a dialogue that only AU joins besides the chair.
    static let zones = """
    body: { name: Test Body, short: TB }
    cycle: 5
    chair: MM
    members: [MM, SG]
    partners: [AU]
    horizon: { from: 2023-01-01, to: 2023-12-31 }
    venues:
      - { id: mics, name: Myanmar International Convention Centre, city: Yangon, country: MM, timeZone: Asia/Yangon, latitude: 16.8, longitude: 96.15 }
      - { id: icc-sydney, name: ICC Sydney, city: Sydney, country: AU, timeZone: Australia/Sydney }
      - { id: online, name: TB online platform, virtual: true, timeZone: Asia/Yangon, joinURL: "https://meet.example.invalid/tb5" }
    meetings:
      - { id: som, kind: som, days: 3, venues: [mics], window: 2023-06-05..2023-06-16 }
      - { id: retreat, kind: other, days: 1, venues: [icc-sydney], attendees: [members, AU], window: 2023-11-14..2023-11-16 }
      - { id: focal, kind: focal-points, hours: 2, venues: [online], window: 2023-03-06..2023-03-10 }
      - { id: dialogue, kind: dialogue, hours: 2, venues: [online], attendees: [chair, AU], window: 2023-03-13..2023-03-17 }

    """

    static let stamp = ICalDateTime(utcSecondsSince1970: 1_700_000_000)

    static func planned(_ text: String = zones, keep: Plan? = nil) throws -> (Plan, Scenario) {
        let scenario = try #require(ScenarioFixtures.load(text).scenario)
        let plan = try #require(try PlanningFixtures.plan(text, keep: keep).plan)
        return (plan, scenario)
    }

    static func text(_ plan: Plan, _ scenario: Scenario?, _ options: PlanCalendar.Options = .init(timestamp: stamp)) throws -> String {
        try PlanCalendar(plan: plan, scenario: scenario).text(options)
    }

    @Test func everyTZIDHasAVTimeZoneThatResolvesToThePlannedInstant() throws {
        let (plan, scenario) = try Self.planned()
        let calendar = try ICalendarParser().parseCalendar(try Self.text(plan, scenario))
        #expect(calendar.timeZones.compactMap(\.id) == ["Asia/Yangon", "Australia/Sydney"])
        let yangon = try #require(calendar.timeZone(id: "Asia/Yangon"))
        #expect(yangon.observances.allSatisfy { $0.component.property("TZOFFSETTO")?.value == "+0630" })
        let sydney = try #require(calendar.timeZone(id: "Australia/Sydney"))
        #expect(sydney.observances.contains { $0.component.name == "DAYLIGHT" })
        // No fallback: every instant must come from the embedded VTIMEZONEs.
        let resolver = calendar.resolver()
        let rfc3339 = ISO8601DateFormatter()
        // One event per meeting day, within the hours the plan reserves.
        #expect(calendar.events.count == plan.meetings.count + 2)
        for event in calendar.events {
            let meeting = try #require(event.component.text("X-CONVENE-MEETING"))
            let entry = try #require(plan.meetings.first { $0.id.rawValue == meeting })
            guard case .dateTime(let start) = try event.start(), case .dateTime(let end) = try event.end() else {
                Issue.record("\(entry.id): not a timed event")
                continue
            }
            #expect(start.tzid == entry.timeZone.identifier)
            let from = try #require(rfc3339.date(from: entry.utcStart.description)), to = try #require(rfc3339.date(from: entry.utcEnd.description))
            #expect(try resolver.instant(for: start) >= from, "\(entry.id)")
            #expect(try resolver.instant(for: end) <= to, "\(entry.id)")
        }
        let retreat = try #require(plan.meetings.first { $0.id == "retreat" })
        #expect(retreat.utcOffset.description == "+11:00")
    }

    @Test func eventsCarryTheMeetingsFacts() throws {
        let (plan, scenario) = try Self.planned()
        let calendar = try ICalendarParser().parseCalendar(try Self.text(plan, scenario))
        #expect(calendar.productID == "-//Convene//Convene 1.0//EN")
        #expect(calendar.name == "TB 5 — Myanmar")
        #expect(calendar.defaultTimeZoneID == "Asia/Yangon")
        let events = Dictionary(uniqueKeysWithValues: calendar.events.compactMap { event in event.uid.map { ($0, event) } })
        let som = try #require(events["tb-5-som@convene.asean"])
        #expect(som.location == "Myanmar International Convention Centre, Yangon, Myanmar")
        #expect(try som.geo() == GeoPosition(latitude: 16.8, longitude: 96.15))
        #expect(som.categories == ["Senior Officials Meeting (SOM)"])
        #expect(som.status == "CONFIRMED")
        #expect(som.organizer == CalendarUser(address: "mailto:secretariat@tb.invalid",
                                              commonName: "TB 5 Chair Secretariat (Myanmar)"))
        // PUBLISH carries no ATTENDEE (RFC 5546 §3.2.1): attendance is in the description.
        #expect(calendar.events.allSatisfy { $0.attendees.isEmpty })
        #expect(calendar.method == "PUBLISH")
        #expect(som.description?.contains("Attending: Myanmar, Singapore.") == true)
        #expect(som.description?.contains("7. Date and venue of the next meeting") == true)
        // A multi-day meeting is one event per day, each on its own day,
        // the later days linked to the first.
        let entry = try #require(plan.meetings.first { $0.id == "som" })
        let first = entry.date
        #expect(try som.start()?.date.description == entry.date.description.replacingOccurrences(of: "-", with: ""))
        #expect(try som.end()?.date.description == entry.date.description.replacingOccurrences(of: "-", with: ""))
        for day in 2...3 {
            let later = try #require(events["tb-5-som-day-\(day)@convene.asean"])
            let date = first.adding(days: day - 1).description.replacingOccurrences(of: "-", with: "")
            #expect(try later.start()?.date.description == date && later.end()?.date.description == date)
            #expect(later.component.property("RELATED-TO")?.value == "tb-5-som@convene.asean")
            #expect(later.component.property("RELATED-TO")?.parameter("RELTYPE") == "PARENT")
            #expect(later.summary == "\(entry.title) (day \(day) of 3)")
        }
        let sydney = try #require(events["tb-5-retreat@convene.asean"])
        #expect(try sydney.geo() == nil)
        let focal = try #require(events["tb-5-focal@convene.asean"])
        #expect(focal.url == "https://meet.example.invalid/tb5")
        let conference = try #require(focal.component.property("CONFERENCE"))
        #expect(conference.value == "https://meet.example.invalid/tb5")
        #expect(conference.parameter("VALUE") == "URI" && conference.parameters.first { $0.name == "FEATURE" }?.values == ["AUDIO", "VIDEO"])
        #expect(som.component.property("CONFERENCE") == nil)
        #expect(focal.location == "Online (TB online platform)")
        #expect(som.url == nil)
        // Without the scenario: no GEO, no link, names from the reference data.
        let bare = try ICalendarParser().parseCalendar(try Self.text(plan, nil))
        #expect(try bare.events.allSatisfy { try $0.geo() == nil && $0.url == nil })
        #expect(bare.events.first?.description?.contains("Attending: Myanmar, Singapore.") == true)
    }

    @Test func exportedEventsAreTimedNotAllDay() throws {
        let (plan, scenario) = try Self.planned()
        let calendar = try ICalendarParser().parseCalendar(try Self.text(plan, scenario))
        #expect(try calendar.events.allSatisfy { try $0.start()?.isDate == false && $0.end()?.isDate == false })
    }

    @Test func uidStaysWhenAMeetingMovesAndSequenceGoesUp() throws {
        let (first, scenario) = try Self.planned()
        let som = try #require(first.meetings.first { $0.id == "som" })
        // Close the venue on the SOM's days: the re-plan must move it.
        let changed = Self.zones.replacingOccurrences(
            of: "latitude: 16.8", with: "closed: [\(som.date)..\(som.lastDate)], latitude: 16.8")
        let (second, changedScenario) = try Self.planned(changed, keep: first)
        let moved = try #require(second.meetings.first { $0.id == "som" })
        #expect(moved.moved != nil)
        #expect(moved.date != som.date)

        let before = try ICalendarParser().parseCalendar(try Self.text(first, scenario))
        let after = try ICalendarParser().parseCalendar(try Self.text(second, changedScenario))
        #expect(before.events.map(\.uid) == after.events.map(\.uid))
        let sequences = try after.events.map { ($0.uid ?? "", try $0.sequence()) }
        #expect(sequences.filter { $0.0.hasPrefix("tb-5-som") }.map(\.1) == [1, 1, 1])
        #expect(sequences.filter { !$0.0.hasPrefix("tb-5-som") }.allSatisfy { $0.1 == 0 })
        #expect(try before.events.allSatisfy { try $0.sequence() == 0 })

    }

    @Test func dtstampIsTheTimestampPassedIn() throws {
        let (plan, scenario) = try Self.planned()
        let text = try Self.text(plan, scenario)
        let calendar = try ICalendarParser().parseCalendar(text)
        #expect(try calendar.events.allSatisfy { try $0.timestamp() == Self.stamp })
        #expect(text.contains("DTSTAMP:20231114T221320Z\r\n"))
    }

    @Test func sameInputSameBytesAndWriteParseWriteIsStable() throws {
        let (plan, scenario) = try Self.planned()
        let once = try Self.text(plan, scenario)
        #expect(try Self.text(plan, scenario) == once)
        let reparsed = try ICalendarWriter.write(try ICalendarParser().parseCalendar(once))
        #expect(reparsed == once)
        #expect(once.hasSuffix("END:VCALENDAR\r\n"))
        #expect(once.split(separator: "\r\n", omittingEmptySubsequences: false).allSatisfy { $0.utf8.count <= 75 })
    }

    @Test func aHostileTitleStaysOneEscapedSummary() throws {
        var (plan, scenario) = try Self.planned()
        let hostile = "SOM\r\nATTENDEE:mailto:evil@example.com\nX-EVIL;a=b:c, ; \\ end"
        plan.meetings[0].title = hostile
        let text = try Self.text(plan, scenario)
        let calendar = try ICalendarParser().parseCalendar(text)
        let event = try #require(calendar.events.first)
        #expect(event.component.properties(named: "SUMMARY").count == 1)
        #expect(event.component.properties(named: "X-EVIL").isEmpty)
        #expect(event.attendees.allSatisfy { !$0.address.contains("evil") })
        #expect(event.summary?.contains("ATTENDEE:mailto:evil@example.com") == true)
        #expect(event.summary?.hasSuffix("c, ; \\ end (day 1 of 3)") == true)
        #expect(!text.contains("\r\nATTENDEE:mailto:evil"))
    }

    @Test func aDelegationsCalendarHoldsOnlyItsMeetings() throws {
        let (plan, scenario) = try Self.planned()
        let export = PlanCalendar(plan: plan, scenario: scenario)
        var options = PlanCalendar.Options(timestamp: Self.stamp)
        options.delegation = "SG"
        let singapore = try ICalendarParser().parseCalendar(try export.text(options))
        #expect(singapore.events.compactMap(\.uid) == ["tb-5-som@convene.asean", "tb-5-som-day-2@convene.asean",
                                                         "tb-5-som-day-3@convene.asean", "tb-5-retreat@convene.asean",
                                                         "tb-5-focal@convene.asean"])
        #expect(singapore.name == "TB 5 — Singapore delegation")
        #expect(singapore.component.text("NAME") == "TB 5 — Singapore delegation")
        // The reader's own zone, and the programme on its clock too.
        #expect(singapore.defaultTimeZoneID == "Asia/Singapore")
        let som = try #require(singapore.events.first)
        #expect(som.description?.contains("Singapore time 10:30–") == true)
        #expect(som.description?.contains("(UTC+08:00)") == true)
        #expect(singapore.component.property("REFRESH-INTERVAL")?.value == "P1D")
        #expect(singapore.component.property("REFRESH-INTERVAL")?.parameter("VALUE") == "DURATION")
        #expect(singapore.component.property("X-PUBLISHED-TTL")?.value == "P1D")
        #expect(singapore.component.property("URL") == nil)
        options.delegation = "au"  // ids match ignoring case
        let australia = try ICalendarParser().parseCalendar(try export.text(options))
        #expect(australia.events.compactMap(\.uid) == ["tb-5-retreat@convene.asean", "tb-5-dialogue@convene.asean"])
        #expect(australia.defaultTimeZoneID == "Australia/Sydney")
        // Only the zones its events use, each with its VTIMEZONE.
        #expect(australia.timeZones.compactMap(\.id) == ["Asia/Yangon", "Australia/Sydney"])
        options.delegation = "VN"
        #expect(throws: PlanCalendarError.unknownDelegation("VN", known: ["MM", "SG", "AU"])) {
            try export.text(options)
        }
    }

    @Test func sessionsGiveOneEventPerDay() throws {
        let (plan, scenario) = try Self.planned()
        var options = PlanCalendar.Options(timestamp: Self.stamp)
        options.sessions = true
        options.delegation = "SG"
        let calendar = try ICalendarParser().parseCalendar(try Self.text(plan, scenario, options))
        let som = try #require(plan.meetings.first { $0.id == "som" })
        let days = calendar.events.filter { $0.uid?.hasPrefix("tb-5-som-day-") == true }
        #expect(days.compactMap(\.uid) == (1...3).map { "tb-5-som-day-\($0)@convene.asean" })
        let first = som.date
        for (index, event) in days.enumerated() {
            let day = first.adding(days: index)
            guard case .dateTime(let start) = try event.start(), case .dateTime(let end) = try event.end() else {
                Issue.record("not timed")
                continue
            }
            #expect(start.date.daysSince1970 == day.daysSince1970 && end.date.daysSince1970 == day.daysSince1970)
            #expect(start.hour == 9 && end.hour == 17 && end.minute == 30)
            #expect(event.summary == "\(som.title) (day \(index + 1) of 3)")
        }
        #expect(calendar.events.first { $0.uid == "tb-5-focal-day-1@convene.asean" }?.summary == "5th TB Focal Points Meeting")
    }

    @Test func feedMetadataIsSettable() throws {
        let (plan, scenario) = try Self.planned()
        var options = PlanCalendar.Options(timestamp: Self.stamp)
        options.refreshInterval = ICalDuration(hours: 6)
        options.publishURL = "https://calendars.example.invalid/tb5/plan/"
        let calendar = try ICalendarParser().parseCalendar(try Self.text(plan, scenario, options))
        #expect(calendar.component.property("REFRESH-INTERVAL")?.value == "PT6H")
        #expect(calendar.component.property("X-PUBLISHED-TTL")?.value == "PT6H")
        #expect(calendar.component.property("URL")?.value == "https://calendars.example.invalid/tb5/plan/")
        #expect(calendar.component.property("SOURCE")?.value == "https://calendars.example.invalid/tb5/plan/")
        #expect(calendar.defaultTimeZoneID == "Asia/Yangon")
    }

    @Test func timeZoneNamesAreRealNotPlaceholders() throws {
        let (plan, scenario) = try Self.planned()
        let calendar = try ICalendarParser().parseCalendar(try Self.text(plan, scenario))
        let names = calendar.timeZones.flatMap(\.observances).compactMap(\.name)
        #expect(!names.isEmpty)
        #expect(names.allSatisfy { !$0.hasPrefix("(") })
        #expect(calendar.timeZone(id: "Asia/Yangon")?.observances.last?.name == "+0630")
        #expect(ZoneAbbreviation.numeric(offsetSeconds: -3 * 3600) == "-03")
        #expect(ZoneAbbreviation.numeric(offsetSeconds: 5 * 3600 + 45 * 60) == "+0545")
    }

    @Test func theProgrammesDaysGiveTheEventsHours() throws {
        let (plan, scenario) = try Self.planned()
        let entry = try #require(plan.meetings.first { $0.id == "som" })
        let first = entry.date
        var options = PlanCalendar.Options(timestamp: Self.stamp)
        options.programmeDays["som"] = (0..<3).map { index in
            ProgrammeDay(day: first.adding(days: index), start: 9 * 60 + index * 30, end: 16 * 60, rows: [
                .init(start: 9 * 60 + index * 30, end: 12 * 60, number: index + 1, text: "Item \(index + 1)"),
                .init(start: 12 * 60, end: 13 * 60, number: nil, text: "Lunch"),
                .init(start: 13 * 60, end: 16 * 60, number: index + 4, text: "Item \(index + 4)"),
            ])
        }
        let calendar = try ICalendarParser().parseCalendar(try Self.text(plan, scenario, options))
        let days = calendar.events.filter { $0.component.text("X-CONVENE-MEETING") == "som" }
        #expect(days.count == 3)
        for (index, event) in days.enumerated() {
            guard case .dateTime(let start) = try event.start(), case .dateTime(let end) = try event.end() else {
                Issue.record("not timed")
                continue
            }
            #expect(start.date.daysSince1970 == first.adding(days: index).daysSince1970)
            #expect(start.hour * 60 + start.minute == 9 * 60 + index * 30)
            #expect(end.hour == 16 && end.minute == 0)
            #expect(event.description?.contains("12:00–13:00  Lunch") == true)
        }
        // Days that do not match the plan's are not used.
        options.programmeDays["som"] = [ProgrammeDay(day: first.adding(days: 9), start: 600, end: 700, rows: [])]
        let mismatched = try ICalendarParser().parseCalendar(try Self.text(plan, scenario, options))
        #expect(mismatched.events.filter { $0.component.text("X-CONVENE-MEETING") == "som" }.count == 3)
    }

    @Test func theLastHeadsMeetingHandsOverTheChair() {
        #expect(AgendaOutline.items(kind: .heads, handover: true).suffix(2) == ["Handover of the chair", "Closing"])
        #expect(!AgendaOutline.items(kind: .som).contains("Handover of the chair"))
    }

    @Test func uidsComeFromBodyCycleAndMeetingOnly() {
        #expect(EventIdentity(body: "ACCSM", cycle: 22, meeting: "som").uid == "accsm-22-som@convene.asean")
        #expect(EventIdentity(body: "ASEAN+3 / ACCSM", cycle: nil, meeting: "plus-three-som", day: 2).uid
            == "asean-3-accsm-plus-three-som-day-2@convene.asean")
    }
}
