import Scenarios
/// The standard order of business of a meeting kind, written into an
/// event's DESCRIPTION when no timed programme is given (an agenda that
/// could not be laid out, or a caller that does not make agendas).
public enum AgendaOutline {
    /// The items of `kind`'s usual agenda, in order (DESIGN.md, Outputs:
    /// opening, adoption of the agenda, reports, work plan, proposals,
    /// other matters, next meeting, adoption of the report, closing).
    /// `handover` adds the handing over of the chair, which closes the
    /// last heads meeting of a term.
    public static func items(kind: MeetingKind?, handover: Bool = false) -> [String] {
        var items: [String]
        switch kind {
        case .dialogue:
            items = ["Opening remarks", "Introduction of delegations", "Presentations by the partner",
                     "Dialogue", "Way forward", "Closing remarks"]
        case .forum:
            items = ["Opening", "Keynote address", "Panel sessions", "Open discussion", "Summary of the forum", "Closing"]
        case .roundtable:
            items = ["Opening", "Adoption of the agenda", "Roundtable discussion", "Summary of the discussion", "Closing"]
        case .focalPoints:
            items = ["Opening", "Adoption of the agenda", "Preparations for the coming meetings",
                     "Work plan progress", "Other matters", "Closing"]
        default:
            items = ["Opening", "Adoption of the agenda", "Reports", "Work plan progress", "Proposals",
                     "Other matters", "Date and venue of the next meeting", "Adoption of the report", "Closing"]
        }
        if handover, let closing = items.lastIndex(of: "Closing") {
            items.insert("Handover of the chair", at: closing)
        }
        return items
    }
}
