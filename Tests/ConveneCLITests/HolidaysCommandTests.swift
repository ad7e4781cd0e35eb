import ConveneTestSupport
import Foundation
import Testing

/// `convene holidays` run as a user would.
@Suite struct HolidaysCommandTests {
    @Test func jsonListsTetAsMajor() throws {
        let result = try ConveneProcess.run(["holidays", "--country", "VN", "--year", "2024", "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(json?["country"] as? String == "VN")
        #expect(json?["year"] as? Int == 2024)
        let holidays = json?["holidays"] as? [[String: Any]] ?? []
        let tet = holidays.first { $0["date"] as? String == "2024-02-10" }
        #expect(tet?["major"] as? Bool == true)
        #expect(tet?["uncertain"] as? Bool == false)
        #expect(tet?["possibleDates"] as? [String] == ["2024-02-10"])
        // Tet 2024's days were set by the Prime Minister's decision.
        let provenance = tet?["provenance"] as? [String: String]
        #expect(provenance?["kind"] == "official")
        #expect(provenance?["source"]?.isEmpty == false)
    }

    @Test func islamicDatesAreUncertainWithTheNextDayPossible() throws {
        let result = try ConveneProcess.run(["holidays", "--country", "TL", "--year", "2030", "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let holidays = json?["holidays"] as? [[String: Any]] ?? []
        let uncertain = holidays.filter { $0["uncertain"] as? Bool == true }
        #expect(!uncertain.isEmpty)
        #expect(uncertain.allSatisfy { ($0["possibleDates"] as? [String])?.count ?? 0 >= 2 })
        // A provisional date is always uncertain.
        let provisional = holidays.filter { ($0["provenance"] as? [String: String])?["kind"] == "provisional" }
        #expect(!provisional.isEmpty && provisional.allSatisfy { $0["uncertain"] as? Bool == true })
    }

    @Test func icsHasAnAllDayEventPerHolidayWithCRLF() throws {
        let result = try ConveneProcess.run(["holidays", "--country", "SG", "--year", "2023", "--format", "ics"],
                                            environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(result.status == 0)
        let text = result.standardOutput
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20230122\r\n"))  // Chinese New Year
        #expect(text.contains("DTSTAMP:20231114T221320Z\r\n"))
        let events = text.components(separatedBy: "BEGIN:VEVENT").count - 1
        let json = try ConveneProcess.run(["holidays", "--country", "SG", "--year", "2023", "--format", "json"])
        let count = ((try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])?["holidays"] as? [Any])?.count
        #expect(events == count)
    }

    @Test func aseanMergesMembersByDate() throws {
        let result = try ConveneProcess.run(["holidays", "--country", "asean", "--year", "2024"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Country"))
        #expect(result.standardOutput.contains("2024-02-23  Fri  BN"))
    }

    @Test(arguments: [["--country", "XX", "--year", "2024"], ["--country", "VN", "--year", "1900"], ["--country", "VN"]])
    func badCodeOrYearIsAUsageError(_ arguments: [String]) throws {
        let result = try ConveneProcess.run(["holidays"] + arguments)
        #expect(result.status == 64)
        #expect(!result.standardError.isEmpty)
    }
}
