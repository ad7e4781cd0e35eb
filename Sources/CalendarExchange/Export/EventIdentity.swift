/// The UID of a planned meeting's event (RFC 5545 §3.8.4.7). A UID must
/// stay the same when the event changes, so that a calendar client updates
/// the event it has instead of adding a second one: it is derived from
/// the body, the cycle and the meeting id, never from dates or venues.
/// `accsm-22-som@convene.asean`; per-day sessions add `-day-N`, agenda
/// items `-item-N`.
public struct EventIdentity: Hashable, Sendable, CustomStringConvertible {
    /// The right-hand side of every UID, as §3.8.4.7 suggests (a domain
    /// that names the producer, so UIDs from elsewhere cannot collide).
    public static let domain = "convene.asean"

    /// The UID text.
    public let uid: String

    /// The UID of `meeting` of `body`'s `cycle`; `day` (from 1) for a
    /// per-day session, `item` (from 1) for one agenda item. The meeting id is kept as written (UIDs are
    /// case-sensitive, and so are scenario ids); the body is reduced to
    /// lower-case letters, digits and `-`.
    public init(body: String, cycle: Int?, meeting: String, day: Int? = nil, item: Int? = nil) {
        var parts = [Self.slug(body)]
        if let cycle { parts.append(String(cycle)) }
        parts.append(Self.clean(meeting))
        if let day { parts.append("day-\(day)") }
        if let item { parts.append("item-\(item)") }
        uid = parts.filter { !$0.isEmpty }.joined(separator: "-") + "@" + Self.domain
    }

    public var description: String { uid }

    /// Lower-case ASCII letters and digits, every other run turned into one `-`.
    static func slug(_ text: String) -> String {
        clean(text.lowercased())
    }

    /// Keeps `A-Z a-z 0-9 _ -`; any other run of characters becomes one `-`.
    static func clean(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-" {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result
    }
}
