/// The stable name of an agenda item in a template. Translations attach to
/// these keys, never to English wording, so rewording an English title does
/// not orphan its translations.
public enum ItemKey: String, CaseIterable, Sendable, Codable {
    case openingRemarks = "opening-remarks"
    case adoptionOfAgenda = "adoption-of-agenda"
    case businessArrangements = "business-arrangements"
    case secretariatReport = "secretariat-report"
    case workPlanProgress = "work-plan-progress"
    case newProjectProposals = "new-project-proposals"
    case cooperationWithPartners = "cooperation-with-partners"
    case nextChairPlans = "next-chair-plans"
    case otherMatters = "other-matters"
    case nextMeeting = "next-meeting"
    case adoptionOfReport = "adoption-of-report"
    case handover
    case closing
    case keynote
    case partnerPresentation = "partner-presentation"
    case panelDiscussion = "panel-discussion"
    case openDiscussion = "open-discussion"
    case wayForward = "way-forward"
    case summary
}
