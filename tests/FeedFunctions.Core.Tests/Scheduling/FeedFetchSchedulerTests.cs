using FeedFunctions.Refresh;
using FeedFunctions.Storage;

namespace FeedFunctions.Core.Tests.Scheduling;

public sealed class FeedFetchSchedulerTests
{
    [Fact]
    public void InterleaveByHost_FeedsOfThreeHosts_OneOfEachHostInTurn()
    {
        DueFeed Due(string id, string host) => new(id, host, null, "v");
        var due = new[] { Due("a1", "a.test"), Due("a2", "a.test"), Due("a3", "A.test"), Due("b1", "b.test"), Due("c1", "c.test"), Due("c2", "c.test") };

        var order = FeedFetchScheduler.InterleaveByHost(due).Select(f => f.Id);

        Assert.Equal(["a1", "b1", "c1", "a2", "c2", "a3"], order);
    }
}
