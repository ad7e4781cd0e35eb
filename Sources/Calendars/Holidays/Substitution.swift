import Foundation

/// A country's rule for days in lieu: which lost days earn one, and where
/// it goes. Each holiday (all its days together) earns at most one
/// substitute, and one lost day is never compensated twice: Thailand gave a
/// single Monday, 5 June 2023, for Visakha Bucha and the Queen's birthday,
/// which both fell on Saturday 3 June.
struct Substitution: Sendable {
    enum Placement: Sendable {
        /// The next day that is neither a weekend day nor a holiday (SG, MY,
        /// BN, TH, KH, LA, VN, JP, KR, GB, AU, NZ, CA).
        case nextFreeDay
        /// Saturday → the Friday before, Sunday → the Monday after (US federal, 5 U.S.C. 6103(b)).
        case nearestWeekday
    }

    /// How many days in lieu lost days earn.
    enum Grouping: Sendable {
        /// One per holiday, however many of its days are lost (SG, MY, BN, KR, ...).
        case perHoliday
        /// One per lost day (Lao PDR: 13 and 14 April 2024 on a weekend gave 17 and 18 April).
        case perDay
        /// One per weekend, however many holidays it holds (Thailand: Monday
        /// 2 January 2023 for New Year's Eve on Saturday and New Year's Day on Sunday).
        case perWeekend
    }

    /// Weekdays on which a holiday is lost (Sunday in Singapore and federal
    /// Malaysia, Friday and Sunday in Brunei, the weekend elsewhere).
    let triggers: Set<Weekday>
    /// Whether a holiday that falls on another holiday earns a day too (Malaysia, Korea, Japan's Golden Week).
    let onClash: Bool
    let placement: Placement
    let grouping: Grouping
    /// The name of the day in lieu, "{name}" standing for the holiday's name.
    let label: String
    /// The first year the rule applied.
    let since: Int
    /// The provision that gives the day in lieu, where the country's law
    /// citation does not name it.
    var source: String?

    init(triggers: Set<Weekday>, onClash: Bool = false, placement: Placement = .nextFreeDay, grouping: Grouping = .perHoliday,
         label: String = "{name} (in lieu)", since: Int = Holidays.supportedYears.lowerBound, source: String? = nil) {
        self.source = source
        self.grouping = grouping
        self.triggers = triggers
        self.onClash = onClash
        self.placement = placement
        self.label = label
        self.since = since
    }

    func name(for holiday: String) -> String { label.replacingOccurrences(of: "{name}", with: holiday) }
}
