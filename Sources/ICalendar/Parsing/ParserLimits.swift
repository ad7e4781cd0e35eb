/// Bounds that keep a hostile or broken feed from exhausting memory or
/// time. Exceeding one is an `ICalendarError` of kind `.limit` that names
/// the limit. The defaults are far above any real calendar.
public struct ParserLimits: Equatable, Sendable {
    /// Input size in bytes. Default 64 MiB.
    public var maxInputBytes: Int
    /// Logical content lines (after unfolding). Default 1 000 000.
    public var maxContentLines: Int
    /// Bytes in one logical content line after unfolding. Default 1 MiB.
    public var maxLineBytes: Int
    /// Components open at once (VCALENDAR > VEVENT > VALARM is 3).
    /// Default 8.
    public var maxNestingDepth: Int
    /// Components in total. Default 100 000.
    public var maxComponents: Int

    /// Limits with the documented defaults, each overridable.
    public init(
        maxInputBytes: Int = 64 << 20, maxContentLines: Int = 1_000_000, maxLineBytes: Int = 1 << 20,
        maxNestingDepth: Int = 8, maxComponents: Int = 100_000
    ) {
        self.maxInputBytes = maxInputBytes
        self.maxContentLines = maxContentLines
        self.maxLineBytes = maxLineBytes
        self.maxNestingDepth = maxNestingDepth
        self.maxComponents = maxComponents
    }
}
