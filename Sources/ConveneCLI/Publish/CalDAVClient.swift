import Foundation

/// The few CalDAV operations publishing needs (RFC 4791, RFC 4918): find
/// a calendar collection, make it, list its resources with their ETags and
/// data, and put one resource conditionally. Every method is one request.
struct CalDAVClient: Sendable {
    let http: HTTPClient

    /// Whether `collection` exists as a calendar; nil when nothing is there.
    func calendarExists(_ collection: URL) throws(PublishError) -> Bool {
        let body = """
        <?xml version="1.0" encoding="utf-8"?>
        <D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/></D:prop></D:propfind>
        """
        let reply = try http.send("PROPFIND", collection, headers: ["Depth": "0", "Content-Type": "application/xml; charset=utf-8"],
                                  body: Data(body.utf8))
        switch reply.status {
        case 207:
            let status = try MultiStatus(data: reply.body)
            guard status.responses.contains(where: \.isCalendar) else {
                throw .protocolError("\(collection.path) exists but is not a calendar collection")
            }
            return true
        case 404: return false
        default: throw .status(method: "PROPFIND", path: collection.path, code: reply.status, detail: Self.detail(reply))
        }
    }

    /// MKCALENDAR (RFC 4791 §5.3.1) with a display name.
    func makeCalendar(_ collection: URL, displayName: String) throws(PublishError) {
        let body = """
        <?xml version="1.0" encoding="utf-8"?>
        <C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>\
        <D:displayname>\(Self.xmlEscaped(displayName))</D:displayname>\
        <C:supported-calendar-component-set><C:comp name="VEVENT"/></C:supported-calendar-component-set>\
        </D:prop></D:set></C:mkcalendar>
        """
        let reply = try http.send("MKCALENDAR", collection, headers: ["Content-Type": "application/xml; charset=utf-8"],
                                  body: Data(body.utf8))
        guard reply.status == 201 else {
            throw .status(method: "MKCALENDAR", path: collection.path, code: reply.status, detail: Self.detail(reply))
        }
    }

    /// Every event resource of `collection`: its href, ETag and data
    /// (a calendar-query REPORT, RFC 4791 §7.8).
    func events(in collection: URL) throws(PublishError) -> [MultiStatus.Response] {
        let body = """
        <?xml version="1.0" encoding="utf-8"?>
        <C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">\
        <D:prop><D:getetag/><C:calendar-data/></D:prop>\
        <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/></C:comp-filter></C:filter>\
        </C:calendar-query>
        """
        let reply = try http.send("REPORT", collection, headers: ["Depth": "1", "Content-Type": "application/xml; charset=utf-8"],
                                  body: Data(body.utf8))
        guard reply.status == 207 else {
            throw .status(method: "REPORT", path: collection.path, code: reply.status, detail: Self.detail(reply))
        }
        return try MultiStatus(data: reply.body).responses.filter { $0.calendarData != nil }
    }

    /// What a conditional PUT expects to find (RFC 9110 §13.1).
    enum Precondition: Sendable {
        /// Nothing there yet: `If-None-Match: *`.
        case absent
        /// The version last seen: `If-Match: <etag>`.
        case version(String)
    }

    /// PUTs one resource; the new ETag when the server gives one.
    @discardableResult
    func put(_ resource: URL, text: String, expecting precondition: Precondition) throws(PublishError) -> String? {
        var headers = ["Content-Type": "text/calendar; charset=utf-8"]
        switch precondition {
        case .absent: headers["If-None-Match"] = "*"
        case .version(let etag): headers["If-Match"] = etag
        }
        let reply = try http.send("PUT", resource, headers: headers, body: Data(text.utf8))
        guard (200..<300).contains(reply.status) else {
            let detail = reply.status == 412 ? "changed on the server since it was read; run again" : Self.detail(reply)
            throw .status(method: "PUT", path: resource.path, code: reply.status, detail: detail)
        }
        return reply.header("ETag")
    }

    /// The first line of a reply's body, for messages.
    static func detail(_ reply: HTTPClient.Reply) -> String {
        let text = String(decoding: reply.body.prefix(200), as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    }

    static func xmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
