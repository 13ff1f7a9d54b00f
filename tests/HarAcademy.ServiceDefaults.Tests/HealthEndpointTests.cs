using System.Net;

namespace HarAcademy.ServiceDefaults.Tests;

public sealed class HealthEndpointTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task Health_and_alive_answer_in_every_environment(string environment)
    {
        await using var service = await TestServiceHost.StartAsync(_ => { }, environment);

        foreach (var path in new[] { "/health", "/alive" })
        {
            using var response = await service.Client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
    }
}
