using HarAcademy.EventBus.Consumers;
using HarAcademy.EventBus.Tests.Infrastructure;
using HarAcademy.EventBus.Trimming;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HarAcademy.EventBus.Tests;

/// <summary>What the registrations put in a service's container, and the mistakes they refuse.</summary>
public sealed class EventBusRegistrationTests
{
    [Fact]
    public void A_group_whose_handlers_write_through_two_contexts_is_refused()
    {
        var services = new ServiceCollection().AddEventHandler<CourseCreated, CourseListingHandler, CatalogDbContext>("catalog");

        var refused = Assert.Throws<InvalidOperationException>(() =>
            services.AddEventHandler<CourseArchived, RecordingHandler<CourseArchived>, OtherDbContext>("catalog"));
        Assert.Contains("CatalogDbContext", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(services, service => service.ServiceType == typeof(IIntegrationEventHandler<CourseArchived>));
    }

    [Fact]
    public void A_group_with_a_database_inbox_refuses_a_handler_registered_without_one()
    {
        var services = new ServiceCollection().AddEventHandler<CourseCreated, CourseListingHandler, CatalogDbContext>("catalog");

        Assert.Throws<InvalidOperationException>(() => services.AddEventHandler<CourseArchived, RecordingHandler<CourseArchived>>("catalog"));
    }

    [Fact]
    public void Each_group_gets_one_consumer_whatever_its_number_of_handlers()
    {
        var services = new ServiceCollection()
            .AddEventHandler<CourseCreated, CourseListingHandler, CatalogDbContext>("catalog")
            .AddEventHandler<CourseArchived, RecordingHandler<CourseArchived>, CatalogDbContext>("catalog")
            .AddEventHandler<CourseRenamed, RecordingHandler<CourseRenamed>>("notifications");

        Assert.Equal(2, services.Count(service => service.ServiceType == typeof(IHostedService)));
    }

    [Fact]
    public void The_outbox_relay_brings_one_stream_trimmer_per_process()
    {
        var services = new ServiceCollection().AddOutboxRelay<CatalogDbContext>().AddOutboxRelay<OtherDbContext>();

        Assert.Single(services, service => service.ServiceType == typeof(IHostedService) && service.ImplementationType == typeof(StreamTrimmer));
    }

    private sealed class OtherDbContext(DbContextOptions<OtherDbContext> options) : DbContext(options);
}
