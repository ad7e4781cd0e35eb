import Foundation
import Overview
import Planning
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The overview page and its SVG drawing, on small plans built in the test.
@Suite struct OverviewPageTests {
    static let links = OverviewPage.Links(isSafe: { !$0.contains("/") && !$0.contains("<") })

    static func plan() throws -> Plan {
        try FairnessLedgerTests.plan([
            FairnessLedgerTests.entry("morning", date: "2020-11-17", utcStart: "2020-11-17T02:30:00Z", utcEnd: "2020-11-17T05:30:00Z", local: ("09:30", "12:30")),
            FairnessLedgerTests.entry("evening", date: "2020-11-19", utcStart: "2020-11-19T12:00:00Z", utcEnd: "2020-11-19T14:00:00Z", local: ("19:00", "21:00")),
        ])
    }

    @Test func everyMeetingIsABarInEachViewAndAButtonInTheList() throws {
        let page = try OverviewPage(Timeline(plan: try Self.plan(), scenario: nil), links: Self.links).render()
        for view in ["body", "venue", "delegation"] { #expect(page.contains("id=\"view-\(view)\"")) }
        // Body and venue views one bar each; the delegation view one per attendee (3).
        #expect(page.components(separatedBy: "data-i=\"0\"").count - 1 == 2 + 3 + 1)
        #expect(page.contains("<button data-i=\"0\">Session morning</button>"))
        #expect(page.contains("<button data-i=\"1\">Session evening</button>"))
        #expect(!page.contains("http://") || page.components(separatedBy: "http://").allSatisfy { !$0.hasPrefix("cdn") })
        #expect(!page.contains("<link ") && !page.contains(" src=\""))
    }

    @Test func titlesCannotBecomeMarkup() throws {
        var plan = try Self.plan()
        plan.meetings[0].title = "<script>alert(1)</script> & \u{1B}[31m"
        let timeline = Timeline(plan: plan, scenario: nil)
        let page = try OverviewPage(timeline, links: Self.links).render()
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"))
        #expect(!page.contains("\u{1B}"))
        let svg = TimelineSVG(timeline).render(.body, standalone: true)
        #expect(try Self.isWellFormed(svg))
    }

    @Test func conflictsOfACheckReportAreMarked() throws {
        let report = """
            {"hard":[{"rule":"weekend","meetings":["evening"],"dates":["2020-11-19"],"who":["TH"],"message":"on a weekend","cost":0}],
             "soft":[{"rule":"remote-hours","meetings":["morning"],"dates":[],"who":[],"message":"early","cost":5}],"objective":5,"unchecked":[]}
            """
        let findings = try ReportedFinding.decodeReport(Data(report.utf8))
        let timeline = Timeline(plan: try Self.plan(), scenario: nil, findings: findings)
        let svg = TimelineSVG(timeline).render(.body)
        #expect(svg.contains("class=\"k-som hard\" data-i=\"1\""))
        #expect(svg.contains("class=\"k-som soft\" data-i=\"0\""))
        let page = try OverviewPage(timeline, links: Self.links).render()
        #expect(page.contains("<strong>hard</strong> weekend: on a weekend"))
    }

    @Test func weekendsAndHolidaysShadeTheirCountrysRows() throws {
        let timeline = Timeline(plan: try Self.plan(), scenario: nil)
        // Thailand's weekend is Saturday and Sunday: a seven-day pattern with two days.
        let thailand = try #require(timeline.nonWorking["TH"])
        #expect(thailand.weekend == [.saturday, .sunday])
        let svg = TimelineSVG(timeline).render(.delegation, standalone: true)
        #expect(svg.contains("<pattern id=\"wk-TH\""))
        #expect(svg.contains("<use href=\"#nw-TH\""))
    }

    static func isWellFormed(_ xml: String) throws -> Bool {
        let parser = XMLParser(data: Data(xml.utf8))
        return parser.parse()
    }
}
