/// Lengths written for people: "7 h 45 min", "15 minutes", "2 h".
enum DurationText {
    static func text(_ minutes: Int) -> String {
        if minutes < 60 { return minutes == 1 ? "1 minute" : "\(minutes) minutes" }
        let h = minutes / 60, m = minutes % 60
        return m == 0 ? "\(h) h" : "\(h) h \(m) min"
    }
}
