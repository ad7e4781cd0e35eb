import ArgumentParser
import ICalendar
import CalendarExchange
import Planning
import Scenarios

/// The feed options `plan` and `export ics` share: how often subscribers
/// refresh, and where the feeds will be published.
struct FeedOptions: ParsableArguments {
    @Option(help: ArgumentHelp("How often subscribers should fetch the calendars again (REFRESH-INTERVAL, X-PUBLISHED-TTL), an ISO 8601 duration.",
                               valueName: "DURATION"))
    var refresh: String = PlanCalendar.defaultRefresh.icalText

    @Option(help: ArgumentHelp("Where the calendars will be published (URL and SOURCE in each feed): for 'plan' the folder's URL, for 'export ics' the file's.",
                               valueName: "URL"))
    var publishURL: String?

    /// The refresh interval, checked: a positive duration.
    func refreshInterval() throws -> ICalDuration {
        guard let duration = ICalDuration(icalText: refresh), !duration.isNegative, duration.totalSeconds > 0 else {
            throw ValidationError("--refresh must be a positive ISO 8601 duration such as P1D or PT6H, found '\(refresh)'")
        }
        return duration
    }

    func validate() throws {
        _ = try refreshInterval()
        if let publishURL {
            let lower = publishURL.lowercased()
            guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
                  !publishURL.unicodeScalars.contains(where: { $0.value <= 0x20 || $0 == "\"" }) else {
                throw ValidationError("--publish-url must be an http:// or https:// URL without spaces, found '\(publishURL)'")
            }
        }
    }

    /// `base` joined with `path`, one slash between them.
    static func join(_ base: String, _ path: String) -> String {
        (base.hasSuffix("/") ? base : base + "/") + path
    }
}
