import Calendars

/// One row of the timeline: its label, the country whose weekends and
/// holidays shade it, and its meetings, each in a lane so that meetings
/// on overlapping days do not cover each other.
public struct TimelineRow: Sendable, Hashable {
    public struct Bar: Sendable, Hashable {
        /// Index into the timeline's meetings.
        public let meeting: Int
        public let lane: Int
    }

    public let label: String
    public let country: CountryCode?
    public let bars: [Bar]
    public let lanes: Int

    /// Packs `meetings` (indices into `all`) into the fewest lanes, in
    /// order of first day: each takes the first lane free by then.
    init(label: String, country: CountryCode?, meetings: [Int], of all: [OverviewMeeting]) {
        self.label = label
        self.country = country
        var laneEnds: [Int64] = []
        var bars: [Bar] = []
        let ordered = meetings.sorted { (all[$0].start, all[$0].id) < (all[$1].start, all[$1].id) }
        for index in ordered {
            let meeting = all[index]
            // A lane is free when its last meeting ended before this one's
            // first day: whole days, so that bars never touch.
            let begins = meeting.days.first.unixSecondsAtMidnightUTC
            let lane = laneEnds.firstIndex { $0 <= begins } ?? laneEnds.count
            let ends = meeting.days.last.adding(days: 1).unixSecondsAtMidnightUTC
            if lane == laneEnds.count { laneEnds.append(ends) } else { laneEnds[lane] = ends }
            bars.append(Bar(meeting: index, lane: lane))
        }
        self.bars = bars
        lanes = max(1, laneEnds.count)
    }
}
