/// Why a flat model cannot be read or compiled. Each case names the thing at
/// fault (meeting, option index counted from 0, venue), so a caller can
/// point at it without re-reading the model.
public enum ModelError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text is not JSON of the expected shape; `path` is the coding path
    /// (e.g. `meetings[3].options[0].cost`).
    case malformedJSON(path: String, message: String)
    case unsupportedFormat(String)
    case travelMatrixShape(sites: Int)
    case negativeTravel(from: Int, to: Int)
    case duplicateVenue(ModelVenueID)
    case siteOutOfRange(venue: ModelVenueID, site: Int)
    case invalidRooms(venue: ModelVenueID, rooms: Int)
    case duplicateMeeting(ModelMeetingID)
    case unknownVenue(meeting: ModelMeetingID, option: Int, venue: ModelVenueID)
    /// An option whose interval or days run backwards.
    case invalidOption(meeting: ModelMeetingID, option: Int, reason: String)
    /// A precedence or same-venue link names a meeting the model lacks.
    case unknownMeeting(ModelMeetingID, in: String)
    case selfReference(ModelMeetingID, in: String)
    case invalidPrecedence(first: ModelMeetingID, then: ModelMeetingID, reason: String)
    /// A hint or assignment does not fit the model's meetings and options.
    case invalidAssignment(String)

    public var description: String {
        switch self {
        case let .malformedJSON(path, message):
            return path.isEmpty ? "malformed model: \(message)" : "malformed model at \(path): \(message)"
        case let .unsupportedFormat(format):
            return "unsupported model format '\(format)' (expected '\(FlatModel.formatTag)')"
        case let .travelMatrixShape(sites):
            return "travelMinutes must be a \(sites)×\(sites) matrix, one row and column per site"
        case let .negativeTravel(from, to):
            return "travelMinutes[\(from)][\(to)] is negative"
        case let .duplicateVenue(id):
            return "venue '\(id)' is defined twice"
        case let .siteOutOfRange(venue, site):
            return "venue '\(venue)' names site \(site), which does not exist"
        case let .invalidRooms(venue, rooms):
            return "venue '\(venue)' has \(rooms) rooms; at least 1 is needed"
        case let .duplicateMeeting(id):
            return "meeting '\(id)' is defined twice"
        case let .unknownVenue(meeting, option, venue):
            return "meeting '\(meeting)' option \(option) names unknown venue '\(venue)'"
        case let .invalidOption(meeting, option, reason):
            return "meeting '\(meeting)' option \(option): \(reason)"
        case let .unknownMeeting(id, context):
            return "\(context) names unknown meeting '\(id)'"
        case let .selfReference(id, context):
            return "\(context) links meeting '\(id)' to itself"
        case let .invalidPrecedence(first, then, reason):
            return "precedence '\(first)' → '\(then)': \(reason)"
        case let .invalidAssignment(reason):
            return "invalid assignment: \(reason)"
        }
    }
}
