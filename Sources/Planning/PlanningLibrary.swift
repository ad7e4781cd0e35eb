import Calendars
/// Placeholder
public enum PlanningLibrary {}
