import Calendars
import Planning
import Scenarios

/// Who pays for the plan's hours: per delegation, the sessions it follows
/// from home (virtual meetings, and hybrid ones where it is remote), how
/// many of them fall outside the comfortable and the acceptable day in its
/// own clock (Docs/Rules.md, the remote-hours rules), and its worst one.
/// Sessions in the room keep the venue's opening hours and are not counted.
public struct FairnessLedger: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        public let delegation: String
        /// Every meeting day the delegation attends, in the room or not.
        public let sessions: Int
        public let remoteSessions: Int
        public let outsideComfortable: Int
        public let outsideAcceptable: Int
        /// The remote session furthest outside the comfortable day:
        /// "2020-11-17 06:30-11:30 (+06:30)", nil when none is outside.
        public let worst: String?
        /// How far `worst` lies outside the comfortable day, in minutes.
        public let worstMinutes: Int
    }

    public let lines: [Line]

    /// The ledger of `timeline`'s meetings, one line per delegation, by id.
    public init(_ timeline: Timeline) {
        var clock = ZoneClock()
        let comfortable = RuleConstants.comfortableRemoteMinutes
        let acceptable = RuleConstants.acceptableRemoteMinutes
        struct Tally {
            var sessions = 0, remote = 0, outsideComfortable = 0, outsideAcceptable = 0
            var worst: String?
            var worstMinutes = 0
        }
        var tallies: [String: Tally] = [:]
        for meeting in timeline.meetings {
            for attendee in meeting.attendees {
                var tally = tallies[attendee] ?? Tally()
                for offset in 0..<meeting.days.count {
                    tally.sessions += 1
                    guard meeting.isRemote(attendee) else { continue }
                    tally.remote += 1
                    let zone = timeline.clockZone(of: attendee, in: meeting)
                    let start = meeting.start + Int64(offset) * 86_400, end = meeting.end + Int64(offset) * 86_400
                    let from = clock.localMinutes(start, in: zone, sameDayAs: start)
                    let to = clock.localMinutes(end, in: zone, sameDayAs: start)
                    let outside = max(comfortable.lowerBound - from, to - comfortable.upperBound, 0)
                    if outside > 0 { tally.outsideComfortable += 1 }
                    if from < acceptable.lowerBound || to > acceptable.upperBound { tally.outsideAcceptable += 1 }
                    if outside > tally.worstMinutes {
                        tally.worstMinutes = outside
                        let day = meeting.days.first.adding(days: offset)
                        tally.worst = "\(day) \(ZoneClock.clockLabel(from))-\(ZoneClock.clockLabel(to)) "
                            + "(\(ZoneClock.offsetLabel(clock.offset(zone, at: start))))"
                    }
                }
                tallies[attendee] = tally
            }
        }
        lines = tallies.keys.sorted().map { id in
            let tally = tallies[id]!
            return Line(
                delegation: id, sessions: tally.sessions, remoteSessions: tally.remote,
                outsideComfortable: tally.outsideComfortable, outsideAcceptable: tally.outsideAcceptable,
                worst: tally.worst, worstMinutes: tally.worstMinutes)
        }
    }
}
