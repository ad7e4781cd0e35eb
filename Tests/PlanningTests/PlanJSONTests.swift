import Calendars
import ConveneTestSupport
import Foundation
import Testing
@testable import Planning
@testable import Scenarios

/// plan.json is decoded once, into typed values, where it is read: the
/// format stays `convene-plan/1` byte for byte, a wrong value is an error
/// that names the meeting and its line and column, and the place of every
/// entry is found in one pass over the text.
@Suite struct PlanJSONTests {
    static let scenario = """
        body: { name: Test Body, short: TB }
        cycle: 3
        chair: BN
        members: [BN, SG]
        horizon: { from: 2023-05-01, to: 2023-12-31 }
        venues:
          - { id: icc, rooms: 2 }
          - { id: online, virtual: true }
        meetings:
          - { id: prep, kind: preparatory, days: 1, venues: [icc], window: 2023-05-08..2023-05-19 }
          - { id: som, kind: som, days: 2, venues: [icc], after: { meeting: prep, days: 1 } }
          - { id: call, kind: other, hours: 2, venues: [online], window: 2023-06-01..2023-06-30 }
        """

    static func planText() throws -> String {
        let plan = try #require(try PlanningFixtures.plan(scenario).plan)
        return String(decoding: try PlanJSON.encode(plan), as: UTF8.self)
    }

    /// The 1-based line of the `index`-th line of `text` that contains `needle`.
    static func line(of needle: String, in text: String, occurrence: Int = 0) -> Int? {
        let lines = text.components(separatedBy: "\n")
        return lines.indices.filter { lines[$0].contains(needle) }.dropFirst(occurrence).first.map { $0 + 1 }
    }

    static func problem(_ text: String) -> PlanJSON.Problem? {
        do {
            _ = try PlanJSON.decode(Data(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test func decodingThenEncodingGivesTheSameBytes() throws {
        let text = try Self.planText()
        let plan = try PlanJSON.decode(Data(text.utf8))
        #expect(String(decoding: try PlanJSON.encode(plan), as: UTF8.self) == text)
        #expect(plan.meetings.map(\.kind) == [.preparatory, .som, .other])
        #expect(plan.meetings[2].mode == .virtual)
        #expect(plan.meetings[1].lastDate == plan.meetings[1].date.adding(days: 1))
        #expect(plan.meetings[0].weekday == plan.meetings[0].date.weekday)
        #expect(plan.meetings[0].utcStart.minutesSince1970
                == plan.meetings[0].date.daysSince1970 * 1440 + plan.meetings[0].localStart.minutes - plan.meetings[0].utcOffset.minutes)
    }

    @Test(arguments: [
        ("\"localStart\" : \"", "25:00", "expected a local time HH:MM"),
        ("\"date\" : \"", "2023-02-30", "expected a date YYYY-MM-DD"),
        ("\"kind\" : \"", "summit", "expected one of focal-points, preparatory, som"),
        ("\"mode\" : \"", "remote", "expected one of in-person"),
        ("\"timeZone\" : \"", "Asia/Makasar", "expected an IANA time zone"),
        ("\"utcOffset\" : \"", "+8", "expected a UTC offset"),
        ("\"utcStart\" : \"", "2023-05-10 01:00", "expected an instant"),
        ("\"weekday\" : \"", "Funday", "expected one of Sunday, Monday"),
    ])
    func aWrongValueNamesTheMeetingAndItsPlace(key: String, value: String, expected: String) throws {
        let text = try Self.planText()
        // The second meeting's value, wherever its key is.
        let lines = text.components(separatedBy: "\n")
        let second = try #require(Self.line(of: "\"id\" : \"som\"", in: text))
        let entryStart = try #require(lines[..<second].lastIndex { $0.hasSuffix("{") })
        let target = try #require(lines.indices.first { $0 > entryStart && lines[$0].contains(key) })
        var edited = lines
        let prefix = edited[target].components(separatedBy: key)[0] + key
        edited[target] = prefix + value + "\","
        let problem = try #require(Self.problem(edited.joined(separator: "\n")))
        #expect(problem.line == target + 1)
        #expect(problem.column == prefix.prefix { $0 == " " }.count + 1)
        #expect(problem.message.contains("(meeting 'som')"), "\(problem)")
        #expect(problem.message.contains(".meetings[1]."), "\(problem)")
        #expect(problem.message.contains(expected), "\(problem)")
        #expect(problem.message.contains(value), "\(problem)")
    }

    @Test func anUnknownRuleInACostIsAnError() throws {
        let text = try Self.planText().replacingOccurrences(of: "\"breakdown\" : {", with: "\"breakdown\" : {\n    \"no-such-rule\" : 5,")
        #expect(Self.problem(text) != nil)
    }

    /// Every entry's place comes from one index of the text: a repeated id
    /// points at its own entry, not at the first with that id.
    @Test func entryLocationsPointAtEachEntry() throws {
        let text = try Self.planText().replacingOccurrences(of: "\"id\" : \"call\"", with: "\"id\" : \"prep\"")
        let file = try PlanFile(path: "plan.json", data: Data(text.utf8))
        let expected = [
            try #require(Self.line(of: "\"id\" : \"prep\"", in: text, occurrence: 0)),
            try #require(Self.line(of: "\"id\" : \"som\"", in: text)),
            try #require(Self.line(of: "\"id\" : \"prep\"", in: text, occurrence: 1)),
        ]
        #expect(file.entryLocations.map(\.line) == expected)
        #expect(file.entryLocations.allSatisfy { $0.file == "plan.json" && $0.column == 7 })
    }

    /// Locating every entry reads the text once, however many entries it
    /// has: the work counted in bytes is the file's size at 1x, 4x and 16x
    /// entries (searching the text per entry would read it once per entry).
    @Test(arguments: [1, 4, 16])
    func locatingEntriesReadsTheTextOnce(scale: Int) throws {
        var plan = try PlanJSON.decode(Data(try Self.planText().utf8))
        let entries = plan.meetings
        plan.meetings = (0..<scale).flatMap { copy in
            entries.map { entry in
                var entry = entry
                entry.id = MeetingID("\(entry.id)-\(copy)")
                return entry
            }
        }
        let data = try PlanJSON.encode(plan)
        let (positions, bytesRead) = PlanJSON.entryPositions(in: data, count: plan.meetings.count)
        #expect(bytesRead == data.count)
        #expect(Set(positions.map(\.line)).count == 3 * scale)
    }
}
