import Foundation
import Overview
import Planning
import Testing

/// The fairness ledger counts each delegation's sessions from home in its
/// own clock: a 3-hour virtual session at 09:30 Bangkok time (UTC+7) is
/// 09:00-12:00 in Yangon (UTC+6:30), comfortable, and 11:30-14:30 in Seoul;
/// one at 15:00 Bangkok time ends at 19:00 in Seoul (+2 h), outside the
/// comfortable day but acceptable, and one at 19:00 ends at 23:00 in Seoul,
/// outside both.
@Suite struct FairnessLedgerTests {
    static func entry(_ id: String, date: String, utcStart: String, utcEnd: String, local: (String, String)) -> String {
        """
        {"attendees":["MM","TH","KR"],"city":null,"cost":0,"costs":[],"country":"TH","date":"\(date)","id":"\(id)",
         "kind":"som","lastDate":"\(date)","localEnd":"\(local.1)","localStart":"\(local.0)","mode":"virtual",
         "model":{"day":0,"end":0,"lastDay":0,"option":0,"start":0,"venue":"online"},"remote":["MM","TH","KR"],
         "timeZone":"Asia/Bangkok","title":"Session \(id)","utcEnd":"\(utcEnd)","utcOffset":"+07:00",
         "utcStart":"\(utcStart)","venue":"online","venueName":"Online","weekday":"Tuesday"}
        """
    }

    static func plan(_ entries: [String]) throws -> Plan {
        let text = """
            {"body":"ACCSM","bodyName":"ASEAN Cooperation on Civil Service Matters","breakdown":{},"chair":"TH","cycle":20,
             "epoch":"2020-11-01","format":"convene-plan/1","meetings":[\(entries.joined(separator: ","))],"objective":0,
             "scenario":"none.yaml","scenarioSHA256":"00",
             "solver":{"iterations":0,"lowerBound":0,"nodes":0,"provenOptimal":true,"seed":0,"status":"optimal","stoppedBy":"completed"}}
            """
        return try PlanJSON.decode(Data(text.utf8))
    }

    @Test func countsSessionsOutsideEachDayInTheDelegationsOwnClock() throws {
        let plan = try Self.plan([
            Self.entry("morning", date: "2020-11-17", utcStart: "2020-11-17T02:30:00Z", utcEnd: "2020-11-17T05:30:00Z", local: ("09:30", "12:30")),
            Self.entry("afternoon", date: "2020-11-18", utcStart: "2020-11-18T08:00:00Z", utcEnd: "2020-11-18T10:00:00Z", local: ("15:00", "17:00")),
            Self.entry("evening", date: "2020-11-19", utcStart: "2020-11-19T12:00:00Z", utcEnd: "2020-11-19T14:00:00Z", local: ("19:00", "21:00")),
        ])
        let ledger = FairnessLedger(Timeline(plan: plan, scenario: nil))
        let lines = Dictionary(uniqueKeysWithValues: ledger.lines.map { ($0.delegation, $0) })
        #expect(ledger.lines.map(\.delegation) == ["KR", "MM", "TH"])
        // Seoul: 11:30-14:30, 17:00-19:00 (+2 h), 21:00-23:00 (+6 h, past 21:00).
        #expect(lines["KR"]?.remoteSessions == 3)
        #expect(lines["KR"]?.outsideComfortable == 2)
        #expect(lines["KR"]?.outsideAcceptable == 1)
        #expect(lines["KR"]?.worst == "2020-11-19 21:00-23:00 (+09:00)")
        // Yangon: 09:00-12:00, 14:30-16:30, 18:30-20:30 (+3 h 30, inside 07:00-21:00).
        #expect(lines["MM"]?.outsideComfortable == 1)
        #expect(lines["MM"]?.outsideAcceptable == 0)
        #expect(lines["MM"]?.worst == "2020-11-19 18:30-20:30 (+06:30)")
        // Bangkok keeps the venue's clock: 19:00-21:00 is outside 09:00-17:00 only.
        #expect(lines["TH"]?.outsideComfortable == 1)
        #expect(lines["TH"]?.outsideAcceptable == 0)
    }

    @Test func inTheRoomSessionsAreNotCounted() throws {
        let text = Self.entry("heads", date: "2020-11-17", utcStart: "2020-11-17T02:00:00Z", utcEnd: "2020-11-17T10:30:00Z", local: ("09:00", "17:30"))
            .replacingOccurrences(of: "\"mode\":\"virtual\"", with: "\"mode\":\"in-person\"")
            .replacingOccurrences(of: "\"remote\":[\"MM\",\"TH\",\"KR\"]", with: "\"remote\":[]")
        let ledger = FairnessLedger(Timeline(plan: try Self.plan([text]), scenario: nil))
        #expect(ledger.lines.allSatisfy { $0.sessions == 1 && $0.remoteSessions == 0 && $0.outsideComfortable == 0 && $0.worst == nil })
    }
}
