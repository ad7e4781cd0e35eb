extension Meeting {
    /// The same meeting without its window (so only the horizon bounds it)
    /// and, when `unpinned`, without its pinned date; used to find which
    /// rules together make a scenario infeasible.
    package func relaxed(window dropWindow: Bool, date dropDate: Bool) -> Meeting {
        Meeting(id: id, kind: kind, title: title, length: length, venues: venues, attendees: attendees,
                window: dropWindow ? nil : window, preferredWindow: preferredWindow, preferredStart: preferredStart,
                after: after, date: dropDate ? nil : date, start: start, mode: mode, remote: remote,
                agenda: agenda, location: location, joinURL: joinURL, runup: runup, term: term)
    }
}

extension Scenario {
    /// The same scenario with other meetings.
    package func replacing(meetings: [Meeting]) -> Scenario {
        Scenario(file: file, body: body, cycle: cycle, chair: chair, theme: theme, horizon: horizon, members: members,
                 partners: partners, venues: venues, delegations: delegations, meetings: meetings, fixed: fixed,
                 holidayFeeds: holidayFeeds, weights: weights, runup: runup, bodies: bodies, programme: programme)
    }
}
