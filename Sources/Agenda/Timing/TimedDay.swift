import Calendars

/// One day of a timed programme.
public struct TimedDay: Sendable, Hashable {
    public let session: Session
    public let slots: [Slot]

    public init(session: Session, slots: [Slot]) {
        self.session = session
        self.slots = slots
    }

    public var day: Day { session.day }
}
