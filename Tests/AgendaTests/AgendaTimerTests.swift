import Agenda
import Calendars
import Planning
import Testing

/// Timing: breaks in their places, the Friday prayer break where the host
/// keeps it, and items that do not fit said by how much.
@Suite struct AgendaTimerTests {
    static let friday = Day(year: 2022, month: 8, day: 5)!

    static func day(prayers: Bool, lunch: Bool = true, start: Int = 540, end: Int = 1050) -> [Session] {
        [Session(day: friday, start: start, end: end, takesLunch: lunch, fridayPrayers: prayers)]
    }

    static func pauses(_ days: [TimedDay]) -> [(BreakKind, Int, Int)] {
        days.flatMap(\.slots).compactMap { slot in
            if case .pause(let kind) = slot.content { return (kind, slot.start, slot.end) }
            return nil
        }
    }

    @Test func fullDayHasCoffeeLunchCoffee() throws {
        let days = try AgendaTimer.lay([60, 30, 60, 60, 60, 60, 60], over: Self.day(prayers: false))
        let pauses = Self.pauses(days)
        #expect(pauses.map(\.0) == [.coffee, .lunch, .coffee])
        #expect(pauses.map(\.1) == [630, 705, 945])  // 10:30, 11:45, 15:45: the item boundaries nearest 10:30, 12:00, 15:30
    }

    @Test func itemsFollowEachOtherWithoutGapsOrOverlaps() throws {
        let days = try AgendaTimer.lay([15, 5, 10, 45, 90, 60, 60, 30, 20, 10, 45, 15], over: Self.day(prayers: false))
        let slots = days.flatMap(\.slots)
        #expect(slots.first?.start == 540)
        for (a, b) in zip(slots, slots.dropFirst()) { #expect(a.end == b.start) }
    }

    /// The heads meeting of ACCSM 21 fell on Friday 5 Aug 2022 in Ha Noi:
    /// lunch as usual. The same Friday in Bandar Seri Begawan stops at noon
    /// for prayers until 14:00.
    @Test func fridayPrayersInBruneiButNotInVietNam() throws {
        let planned = try AgendaFixtures.shipped("accsm-21-vietnam.yaml")
        let inHanoi = try AgendaBuilder(plan: planned.plan, scenario: planned.scenario).agenda(for: "heads")
        #expect(inHanoi.days.first?.session.fridayPrayers == false)
        #expect(Self.pauses(inHanoi.days).map(\.0).contains(.lunch))
        #expect(!Self.pauses(inHanoi.days).map(\.0).contains(.fridayPrayers))

        var plan = planned.plan
        guard let index = plan.meetings.firstIndex(where: { $0.id == "heads" }) else { Issue.record("no heads"); return }
        plan.meetings[index].country = "BN"
        plan.meetings[index].timeZone = ZoneID("Asia/Brunei")
        let inBrunei = try AgendaBuilder(plan: plan, scenario: planned.scenario).agenda(for: "heads")
        let pauses = Self.pauses(inBrunei.days)
        #expect(!pauses.map(\.0).contains(.lunch))
        let prayers = pauses.first { $0.0 == .fridayPrayers }
        #expect(prayers?.2 == 14 * 60)
        #expect((prayers?.1 ?? 9999) <= 12 * 60)
        for slot in inBrunei.days.flatMap(\.slots) where slot.content != .pause(.fridayPrayers) {
            #expect(slot.end <= 12 * 60 || slot.start >= 14 * 60, "an item runs into the prayers: \(slot)")
        }
    }

    @Test func prayerBreakStartsAfterTheLastItemBeforeNoon() throws {
        let days = try AgendaTimer.lay([60, 45, 30, 60, 60], over: Self.day(prayers: true))
        let prayers = Self.pauses(days).first { $0.0 == .fridayPrayers }
        #expect(prayers?.2 == 840)
        let before = days.flatMap(\.slots).filter { $0.end <= (prayers?.1 ?? 0) }
        #expect(before.last?.end == prayers?.1)
    }

    @Test func coffeeBreakNeverTouchesLunch() throws {
        let days = try AgendaTimer.lay([15, 240, 180], over: Self.day(prayers: false))
        #expect(Self.pauses(days).map(\.0) == [.lunch])
    }

    @Test func virtualSessionTakesNoLunch() throws {
        let days = try AgendaTimer.lay([60, 60, 60], over: Self.day(prayers: false, lunch: false, start: 600, end: 780))
        #expect(!Self.pauses(days).map(\.0).contains(.lunch))
    }

    /// 09:00-17:30 less coffee, lunch and coffee leaves 7 h for items.
    @Test func tooLongSaysByHowMuch() throws {
        #expect(throws: TimingError.doesNotFit(needed: 435, available: 420, days: 1)) {
            try AgendaTimer.lay([90, 75, 150, 120], over: Self.day(prayers: false))
        }
        let message = TimingError.doesNotFit(needed: 435, available: 420, days: 1).description
        #expect(message == "needs 7 h 15 min but the day has 7 h between breaks: 15 minutes too long")
    }

    @Test func scenarioAgendaThatDoesNotFitIsAnErrorNamingTheMeeting() throws {
        let planned = try AgendaFixtures.plan(AgendaFixtures.tooLong)
        do {
            _ = try AgendaBuilder(plan: planned.plan, scenario: planned.scenario).agenda(for: "som")
            Issue.record("expected a timing error")
        } catch {
            #expect(error.description == "meeting 'som': the agenda of 'Senior Officials Meeting' needs 7 h 15 min but the day has 7 h between breaks: 15 minutes too long")
        }
    }

    @Test func multiDayMeetingsSplitIntoDays() throws {
        let second = Self.friday.adding(days: 1)
        let sessions = Self.day(prayers: false) + [Session(day: second, start: 540, end: 1050, takesLunch: true, fridayPrayers: false)]
        let days = try AgendaTimer.lay(Array(repeating: 120, count: 5), over: sessions)
        #expect(days.count == 2)
        #expect(days[0].slots.filter { if case .item = $0.content { true } else { false } }.count == 3)
        #expect(days[1].slots.first?.start == 540)
    }

    @Test func templateOfATwoDayMeetingFillsBothDays() throws {
        let planned = try AgendaFixtures.plan(AgendaFixtures.twoDays)
        let agenda = try AgendaBuilder(plan: planned.plan, scenario: planned.scenario).agenda(for: "som")
        #expect(agenda.days.count == 2)
        #expect(agenda.days.allSatisfy { day in day.slots.contains { if case .item = $0.content { true } else { false } } })
        #expect(agenda.days[1].session.fridayPrayers)
        #expect(agenda.lines.last?.key == .closing)
    }
}
