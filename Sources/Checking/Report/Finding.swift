import Calendars
import Scenarios

/// One conflict or cost found in a schedule: which rule, which meetings
/// and days, whose calendar or which venue, a sentence a planner
/// understands, and for soft rules the points it costs. `check` prints
/// these and writes them as JSON.
public struct Finding: Hashable, Sendable {
    public let rule: CheckRule
    /// The meetings involved; for a rule between two meetings, the earlier
    /// first. The last one is the meeting the finding is listed under.
    public let meetings: [MeetingID]
    public let dates: [Day]
    /// Delegation ids, country codes or a venue id: whose rule it is.
    public let who: [String]
    public let message: String
    /// Points, with the planner's formula and weight; 0 for hard findings.
    public let cost: Int

    public init(rule: CheckRule, meetings: [MeetingID], dates: [Day], who: [String], message: String, cost: Int = 0) {
        self.rule = rule
        self.meetings = meetings
        self.dates = dates
        self.who = who
        self.message = message
        self.cost = rule.isHard ? 0 : cost
    }

    public var isHard: Bool { rule.isHard }
}
