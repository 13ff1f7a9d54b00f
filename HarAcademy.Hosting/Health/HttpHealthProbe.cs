namespace HarAcademy.Hosting.Health;

/// <summary>Healthy when the URL answers 2xx within two seconds.</summary>
public sealed class HttpHealthProbe(Uri url) : IHealthProbe
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        ConnectTimeout = TimeSpan.FromSeconds(1),
    })
    {
        Timeout = TimeSpan.FromSeconds(2),
    };

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Client.GetAsync(url, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
