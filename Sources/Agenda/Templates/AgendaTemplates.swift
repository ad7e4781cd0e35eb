import Planning
import Scenarios

/// The template tables. Orders follow the usual order of ASEAN sectoral
/// meetings (the 21st ACCSM SOM, Ha Noi 2022: the chair's opening, the
/// Secretariat's report on decisions of other ASEAN bodies, the work plan,
/// new project proposals, cooperation with other bodies, the incoming
/// chair's plans and theme). Lengths are defaults for a full day at a
/// 09:00-17:30 venue; shorter sessions compress them (see `AgendaBuilder`).
enum AgendaTemplates {
    static func items(of kind: MeetingKind) -> [AgendaTemplate.Item] {
        typealias I = AgendaTemplate.Item
        switch kind {
        case .focalPoints:
            return [I(.openingRemarks, 10), I(.adoptionOfAgenda, 5), I(.secretariatReport, 20),
                    I(.workPlanProgress, 60), I(.newProjectProposals, 40), I(.otherMatters, 15),
                    I(.nextMeeting, 10), I(.adoptionOfReport, 15), I(.closing, 5)]
        case .preparatory:
            return [I(.openingRemarks, 15), I(.adoptionOfAgenda, 5), I(.businessArrangements, 15),
                    I(.secretariatReport, 45), I(.workPlanProgress, 90), I(.newProjectProposals, 60),
                    I(.cooperationWithPartners, 45), I(.otherMatters, 20), I(.nextMeeting, 10),
                    I(.adoptionOfReport, 30), I(.closing, 10)]
        case .som:
            return [I(.openingRemarks, 15), I(.adoptionOfAgenda, 5), I(.businessArrangements, 10),
                    I(.secretariatReport, 45), I(.workPlanProgress, 90), I(.newProjectProposals, 60),
                    I(.cooperationWithPartners, 60), I(.nextChairPlans, 30), I(.otherMatters, 20),
                    I(.nextMeeting, 10), I(.adoptionOfReport, 45), I(.closing, 15)]
        case .heads:
            return [I(.openingRemarks, 20), I(.adoptionOfAgenda, 5), I(.businessArrangements, 5),
                    I(.secretariatReport, 30), I(.workPlanProgress, 60), I(.newProjectProposals, 45),
                    I(.cooperationWithPartners, 45), I(.nextChairPlans, 30), I(.otherMatters, 15),
                    I(.nextMeeting, 10), I(.adoptionOfReport, 30), I(.closing, 15)]
        case .plusThreeSOM, .plusThreeHeads:
            return [I(.openingRemarks, 15), I(.adoptionOfAgenda, 5), I(.secretariatReport, 20),
                    I(.workPlanProgress, 40), I(.cooperationWithPartners, 40), I(.otherMatters, 10),
                    I(.nextMeeting, 5), I(.adoptionOfReport, 15), I(.closing, 10)]
        case .dialogue:
            return [I(.openingRemarks, 10), I(.partnerPresentation, 40), I(.openDiscussion, 60),
                    I(.wayForward, 20), I(.closing, 10)]
        case .forum:
            return [I(.openingRemarks, 20), I(.keynote, 40), I(.panelDiscussion, 90),
                    I(.panelDiscussion, 90), I(.openDiscussion, 60), I(.summary, 30), I(.closing, 15)]
        case .roundtable:
            return [I(.openingRemarks, 10), I(.keynote, 20), I(.openDiscussion, 50), I(.summary, 10)]
        case .other:
            return [I(.openingRemarks, 10), I(.adoptionOfAgenda, 5), I(.openDiscussion, 90),
                    I(.otherMatters, 15), I(.closing, 10)]
        }
    }
}
