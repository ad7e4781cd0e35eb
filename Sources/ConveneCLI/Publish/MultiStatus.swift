import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A WebDAV multi-status body (RFC 4918 §13): per resource its href, the
/// HTTP status of its properties, its ETag and, from a CalDAV REPORT, its
/// calendar data (RFC 4791 §9.6). Parsed with Foundation's XMLParser, by
/// local name, so any namespace prefix a server chooses works.
struct MultiStatus: Sendable {
    struct Response: Sendable, Equatable {
        var href: String
        var status: Int?
        var etag: String?
        var calendarData: String?
        /// Whether the resource is a calendar collection (resourcetype).
        var isCalendar: Bool
    }

    let responses: [Response]

    init(data: Data) throws(PublishError) {
        let delegate = Collector()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = delegate
        guard parser.parse() else {
            throw .protocolError("the server's multi-status reply is not XML: \(parser.parserError.map { "\($0)" } ?? "unknown error")")
        }
        guard delegate.root == "multistatus" else {
            throw .protocolError("the server's reply is not a WebDAV multi-status (its root is '\(delegate.root ?? "nothing")')")
        }
        responses = delegate.responses
    }

    /// Builds responses from element events; keeps only what publishing needs.
    private final class Collector: NSObject, XMLParserDelegate {
        var responses: [Response] = []
        /// The root element's local name.
        var root: String?
        private var current: Response?
        private var text = ""
        private var inPropstat = false
        private var propstatStatus: Int?
        private var pending = Response(href: "", status: nil, etag: nil, calendarData: nil, isCalendar: false)

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            text = ""
            if root == nil { root = name }
            switch name {
            case "response": current = Response(href: "", status: nil, etag: nil, calendarData: nil, isCalendar: false)
            case "propstat":
                inPropstat = true
                propstatStatus = nil
                pending = Response(href: "", status: nil, etag: nil, calendarData: nil, isCalendar: false)
            case "calendar" where namespaceURI == "urn:ietf:params:xml:ns:caldav": pending.isCalendar = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "href" where current?.href.isEmpty == true:
                current?.href = text.trimmingCharacters(in: .whitespacesAndNewlines)
            case "status":
                let code = Self.statusCode(text)
                if inPropstat { propstatStatus = code } else { current?.status = code }
            case "getetag": pending.etag = text.trimmingCharacters(in: .whitespacesAndNewlines)
            case "calendar-data": pending.calendarData = text
            case "propstat":
                inPropstat = false
                // Only properties the server found (200) count.
                if propstatStatus == 200 || propstatStatus == nil {
                    if let etag = pending.etag { current?.etag = etag }
                    if let data = pending.calendarData { current?.calendarData = data }
                    if pending.isCalendar { current?.isCalendar = true }
                    if current?.status == nil { current?.status = propstatStatus ?? 200 }
                }
            case "response":
                if let current { responses.append(current) }
                current = nil
            default: break
            }
            text = ""
        }

        /// 207 from "HTTP/1.1 207 Multi-Status".
        static func statusCode(_ line: String) -> Int? {
            let parts = line.split(separator: " ")
            return parts.count >= 2 ? Int(parts[1]) : nil
        }
    }
}
