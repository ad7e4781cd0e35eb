/// A placed meeting as one attendee or one venue sees it: its UTC interval,
/// its site (for travel) and who it is.
struct Slot {
    var begin: Int
    var end: Int
    var site: Int
    var meeting: Int
}
