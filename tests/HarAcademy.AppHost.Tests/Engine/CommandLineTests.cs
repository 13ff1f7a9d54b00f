using HarAcademy.Hosting;

namespace HarAcademy.AppHost.Tests.Engine;

public sealed class CommandLineTests
{
    [Fact]
    public void Known_options_are_applied()
    {
        var options = new DistributedApplicationOptions();
        var error = AppHostCommandLine.TryApply(["--isolated", "--dashboard-port", "0", "--data-dir", "/tmp/x"], options, out var help);

        Assert.Null(error);
        Assert.False(help);
        Assert.True(options.Isolated);
        Assert.Equal(0, options.DashboardPort);
        Assert.Equal("/tmp/x", options.DataDirectory);
    }

    [Theory]
    [InlineData(new[] { "--frobnicate" }, "unknown option '--frobnicate'")]
    [InlineData(new[] { "--dashboard-port", "many" }, "--dashboard-port needs a port number")]
    [InlineData(new[] { "--dashboard-port", "70000" }, "--dashboard-port needs a port number")]
    [InlineData(new[] { "--data-dir" }, "--data-dir needs a value")]
    public void Bad_options_are_reported_by_name(string[] args, string expected)
    {
        var error = AppHostCommandLine.TryApply(args, new DistributedApplicationOptions(), out _);
        Assert.NotNull(error);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void No_dashboard_turns_it_off()
    {
        var options = new DistributedApplicationOptions();
        AppHostCommandLine.TryApply(["--no-dashboard"], options, out _);
        Assert.Null(options.DashboardPort);
    }
}
