/// What a meeting is in the cycle of a chair term. The kind chooses the
/// agenda template and the default title.
public enum MeetingKind: String, CaseIterable, Sendable, Codable {
    case focalPoints = "focal-points"
    case preparatory
    case som
    case heads
    case plusThreeSOM = "plus-three-som"
    case plusThreeHeads = "plus-three-heads"
    case dialogue
    case forum
    case roundtable
    case other

    /// A human name for titles and tables.
    public var displayName: String {
        switch self {
        case .focalPoints: "Focal Points Meeting"
        case .preparatory: "Preparatory Meeting"
        case .som: "Senior Officials Meeting (SOM)"
        case .heads: "Heads of Civil Service Meeting"
        case .plusThreeSOM: "Plus Three Senior Officials Meeting"
        case .plusThreeHeads: "Plus Three Heads Meeting"
        case .dialogue: "Dialogue"
        case .forum: "Forum"
        case .roundtable: "Roundtable"
        case .other: "Meeting"
        }
    }

    /// Side events are held around a main meeting, and cost more when they
    /// drift away from it.
    public var isSideEvent: Bool {
        switch self {
        case .dialogue, .forum, .roundtable, .plusThreeSOM, .plusThreeHeads: true
        default: false
        }
    }
}

/// How delegations take part.
public enum MeetingMode: String, CaseIterable, Sendable, Codable {
    /// Everyone at the venue.
    case inPerson = "in-person"
    /// Everyone remote, on a virtual venue.
    case virtual
    /// In person at the venue, with some delegations joining remotely.
    case hybrid
}
