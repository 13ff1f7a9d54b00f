using HarAcademy.Hosting;

namespace HarAcademy.AppHost.Tests.Engine;

public sealed class GraphValidatorTests
{
    private static DistributedApplicationBuilder NewBuilder() => new(new DistributedApplicationOptions { Isolated = true });

    [Fact]
    public void A_cycle_fails_at_build_naming_its_resources()
    {
        var builder = NewBuilder();
        var first = builder.AddExecutable("first", "sleep", ".", ["60"]);
        var second = builder.AddExecutable("second", "sleep", ".", ["60"]);
        var third = builder.AddExecutable("third", "sleep", ".", ["60"]);
        first.WaitFor(second);
        second.WaitFor(third);
        third.WaitFor(first);

        var error = Assert.Throws<GraphException>(() => builder.Build());
        Assert.Contains("cycle", error.Message);
        Assert.Contains("first -> second -> third -> first", error.Message);
    }

    [Fact]
    public void A_resource_waiting_for_itself_is_a_cycle()
    {
        var builder = NewBuilder();
        var lonely = builder.AddExecutable("lonely", "sleep", ".", ["60"]);
        lonely.WaitFor(lonely);

        // Waiting on oneself is filtered as a dependency, so it is harmless rather than a deadlock.
        builder.Build();
    }

    [Fact]
    public void A_reference_to_a_resource_of_another_graph_fails_naming_it()
    {
        var stranger = NewBuilder().AddRedis("stranger-cache");
        var builder = NewBuilder();
        builder.AddExecutable("app", "sleep", ".", ["60"]).WithReference(stranger);

        var error = Assert.Throws<GraphException>(() => builder.Build());
        Assert.Contains("unknown resource 'stranger-cache'", error.Message);
        Assert.Contains("'app'", error.Message);
    }

    [Fact]
    public void A_reference_to_something_without_configuration_to_give_fails()
    {
        var builder = NewBuilder();
        var server = builder.AddPostgres("pg");
        builder.AddExecutable("app", "sleep", ".", ["60"]).WithReference(server);

        var error = Assert.Throws<GraphException>(() => builder.Build());
        Assert.Contains("postgres 'pg'", error.Message);
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("under_score")]
    [InlineData("1digit")]
    [InlineData("")]
    public void Invalid_names_are_refused(string name)
    {
        var error = Assert.Throws<GraphException>(() => NewBuilder().AddRedis(name));
        Assert.Contains("is invalid", error.Message);
    }

    [Fact]
    public void A_name_declared_twice_is_refused()
    {
        var builder = NewBuilder();
        builder.AddRedis("cache");
        var error = Assert.Throws<GraphException>(() => builder.AddChroma("cache"));
        Assert.Contains("declared twice", error.Message);
    }

    [Fact]
    public async Task Selecting_an_unknown_resource_fails_naming_it()
    {
        var builder = NewBuilder();
        builder.AddRedis("cache");
        var application = builder.Build();
        application.Selection = ["nope"];

        var error = await Assert.ThrowsAsync<GraphException>(() => application.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains("'nope'", error.Message);
    }
}
