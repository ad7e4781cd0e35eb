import Scenarios
/// Short names of meetings for messages ("SOM", "Plus Three SOM"): titles
/// are too long for a sentence, ids too cryptic. When two meetings of a
/// scenario share a kind, the id is added so that each name is unique.
struct MeetingLabels {
    private let labels: [MeetingID: String]

    init(scenario: Scenario) {
        var kindCount: [MeetingKind: Int] = [:]
        for meeting in scenario.meetings { kindCount[meeting.kind, default: 0] += 1 }
        var labels: [MeetingID: String] = [:]
        for meeting in scenario.meetings {
            let name = Self.shortName(meeting.kind)
            if meeting.kind == .other {
                labels[meeting.id] = meeting.id.rawValue
            } else if kindCount[meeting.kind, default: 0] > 1 {
                labels[meeting.id] = "\(name) (\(meeting.id))"
            } else {
                labels[meeting.id] = name
            }
        }
        self.labels = labels
    }

    func callAsFunction(_ id: MeetingID) -> String { labels[id] ?? id.rawValue }

    static func shortName(_ kind: MeetingKind) -> String {
        switch kind {
        case .focalPoints: "focal points meeting"
        case .preparatory: "preparatory meeting"
        case .som: "SOM"
        case .heads: "Heads meeting"
        case .plusThreeSOM: "Plus Three SOM"
        case .plusThreeHeads: "Plus Three Heads meeting"
        case .dialogue: "dialogue"
        case .forum: "forum"
        case .roundtable: "roundtable"
        case .other: "meeting"
        }
    }
}
