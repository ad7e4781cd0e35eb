import Solving

/// The costs between two meetings of a chosen plan: side events drifting
/// from their meeting (precedence soft part) and linked meetings at
/// different venues. Each is charged to the later meeting.
enum PairCosts {
    static func items(model: PlanningModel, chosen: [Placement]) -> [(CostItem, Int)] {
        var items: [(CostItem, Int)] = []
        let index = Dictionary(model.scenario.meetings.enumerated().map { ($0.element.id.rawValue, $0.offset) },
                               uniquingKeysWith: { first, _ in first })
        for precedence in model.flat.precedences where precedence.costPerDay > 0 {
            guard let a = index[precedence.first.rawValue], let b = index[precedence.then.rawValue] else { continue }
            let gap = chosen[b].dayIndex - chosen[a].lastDayIndex
            var outside = max(0, precedence.preferMinDays - gap)
            if let preferMax = precedence.preferMaxDays { outside += max(0, gap - preferMax) }
            if outside > 0 {
                items.append((CostItem(.sideEventGap, outside * precedence.costPerDay,
                                       "\(gap) days after \(precedence.first.rawValue); \(outside) more than preferred"), b))
            }
        }
        for term in model.flat.sameVenue {
            guard let a = index[term.a.rawValue], let b = index[term.b.rawValue] else { continue }
            if chosen[a].venue != chosen[b].venue {
                items.append((CostItem(.venueChange, term.cost,
                                       "at \(chosen[b].venue), while \(term.a.rawValue) is at \(chosen[a].venue)"), b))
            }
        }
        return items
    }
}
