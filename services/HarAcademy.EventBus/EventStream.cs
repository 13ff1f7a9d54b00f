namespace HarAcademy.EventBus;

/// <summary>The Redis stream every service publishes its integration events to, capped at about 100 000 entries.</summary>
public static class EventStream
{
    public const string Name = "har:events";
    public const int MaxLength = 100_000;
}
