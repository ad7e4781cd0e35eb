import Foundation
import Testing
@testable import ConveneCLI

/// The pure parts of publishing: netrc reading, the multi-status reply,
/// and which resources need writing.
@Suite struct PublishPartsTests {
    @Test func netrcGivesTheHostsEntryElseTheDefault() {
        let netrc = NetrcFile(text: """
        # the secretariat's server
        machine cal.example.org login sec password one
        machine OTHER.example.org
            login other
            password two
        macdef init
        machine evil.example.org login x password y

        default login anon password three
        """)
        #expect(netrc.credentials(forHost: "cal.example.org") == .init(login: "sec", password: "one"))
        #expect(netrc.credentials(forHost: "other.example.org") == .init(login: "other", password: "two"))
        #expect(netrc.credentials(forHost: "evil.example.org") == .init(login: "anon", password: "three"))
        #expect("\(netrc.credentials(forHost: "x")!)" == "anon (password hidden)")
        #expect(NetrcFile(text: "").credentials(forHost: "x") == nil)
    }

    @Test func theEnvironmentOverridesTheNetrc() {
        let found = CalDAVCredentials.find(host: "h", environment: ["CONVENE_CALDAV_USER": "u", "CONVENE_CALDAV_PASSWORD": "p",
                                                                    "NETRC": "/nonexistent"])
        #expect(found == .init(login: "u", password: "p"))
        #expect(CalDAVCredentials.find(host: "h", environment: ["NETRC": "/nonexistent"]) == nil)
    }

    @Test func multiStatusGivesHrefsEtagsAndData() throws {
        let xml = """
        <?xml version="1.0"?>
        <multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
          <response><href>/u/cal/</href><propstat><prop><resourcetype><collection/><C:calendar/></resourcetype></prop>
            <status>HTTP/1.1 200 OK</status></propstat></response>
          <response><href>/u/cal/a%20b.ics</href><propstat><prop><getetag>"e1"</getetag>
            <C:calendar-data>BEGIN:VCALENDAR&#13;
        END:VCALENDAR&#13;
        </C:calendar-data></prop><status>HTTP/1.1 200 OK</status></propstat>
            <propstat><prop><displayname/></prop><status>HTTP/1.1 404 Not Found</status></propstat></response>
        </multistatus>
        """
        let status = try MultiStatus(data: Data(xml.utf8))
        #expect(status.responses.count == 2)
        #expect(status.responses[0].isCalendar)
        #expect(status.responses[1].etag == "\"e1\"")
        #expect(status.responses[1].calendarData?.hasPrefix("BEGIN:VCALENDAR\r\n") == true)
        #expect(PublishStep.name(ofHref: status.responses[1].href) == "a b.ics")
        #expect(throws: PublishError.self) { try MultiStatus(data: Data("<html><body>Login</body></html>".utf8)) }
    }

    static func resource(_ name: String, sequence: Int, status: String = "CONFIRMED") throws -> EventResource {
        let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:\(name)@x\r\nSEQUENCE:\(sequence)\r\n"
            + "DTSTAMP:20240701T000000Z\r\nDTSTART:20240805T010000Z\r\nSTATUS:\(status)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        return EventResource(collection: "c", name: name + ".ics", text: text, version: try #require(EventResource.Version(text: text)))
    }

    @Test func onlyNewAndChangedResourcesAreWritten() throws {
        let same = try Self.resource("same", sequence: 1), moved = try Self.resource("moved", sequence: 2)
        let cancelled = try Self.resource("gone", sequence: 1, status: "CANCELLED"), new = try Self.resource("new", sequence: 0)
        let server: [String: MultiStatus.Response] = [
            "same.ics": .init(href: "/c/same.ics", status: 200, etag: "\"a\"", calendarData: same.text, isCalendar: false),
            "moved.ics": .init(href: "/c/moved.ics", status: 200, etag: "\"b\"",
                               calendarData: try Self.resource("moved", sequence: 1).text, isCalendar: false),
            "gone.ics": .init(href: "/c/gone.ics", status: 200, etag: "\"c\"",
                              calendarData: try Self.resource("gone", sequence: 0).text, isCalendar: false),
        ]
        let steps = PublishStep.plan([same, moved, cancelled, new], server: server)
        #expect(steps.map { step -> String in
            switch step {
            case .unchanged(let r): "unchanged \(r.name)"
            case .create(let r): "create \(r.name)"
            case .update(let r, let etag): "update \(r.name) \(etag)"
            }
        } == ["unchanged same.ics", "update moved.ics \"b\"", "update gone.ics \"c\"", "create new.ics"])
    }
}
