import ICalendar
import Planning
import Scenarios
import CalendarExchange

/// One event of a feed as a CalDAV resource (RFC 4791 §4.1: one UID per
/// resource, no METHOD): the feed's header, the VTIMEZONE its times use,
/// and the event. `version` is what tells an unchanged event from a
/// changed one on the server: SEQUENCE, DTSTAMP and STATUS, which the
/// plan's calendar state keeps for an event that did not change.
struct EventResource: Sendable {
    /// SEQUENCE, DTSTAMP and STATUS of a resource's event.
    struct Version: Sendable, Equatable {
        let uid: String?
        let sequence: Int?
        let stamp: String?
        let status: String?

        /// The version of the first VEVENT of `text`; nil when it does not parse.
        init?(text: String) {
            guard let calendar = try? ICalendarParser().parseCalendar(text), let event = calendar.events.first else { return nil }
            self.init(event)
        }

        init(_ event: VEvent) {
            uid = event.uid
            sequence = (try? event.sequence()) ?? nil
            stamp = event.component.property("DTSTAMP")?.value
            status = event.status
        }
    }

    /// The collection's path segment ("accsm-22-vn").
    let collection: String
    /// The resource's file name ("accsm-22-som.ics").
    let name: String
    let text: String
    let version: Version

    /// Splits a feed into one resource per event.
    static func split(_ feed: VCalendar, collection: String) throws(ICalendarError) -> [EventResource] {
        var header = feed.component
        header.components = []
        // METHOD belongs to iTIP messages, not stored resources (RFC 4791 §4.1).
        header.removeProperties(named: "METHOD")
        for name in ["NAME", "X-WR-CALNAME", "X-WR-TIMEZONE", "REFRESH-INTERVAL", "X-PUBLISHED-TTL", "URL", "SOURCE"] {
            header.removeProperties(named: name)
        }
        let zones = Dictionary(feed.timeZones.compactMap { zone in zone.id.map { ($0, zone) } }, uniquingKeysWith: { a, _ in a })
        var resources: [EventResource] = []
        for event in feed.events {
            var calendar = header
            let tzids = Set(event.component.properties.compactMap { $0.parameter("TZID") })
            for tzid in tzids.sorted() { if let zone = zones[tzid] { calendar.components.append(zone.component) } }
            calendar.components.append(event.component)
            let uid = event.uid ?? "event"
            resources.append(EventResource(collection: collection, name: SafeFileName.make(String(uid.prefix { $0 != "@" }), extension: "ics"),
                                           text: try ICalendarWriter.write(calendar), version: Version(event)))
        }
        return resources
    }
}
