import Foundation
import Solving
import Testing

@Suite struct FlatModelJSONTests {
    static let sample = aModel(
        sites: ["bandar-seri-begawan", "online"], travel: [[0, 0], [0, 0]],
        venues: [aVenue("icc", site: 0, rooms: 2), aVenue("online", site: 1, rooms: 1000)],
        meetings: [
            aMeeting("prep", attendees: ["BN", "KH"], [anOption("icc", day: 245, cost: 3), anOption("online", day: 246, from: 1, to: 3)]),
            aMeeting("som", attendees: ["BN"], [anOption("icc", day: 246, cost: 1, lastDay: 247)]),
        ],
        precedences: [FlatModel.Precedence(first: "prep", then: "som", minDays: 1, maxDays: nil, preferMinDays: 1, preferMaxDays: .some(nil), costPerDay: 2)],
        sameVenue: [FlatModel.SameVenue(a: "prep", b: "som", cost: 50)])

    @Test func roundTripIsExact() throws {
        let text = Self.sample.jsonText()
        let back = try FlatModel.decode(json: text)
        #expect(back == Self.sample)
        #expect(back.jsonText() == text)
    }

    @Test func keysFollowTheDesignOrder() {
        let text = Self.sample.jsonText()
        func order(_ keys: [String]) -> [Int] { keys.map { text.range(of: "\"\($0)\"")?.lowerBound.utf16Offset(in: text) ?? -1 } }
        let top = order(["format", "epoch", "sites", "travelMinutes", "venues", "meetings", "precedences", "sameVenue"])
        #expect(top == top.sorted() && !top.contains(-1))
        #expect(text.contains(#"{"id": "icc", "site": 0, "rooms": 2}"#))
        #expect(text.contains(#"{"venue": "icc", "day": 245, "lastDay": 245, "start": 353340, "end": 353820, "cost": 3}"#))
        #expect(text.contains(#"{"first": "prep", "then": "som", "minDays": 1, "maxDays": null, "preferMinDays": 1, "preferMaxDays": null, "costPerDay": 2}"#))
        #expect(text.contains(#"{"a": "prep", "b": "som", "cost": 50}"#))
        #expect(text.hasPrefix("{\n  \"format\": \"convene-model/1\",\n  \"epoch\": \"2023-01-01\",\n"))
    }

    @Test func readsTheDesignExample() throws {
        let text = """
        {"format": "convene-model/1", "epoch": "2022-08-06", "sites": ["bandar-seri-begawan", "online"],
         "travelMinutes": [[0, 0], [0, 0]], "venues": [{"id": "icc", "site": 0, "rooms": 2}],
         "meetings": [{"id": "prep", "attendees": ["BN", "KH"],
           "options": [{"venue": "icc", "day": 245, "lastDay": 245, "start": 353040, "end": 353550, "cost": 3}]},
           {"id": "som", "attendees": ["BN"], "options": [{"venue": "icc", "day": 246, "lastDay": 246, "start": 354480, "end": 354990, "cost": 0}]}],
         "precedences": [{"first": "prep", "then": "som", "minDays": 1, "maxDays": 1, "preferMinDays": 1, "preferMaxDays": 1, "costPerDay": 0}],
         "sameVenue": []}
        """
        let model = try FlatModel.decode(json: text)
        #expect(model.meetings.map(\.id) == ["prep", "som"])
        #expect(model.precedences.first?.maxDays == 1)
        let result = try solveAndCheck(model)
        #expect(result.status == .optimal && result.objective == 3)
    }

    @Test func unknownVenueIsNamed() {
        var model = Self.sample
        model.meetings[1].options[0].venue = "nowhere"
        #expect(throws: ModelError.unknownVenue(meeting: "som", option: 0, venue: "nowhere")) {
            try FlatModel.decode(json: model.jsonText())
        }
    }

    @Test func unknownMeetingIsNamed() {
        var model = Self.sample
        model.precedences[0].then = "ghost"
        #expect(throws: ModelError.unknownMeeting("ghost", in: "precedence 'prep' → 'ghost'")) {
            try FlatModel.decode(json: model.jsonText())
        }
        #expect(throws: ModelError.self) { try Solver.solve(model) }
    }

    @Test func malformedJSONNamesThePath() {
        let text = Self.sample.jsonText().replacingOccurrences(of: "\"cost\": 3", with: "\"cost\": \"three\"")
        do throws(ModelError) {
            _ = try FlatModel.decode(json: text)
            Issue.record("expected an error")
        } catch {
            guard case let .malformedJSON(path, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(path == "meetings[0].options[0].cost")
        }
    }

    @Test func otherFormatsAreRejected() {
        let text = Self.sample.jsonText().replacingOccurrences(of: "convene-model/1", with: "convene-model/9")
        #expect(throws: ModelError.unsupportedFormat("convene-model/9")) { try FlatModel.decode(json: text) }
    }
}
