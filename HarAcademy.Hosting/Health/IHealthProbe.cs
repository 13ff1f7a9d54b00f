namespace HarAcademy.Hosting.Health;

/// <summary>Asks one replica whether it is ready to serve. A probe never throws: unreachable means unhealthy.</summary>
public interface IHealthProbe
{
    Task<bool> IsHealthyAsync(CancellationToken cancellationToken);
}

public sealed class AlwaysHealthyProbe : IHealthProbe
{
    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}
