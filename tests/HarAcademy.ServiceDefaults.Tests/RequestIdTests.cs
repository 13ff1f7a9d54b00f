using HarAcademy.ServiceDefaults.RequestIds;

namespace HarAcademy.ServiceDefaults.Tests;

public sealed class RequestIdTests
{
    [Theory]
    [InlineData("abc-123")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("trace:span.1_2")]
    public void Plain_ids_are_accepted(string id) => Assert.True(RequestId.IsWellFormed(id));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("has space")]
    [InlineData("line\r\nInjected: header")]
    [InlineData("<script>")]
    public void Ids_that_could_inject_text_are_refused(string? id) => Assert.False(RequestId.IsWellFormed(id));

    [Fact]
    public void Overlong_ids_are_refused()
    {
        Assert.True(RequestId.IsWellFormed(new string('a', RequestId.MaxLength)));
        Assert.False(RequestId.IsWellFormed(new string('a', RequestId.MaxLength + 1)));
    }

    [Fact]
    public void New_ids_are_well_formed_unique_and_time_ordered()
    {
        var ids = Enumerable.Range(0, 200).Select(_ => RequestId.New()).ToArray();
        Assert.All(ids, id => Assert.True(RequestId.IsWellFormed(id)));
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Equal(32, ids[0].Length);
    }
}
