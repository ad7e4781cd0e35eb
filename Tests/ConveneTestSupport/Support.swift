import Planning
public enum Support {}
