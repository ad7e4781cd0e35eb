/// "Did you mean ...?" for a misspelt key or reference: the closest known
/// name within an edit distance that grows with the word's length.
public enum Suggestion {
    /// The candidate closest to `word`, or nil when none is close enough.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let length = word.count
        let limit = max(1, min(3, length / 3))
        let lowered = word.lowercased()
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            // The distance is at least the difference in length: skipping
            // those keeps a long or hostile word from costing length × length.
            guard abs(candidate.count - length) <= limit else { continue }
            let distance = editDistance(lowered, candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.name
    }

    /// `; did you mean 'x'?` or the empty string.
    public static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Edit distance where swapping two neighbouring characters counts as
    /// one edit ("perp" for "prep"), the commonest slip in typed ids
    /// (optimal string alignment distance).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
