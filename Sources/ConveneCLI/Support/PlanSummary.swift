import Planning

/// The table `convene plan` prints: one line per meeting, then the
/// objective and how the search went.
enum PlanSummary {
    static func render(_ plan: Plan, model: PlanningModel, seconds: Double) -> String {
        let header = ["meeting", "date", "day", "venue", "local time", "cost"]
        let rows = plan.meetings.map { entry -> [String] in
            let dates = entry.date == entry.lastDate ? "\(entry.date)" : "\(entry.date)..\(entry.lastDate.description.suffix(5))"
            return [entry.id.rawValue, dates, entry.weekday.shortName, entry.venue.rawValue,
                    "\(entry.localStart)-\(entry.localEnd) \(entry.utcOffset)", String(entry.cost)]
        }
        var lines = ["\(plan.body)\(plan.cycle.map { " \($0)" } ?? ""), chair \(plan.chair): \(plan.meetings.count) meetings placed"]
        lines += Table.render(header: header, rows: rows, rightAligned: [5])
        let breakdown = plan.breakdown.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
            .joined(separator: ", ")
        lines.append("objective \(plan.objective)\(breakdown.isEmpty ? "" : " (\(breakdown))")")
        let proof = plan.movedCount != nil
            ? (plan.solver.provenOptimal ? "proven fewest moves, then shortest, then cheapest" : "not proven to move the fewest meetings")
            : (plan.solver.provenOptimal ? "proven optimal" : "not proven optimal, lower bound \(plan.solver.lowerBound.map(String.init) ?? "unknown")")
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        lines.append("search: \(plan.solver.status.rawValue), \(proof); \(count(plan.solver.nodes, "node")), \(count(plan.solver.iterations, "iteration")), \(String(format: "%.2f", seconds)) s")
        if let moved = plan.movedCount {
            lines.append("moved since the kept plan: \(moved)")
            for entry in plan.meetings {
                guard let move = entry.moved else { continue }
                lines.append("  \(entry.id): \(move.from) \(move.fromStart) at \(move.fromVenue) → \(entry.date) \(entry.localStart) at \(entry.venue): \(move.reason)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
