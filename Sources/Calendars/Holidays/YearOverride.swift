/// A government's decision for one year that the rules cannot know: the
/// days of Tet set by Viet Nam's Prime Minister, Indonesia's cuti bersama,
/// special days declared by cabinets, a holiday moved by proclamation.
enum YearOverride: Sendable {
    /// The holiday named (a definition's name) falls on exactly these days
    /// this year; no substitute is added for it.
    case replace(String, [Day])
    /// The holiday named is moved to these days this year (by law, as for
    /// Japan's Olympic years); the substitute rule still applies to them.
    case move(String, [Day])
    /// The holiday named is not observed this year.
    case remove(String)
    /// Extra days off this year.
    case add(String, String?, major: Bool, [Day])
    /// Extra days off expected this year but not yet decided (provisional),
    /// with what the date awaits.
    case expect(String, String?, major: Bool, [Day], awaiting: String)
}
