/// UTC offsets written as in plan.json ("+08:00", "+06:30").
public enum OffsetText {
    public static func text(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + pad(minutes / 60) + ":" + pad(minutes % 60)
    }

    /// A local time of day from minutes, wrapping past midnight ("00:30").
    public static func clock(_ minutes: Int) -> String {
        let m = ((minutes % 1440) + 1440) % 1440
        return pad(m / 60) + ":" + pad(m % 60)
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
