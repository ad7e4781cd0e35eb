/// Limits on what a scenario may ask of the machine, so that a hostile or
/// broken file fails fast with a clear error instead of eating memory.
/// The defaults are far above the whole ASEAN calendar (about 1,500
/// meetings a year).
public struct InputLimits: Hashable, Sendable {
    /// Largest scenario file, in bytes.
    public var maximumFileBytes = 16 * 1024 * 1024
    /// YAML nodes visited while decoding, aliases counted each time they are
    /// used: a "billion laughs" file stops here.
    public var maximumNodes = 1_000_000
    /// Deepest nesting of mappings and sequences.
    public var maximumDepth = 32
    public var maximumMeetings = 20_000
    public var maximumVenues = 5_000
    public var maximumDelegations = 10_000
    /// Longest horizon, in days (about ten years).
    public var maximumHorizonDays = 3_700

    public init() {}
}
