import Calendars

/// Why a kept meeting had to move: its old placement is no longer allowed
/// (and by which rule), or another meeting's move pushed it.
enum MoveReason {
    static func explain(old: Plan.Entry, model: PlanningModel, meetingIndex: Int) -> String {
        let meeting = model.scenario.meetings[meetingIndex]
        guard let day = Day(iso: old.date) else { return "its old date could not be read" }
        let stillPossible = model.placements[meetingIndex].contains {
            $0.venue.rawValue == old.venue && $0.firstDay == day && $0.localStart.description == old.localStart
        }
        if stillPossible {
            return "its old placement is still allowed on its own, but conflicts with the meetings it is linked to"
        }
        if let window = meeting.window?.value, !window.contains(day) {
            return "\(old.date) is outside its window \(window)"
        }
        if !model.scenario.horizon.contains(day) {
            return "\(old.date) is outside the horizon \(model.scenario.horizon)"
        }
        if !meeting.venues.contains(where: { $0.value.rawValue == old.venue }) {
            return "venue \(old.venue) is no longer among its venues"
        }
        // Re-run the day rules on the old placement to name the one it breaks.
        if let venue = model.scenario.venue(VenueID(old.venue)) {
            let attendees = model.scenario.attendees(of: meeting)
            for offset in 0..<meeting.dayCount {
                let current = day.adding(days: offset)
                if !venue.isOpen(on: current) { return Exclusion.venueClosed(venue.id, current).sentence }
                let host = model.facts.on(current, for: venue.country)
                if host.isWeekend { return Exclusion.weekend(venue.country, current).sentence }
                if let holiday = host.major.first ?? host.minor.first {
                    return Exclusion.hostHoliday(venue.country, current, name: holiday.name).sentence
                }
                for country in Set(attendees.map(\.country)).sorted() {
                    if let holiday = model.facts.on(current, for: country).major.first {
                        return Exclusion.majorHoliday(country, current, name: holiday.name, uncertain: holiday.isUncertain).sentence
                    }
                }
            }
        }
        return "its old placement breaks a rule of the changed scenario (a fixed event, the hours, or the pinned date)"
    }
}
