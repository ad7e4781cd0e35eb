import Calendars
import ICalendar
import Planning
import Scenarios

/// What changed for one delegation between two plans, as iTIP messages
/// (RFC 5546: METHOD:REQUEST for new or changed events, METHOD:CANCEL for
/// cancelled ones, with ORGANIZER and ATTENDEE) and a short notice in
/// words, in text and Markdown. Made only for delegations a change
/// touches. Pure: both plans' calendar states come in.
public struct ChangeNotice: Sendable {
    /// One change to one event, as the delegation sees it.
    public struct Change: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            /// Not in the old plan (for this delegation).
            case added
            /// Moved, or anything else it says changed.
            case changed
            /// Gone from the plan, or the delegation no longer attends.
            case cancelled
        }

        public let kind: Kind
        public let uid: String
        /// The event as it was (nil when added).
        public let before: CalendarState.Event?
        /// The event as it is now.
        public let after: CalendarState.Event
        /// Why, in words, when the plan knows ("the venue is closed on 9 May").
        public let reason: String?
    }

    public let delegation: String
    public let delegationName: String
    public let changes: [Change]

    /// The changes between `old` and `new` for every delegation they touch,
    /// in the order of `delegations`.
    public static func between(old: CalendarState?, new plan: Plan, names: (String) -> String,
                               delegations: [String]) -> [ChangeNotice] {
        guard let new = plan.calendar else { return [] }
        let reasons = Dictionary(plan.meetings.compactMap { entry in entry.moved.map { (entry.id.rawValue, $0.reason) } },
                                 uniquingKeysWith: { a, _ in a })
        var notices: [ChangeNotice] = []
        for delegation in delegations {
            var changes: [Change] = []
            for event in new.events {
                let before = old?.event(event.uid)
                let hadIt = before.map { $0.status == CalendarState.confirmed && $0.attendees.contains(delegation) } ?? false
                let hasIt = event.status == CalendarState.confirmed && event.attendees.contains(delegation)
                let isCancelledForIt = (event.status == CalendarState.cancelled && event.attendees.contains(delegation))
                    || event.dropped.contains(delegation)
                if hasIt {
                    if !hadIt {
                        changes.append(Change(kind: .added, uid: event.uid, before: nil, after: event, reason: reasons[event.meeting]))
                    } else if let before, before.sequence != event.sequence {
                        changes.append(Change(kind: .changed, uid: event.uid, before: before, after: event, reason: reasons[event.meeting]))
                    }
                } else if isCancelledForIt, hadIt {
                    let why = event.status == CalendarState.cancelled
                        ? "it is no longer in the plan" : "\(names(delegation)) no longer attends it"
                    changes.append(Change(kind: .cancelled, uid: event.uid, before: before, after: event, reason: why))
                }
            }
            if !changes.isEmpty {
                notices.append(ChangeNotice(delegation: delegation, delegationName: names(delegation), changes: changes))
            }
        }
        return notices
    }

    /// "Tue 9 May 2023 09:00" from "2023-05-09T09:00".
    static func when(_ local: String) -> String {
        guard let day = Day(iso: local.prefix(10)) else { return local }
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekday = weekdays[((day.daysSince1970 + 4) % 7 + 7) % 7]
        return "\(weekday) \(day.day) \(months[day.month - 1]) \(day.year) \(local.dropFirst(11))"
    }

    /// One sentence per change.
    public func sentences(markdown: Bool) -> [String] {
        func title(_ event: CalendarState.Event) -> String { markdown ? "**\(Self.escaped(event.summary))**" : event.summary }
        func reason(_ change: Change) -> String {
            guard let reason = change.reason else { return "." }
            return ": " + (markdown ? Self.escaped(reason) : reason) + "."
        }
        return changes.map { change in
            let now = change.after
            switch change.kind {
            case .added:
                return "\(title(now)) added: \(Self.when(now.localStart))–\(now.localEnd.suffix(5)) (\(now.timeZone)), "
                    + "\(markdown ? Self.escaped(now.location) : now.location)\(reason(change))"
            case .changed:
                let before = change.before!
                var text = "\(title(now))"
                if before.localStart != now.localStart || before.localEnd != now.localEnd {
                    text += " moved from \(Self.when(before.localStart)) to \(Self.when(now.localStart))–\(now.localEnd.suffix(5)) (\(now.timeZone))"
                } else {
                    text += " changed"
                }
                if before.location != now.location { text += ", now at \(markdown ? Self.escaped(now.location) : now.location)" }
                return text + reason(change)
            case .cancelled:
                return "\(title(change.before ?? now)) on \(Self.when((change.before ?? now).localStart)) is cancelled\(reason(change))"
            }
        }
    }

    /// The notice as plain text.
    public func text(termName: String, asOf stamp: String) -> String {
        var lines = ["\(termName): changes for the \(delegationName) delegation (plan of \(stamp.prefix(10)))", ""]
        lines += sentences(markdown: false).map { "- " + $0 }
        lines += ["", "Calendar updates are attached: open them to update the events in your calendar."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The notice as Markdown.
    public func markdown(termName: String, asOf stamp: String) -> String {
        var lines = ["# \(Self.escaped(termName)): changes for the \(Self.escaped(delegationName)) delegation", "",
                     "Plan of \(stamp.prefix(10)).", ""]
        lines += sentences(markdown: true).map { "- " + $0 }
        lines += ["", "Calendar updates are attached: open them to update the events in your calendar."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Markdown's special characters escaped, line breaks as spaces.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_{}[]<>()#+!|".contains(character) { result.append("\\") }
            result.append(character == "\n" || character == "\r" ? " " : character)
        }
        return result
    }
}
