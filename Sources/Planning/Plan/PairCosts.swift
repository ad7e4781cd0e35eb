import Scenarios
import Solving

/// The costs between two meetings of a chosen plan: side events drifting
/// from their meeting (precedence soft part) and linked meetings at
/// different venues, priced by Rules/PairCostRules.swift. Each is charged
/// to the later meeting.
enum PairCosts {
    static func items(model: PlanningModel, chosen: [Placement]) -> [(CostItem, Int)] {
        var items: [(CostItem, Int)] = []
        let index = Dictionary(model.scenario.meetings.enumerated().map { ($0.element.id.rawValue, $0.offset) },
                               uniquingKeysWith: { first, _ in first })
        for precedence in model.flat.precedences where precedence.costPerDay > 0 {
            guard let a = index[precedence.first.rawValue], let b = index[precedence.then.rawValue],
                  let preferred = DayCountRange(minimum: precedence.preferMinDays, maximum: precedence.preferMaxDays) else { continue }
            let gap = chosen[b].dayIndex - chosen[a].lastDayIndex
            if let charge = PairCostRules.sideEventGap(gap: gap, first: MeetingID(precedence.first.rawValue), preferred: preferred,
                                                       perDay: precedence.costPerDay, dates: [chosen[b].firstDay]) {
                items.append((charge.costItem, b))
            }
        }
        for term in model.flat.sameVenue {
            guard let a = index[term.a.rawValue], let b = index[term.b.rawValue] else { continue }
            if let charge = PairCostRules.venueChange(first: MeetingID(term.a.rawValue), firstVenue: chosen[a].venue,
                                                      then: chosen[b].venue, day: chosen[b].firstDay, weights: model.scenario.weights) {
                items.append((CostItem(.venueChange, term.cost, charge.note), b))
            }
        }
        return items
    }
}
