import ConveneTestSupport
import Foundation
import Testing

/// `convene holidays --compare`: an official list against Convene's.
@Suite struct HolidaysCompareTests {
    private func write(_ text: String, _ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("convene-compare-\(UUID().uuidString)-\(name)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Viet Nam 2026 as the Ministry of Home Affairs' Notice 9441/TB-BNV
    /// gives Tet and National Day, plus one day Convene does not have and
    /// without Reunification Day: two differences, exit 1.
    @Test func csvDifferencesExitOne() throws {
        let csv = try write("""
            date,name
            2026-01-01,New Year's Day
            2026-02-14,Tet
            2026-02-15,Tet
            2026-02-16,Tet
            2026-02-17,Tet
            2026-02-18,Tet
            2026-02-19,Tet
            2026-02-20,Tet
            2026-02-21,Tet
            2026-02-22,Tet
            2026-04-26,Hung Kings' Commemoration Day
            2026-04-27,"Hung Kings, in lieu"
            2026-05-01,Labour Day
            2026-06-01,A day Convene lacks
            2026-08-31,National Day (swapped)
            2026-09-01,National Day
            2026-09-02,National Day
            """, "vn.csv")
        defer { try? FileManager.default.removeItem(at: csv) }
        let result = try ConveneProcess.run(["holidays", "--country", "VN", "--year", "2026", "--compare", csv.path])
        #expect(result.status == 1, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("Only on the list (Convene lacks them):"))
        #expect(result.standardOutput.contains("2026-06-01"))
        #expect(result.standardOutput.contains("Only in Convene (not on the list):"))
        #expect(result.standardOutput.contains("Reunification Day"))
        #expect(result.standardOutput.contains("On both:"))
    }

    /// An .ics list that matches Convene's day for day: exit 0.
    @Test func matchingIcsExitsZero() throws {
        let listed = try ConveneProcess.run(["holidays", "--country", "SG", "--year", "2024", "--format", "ics"])
        #expect(listed.status == 0)
        let ics = try write(listed.standardOutput, "sg.ics")
        defer { try? FileManager.default.removeItem(at: ics) }
        let result = try ConveneProcess.run(["holidays", "--country", "SG", "--year", "2024", "--compare", ics.path])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("The list and Convene agree on every day."))
    }

    @Test func malformedCsvIsBadData() throws {
        let csv = try write("date,name\n2026-13-01,Nothing\n", "bad.csv")
        defer { try? FileManager.default.removeItem(at: csv) }
        let result = try ConveneProcess.run(["holidays", "--country", "VN", "--year", "2026", "--compare", csv.path])
        #expect(result.status == 65)
        #expect(result.standardError.contains("bad.csv:2:1: error: expected an ISO date"))
    }

    @Test func missingFileIsNoInput() throws {
        let result = try ConveneProcess.run(["holidays", "--country", "VN", "--year", "2026", "--compare", "/nonexistent/list.csv"])
        #expect(result.status == 66)
    }
}
