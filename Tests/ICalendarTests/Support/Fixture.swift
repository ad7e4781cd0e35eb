import Foundation
import ICalendar

/// Loads test inputs from Fixtures/, byte for byte (CRLF kept).
enum Fixture {
    static func bytes(_ name: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw FixtureMissing(name: name)
        }
        return [UInt8](try Data(contentsOf: url))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    /// The error parsing fixture `name` throws, or nil if it parses.
    static func parseError(_ name: String) throws -> ICalendarError? {
        let bytes = try bytes(name)
        do {
            _ = try ICalendarParser().parse(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    struct FixtureMissing: Error {
        let name: String
    }
}

/// The error `body` throws, or nil.
func icalError<T>(_ body: () throws(ICalendarError) -> T) -> ICalendarError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

/// A UTC date-time from its fields, for expectations.
func utc(_ y: Int, _ mo: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0, _ s: Int = 0) -> Int {
    ICalDateTime(year: y, month: mo, day: d, hour: h, minute: mi, second: s, zone: .utc)?.civilSeconds ?? -1
}

/// A local (civil) date-time in zone `tzid`.
func local(_ tzid: String, _ y: Int, _ mo: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0, _ s: Int = 0) -> ICalDateTime? {
    ICalDateTime(year: y, month: mo, day: d, hour: h, minute: mi, second: s, zone: .tzid(tzid))
}
