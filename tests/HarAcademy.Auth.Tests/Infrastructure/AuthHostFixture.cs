namespace HarAcademy.Auth.Tests.Infrastructure;

/// <summary>One auth service host (own database) shared by the tests of a class that do not move the clock.</summary>
public sealed class AuthHostFixture(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    public AuthServiceHost Host { get; } = new(infrastructure);

    public ValueTask InitializeAsync()
    {
        _ = Host.Server; // start now: migrations and seeding happen once, outside the tests' timing
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
