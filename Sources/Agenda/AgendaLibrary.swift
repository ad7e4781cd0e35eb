import Planning
public enum AgendaLibrary {}
