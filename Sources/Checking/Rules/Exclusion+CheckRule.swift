import Planning

extension Exclusion {
    /// The rule's name in `convene check`: a holiday whose date is
    /// uncertain on the day is `uncertain-holiday`, host's or not.
    var checkRule: CheckRule {
        switch self {
        case .venueClosed, .openingHours: .venueClosed
        case .weekend: .weekend
        case .hostHoliday(let holiday, let day): Self.isUncertain(holiday, on: day) ? .uncertainHoliday : .hostHoliday
        case .majorHoliday(let holiday, let day): Self.isUncertain(holiday, on: day) ? .uncertainHoliday : .majorHoliday
        case .fixedEvent: .fixedEventClash
        case .remoteHours: .remoteHours
        case .pinned: .windowMissed
        }
    }
}
