using System.Collections.Concurrent;
using HarAcademy.EventBus.Consumers;

namespace HarAcademy.EventBus.Tests.Infrastructure;

/// <summary>
/// A handler of a database group, as a service writes one: adds a listing through the scoped context and saves. Every
/// application adds a row, so counting a course's rows counts how many times its event took effect.
/// </summary>
public sealed class CourseListingHandler(CatalogDbContext database, CourseListingHandler.Attempts attempts) : IIntegrationEventHandler<CourseCreated>
{
    public sealed class Attempts
    {
        public ConcurrentDictionary<Guid, int> ByEvent { get; } = new();

        /// <summary>Courses whose first attempt saves its row and then throws; later attempts wait for <see cref="Retries"/>.</summary>
        public ConcurrentDictionary<Guid, bool> FailingOnce { get; } = new();

        /// <summary>Opened by a test once it has looked at the database between a failure and its retry.</summary>
        public TaskCompletionSource Retries { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Of(Guid eventId) => ByEvent.GetValueOrDefault(eventId);
    }

    public async Task HandleAsync(CourseCreated integrationEvent, CancellationToken cancellationToken)
    {
        var attempt = attempts.ByEvent.AddOrUpdate(integrationEvent.EventId, 1, (_, count) => count + 1);
        var failsOnce = attempts.FailingOnce.ContainsKey(integrationEvent.CourseId);
        if (failsOnce && attempt > 1)
        {
            await attempts.Retries.Task.WaitAsync(cancellationToken);
        }

        database.Listings.Add(new CourseListing { Id = Guid.CreateVersion7(), CourseId = integrationEvent.CourseId, Title = integrationEvent.Title });
        await database.SaveChangesAsync(cancellationToken);
        if (failsOnce && attempt == 1)
        {
            throw new InvalidOperationException("The first attempt fails on purpose, after saving.");
        }
    }
}
