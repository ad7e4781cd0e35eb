/// A weekday as RFC 5545 §3.3.10 writes it in BYDAY and WKST: `MO` ... `SU`.
public enum ICalWeekday: String, CaseIterable, Hashable, Sendable {
    case monday = "MO", tuesday = "TU", wednesday = "WE", thursday = "TH"
    case friday = "FR", saturday = "SA", sunday = "SU"

    /// 0 for Monday through 6 for Sunday.
    public var index: Int { ICalWeekday.allCases.firstIndex(of: self) ?? 0 }
}
