using System.Collections.Concurrent;
using HarAcademy.Contracts;
using HarAcademy.EventBus.Consumers;

namespace HarAcademy.EventBus.Tests.Infrastructure;

/// <summary>Every event the handlers of one host were called with, in order.</summary>
public sealed class Received
{
    private readonly ConcurrentQueue<IntegrationEvent> _events = new();

    public void Add(IntegrationEvent integrationEvent) => _events.Enqueue(integrationEvent);

    public IReadOnlyList<T> Of<T>(Func<T, bool> belongsToTest) where T : IntegrationEvent => [.. _events.OfType<T>().Where(belongsToTest)];
}

public sealed class RecordingHandler<TEvent>(Received received) : IIntegrationEventHandler<TEvent> where TEvent : IntegrationEvent
{
    public Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        received.Add(integrationEvent);
        return Task.CompletedTask;
    }
}

/// <summary>Fails the first attempt for every course whose title starts with "fail-once", then records it.</summary>
public sealed class FailingOnceHandler(Received received, FailingOnceHandler.Attempts attempts) : IIntegrationEventHandler<CourseCreated>
{
    public sealed class Attempts
    {
        public ConcurrentDictionary<Guid, int> ByEvent { get; } = new();
    }

    public Task HandleAsync(CourseCreated integrationEvent, CancellationToken cancellationToken)
    {
        var attempt = attempts.ByEvent.AddOrUpdate(integrationEvent.EventId, 1, (_, count) => count + 1);
        if (integrationEvent.Title.StartsWith("fail-once", StringComparison.Ordinal) && attempt == 1)
        {
            throw new InvalidOperationException("The first attempt fails on purpose.");
        }

        received.Add(integrationEvent);
        return Task.CompletedTask;
    }
}
