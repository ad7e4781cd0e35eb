import Calendars
import Scenarios

/// Why a kept meeting had to move: its old placement is no longer allowed
/// (and by which rule), or another meeting's move pushed it.
enum MoveReason {
    static func explain(old: Plan.Entry, model: PlanningModel, meetingIndex: Int, moved: Set<MeetingID>) -> String {
        let meeting = model.scenario.meetings[meetingIndex]
        let day = old.date
        let stillPossible = model.placements[meetingIndex].contains {
            $0.venue == old.venue && $0.firstDay == day && $0.localStart == old.localStart
        }
        if stillPossible {
            return linkedReason(meeting, model: model, moved: moved)
                ?? "its old placement is still allowed on its own, but no longer fits with the other meetings (rooms, delegations' time or travel)"
        }
        if let window = meeting.window?.value, !window.contains(day) {
            return "\(old.date) is outside its window \(window)"
        }
        if !model.scenario.horizon.contains(day) {
            return "\(old.date) is outside the horizon \(model.scenario.horizon)"
        }
        if !meeting.venues.contains(where: { $0.value == old.venue }) {
            return "venue \(old.venue) is no longer among its venues"
        }
        // The option generator's own day rules, run on the old placement,
        // name the one it breaks.
        if let venue = model.scenario.venue(old.venue) {
            let generator = OptionGenerator(scenario: model.scenario, facts: model.facts,
                                            clock: ZoneClock(epoch: model.epoch), fixed: model.fixedDays)
            let days = (0..<meeting.dayCount).map { day.adding(days: $0) }
            let attendance = Attendance(scenario: model.scenario, meeting: meeting, venue: venue)
            if let exclusion = generator.dayExclusion(days, venue: venue, attendance: attendance) {
                return exclusion.sentence
            }
        }
        return "its old placement breaks a rule of the changed scenario (the hours, remote hours or the pinned date)"
    }

    /// "moved with som, which it must follow by 0 to 1 days": the moved
    /// meetings it is tied to by an `after` rule, either way.
    private static func linkedReason(_ meeting: Meeting, model: PlanningModel, moved: Set<MeetingID>) -> String? {
        var ties: [String] = []
        for rule in meeting.after where moved.contains(rule.meeting.value) {
            ties.append("\(rule.meeting.value), which it must follow by \(rule.days) day\(rule.days.description == "1" ? "" : "s")")
        }
        for other in model.scenario.meetings where moved.contains(other.id) {
            for rule in other.after where rule.meeting.value == meeting.id {
                ties.append("\(other.id), which must follow it by \(rule.days) day\(rule.days.description == "1" ? "" : "s")")
            }
        }
        return ties.isEmpty ? nil : "moved with " + ties.joined(separator: "; and with ")
    }
}
