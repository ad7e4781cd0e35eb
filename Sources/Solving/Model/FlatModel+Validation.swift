extension FlatModel {
    /// Checks the model's internal consistency: matrix shape, unique ids,
    /// every reference resolvable, intervals and days running forwards.
    /// Reading and compiling call it; so may anyone who builds a model in code.
    public func validate() throws(ModelError) {
        guard format == FlatModel.formatTag else { throw .unsupportedFormat(format) }
        guard travelMinutes.count == sites.count, travelMinutes.allSatisfy({ $0.count == sites.count }) else {
            throw .travelMatrixShape(sites: sites.count)
        }
        for (a, row) in travelMinutes.enumerated() {
            for (b, minutes) in row.enumerated() where minutes < 0 { throw .negativeTravel(from: a, to: b) }
        }
        var venueIDs = Set<ModelVenueID>()
        for venue in venues {
            guard venueIDs.insert(venue.id).inserted else { throw .duplicateVenue(venue.id) }
            guard sites.indices.contains(venue.site) else { throw .siteOutOfRange(venue: venue.id, site: venue.site) }
            guard venue.rooms >= 1 else { throw .invalidRooms(venue: venue.id, rooms: venue.rooms) }
        }
        var meetingIDs = Set<ModelMeetingID>()
        for meeting in meetings {
            guard meetingIDs.insert(meeting.id).inserted else { throw .duplicateMeeting(meeting.id) }
            for (index, option) in meeting.options.enumerated() {
                guard venueIDs.contains(option.venue) else {
                    throw .unknownVenue(meeting: meeting.id, option: index, venue: option.venue)
                }
                guard option.end >= option.start else {
                    throw .invalidOption(meeting: meeting.id, option: index, reason: "end \(option.end) is before start \(option.start)")
                }
                // Costs are penalties: the bounds of the search rely on none being negative.
                guard option.cost >= 0 else {
                    throw .invalidOption(meeting: meeting.id, option: index, reason: "cost \(option.cost) is negative")
                }
                guard option.lastDay >= option.day else {
                    throw .invalidOption(meeting: meeting.id, option: index, reason: "lastDay \(option.lastDay) is before day \(option.day)")
                }
            }
        }
        for link in precedences {
            let context = "precedence '\(link.first)' → '\(link.then)'"
            guard meetingIDs.contains(link.first) else { throw .unknownMeeting(link.first, in: context) }
            guard meetingIDs.contains(link.then) else { throw .unknownMeeting(link.then, in: context) }
            guard link.first != link.then else { throw .selfReference(link.first, in: context) }
            if let maxDays = link.maxDays, maxDays < link.minDays {
                throw .invalidPrecedence(first: link.first, then: link.then, reason: "maxDays \(maxDays) < minDays \(link.minDays)")
            }
            if let preferMax = link.preferMaxDays, preferMax < link.preferMinDays {
                throw .invalidPrecedence(first: link.first, then: link.then, reason: "preferMaxDays \(preferMax) < preferMinDays \(link.preferMinDays)")
            }
            guard link.costPerDay >= 0 else {
                throw .invalidPrecedence(first: link.first, then: link.then, reason: "costPerDay is negative")
            }
        }
        for link in sameVenue {
            let context = "sameVenue '\(link.a)' / '\(link.b)'"
            guard meetingIDs.contains(link.a) else { throw .unknownMeeting(link.a, in: context) }
            guard meetingIDs.contains(link.b) else { throw .unknownMeeting(link.b, in: context) }
            guard link.a != link.b else { throw .selfReference(link.a, in: context) }
            guard link.cost >= 0 else { throw .invalidPrecedence(first: link.a, then: link.b, reason: "sameVenue cost is negative") }
        }
    }
}
