/// Finds a minimal set of labelled rules that cannot hold together, for
/// explaining infeasibility ("these three rules conflict"). The caller owns
/// the meaning of a label: it builds a model from any subset and says
/// whether that model is feasible.
public enum MinimalConflict {
    /// A minimal infeasible subset of `labels`, in their original order:
    /// `isFeasible` is false for it, and true once any one label is dropped.
    /// Empty when all labels together are feasible. Uses QuickXplain
    /// (Junker, AAAI 2004), which needs O(k log(n/k)) checks for a conflict
    /// of k labels among n. Feasibility must be monotone: removing labels
    /// never makes a feasible set infeasible.
    public static func find<L>(labels: [L], isFeasible: ([L]) throws -> Bool) rethrows -> [L] {
        let all = Array(labels.indices)
        if try isFeasible(labels) { return [] }
        let conflict = try quickXplain(background: [], hasDelta: false, candidates: all, labels: labels, isFeasible: isFeasible)
        return conflict.sorted().map { labels[$0] }
    }

    /// QuickXplain's recursion over label indices: the part of `candidates`
    /// needed, beside `background`, to stay infeasible.
    private static func quickXplain<L>(
        background: [Int], hasDelta: Bool, candidates: [Int], labels: [L], isFeasible: ([L]) throws -> Bool
    ) rethrows -> [Int] {
        if hasDelta, try !isFeasible(background.sorted().map { labels[$0] }) { return [] }
        if candidates.count <= 1 { return candidates }
        let half = candidates.count / 2
        let left = Array(candidates[..<half]), right = Array(candidates[half...])
        let needRight = try quickXplain(
            background: background + left, hasDelta: !left.isEmpty, candidates: right, labels: labels, isFeasible: isFeasible)
        let needLeft = try quickXplain(
            background: background + needRight, hasDelta: !needRight.isEmpty, candidates: left, labels: labels, isFeasible: isFeasible)
        return needLeft + needRight
    }
}
