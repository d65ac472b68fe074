using FeedFunctions.Fetching;
using FeedFunctions.Scheduling;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FeedFunctions.Core.Tests.Scheduling;

public sealed class NextFetchPlannerTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static NextFetchPlanner Planner(SchedulingOptions? options = null) =>
        new(Options.Create(options ?? new SchedulingOptions()), new FakeTimeProvider(Now));

    private static DateTimeOffset[] Every(TimeSpan gap, int count, TimeSpan newestAgo) =>
        Enumerable.Range(0, count).Select(i => Now - newestAgo - (gap * i)).ToArray();

    private static TimeSpan Minutes(double m) => TimeSpan.FromMinutes(m);

    // Defaults: MinInterval 15 min, MaxInterval 24 h, DefaultInterval 1 h, BackoffBase 15 min, BackoffMax 24 h.
    public static TheoryData<string, FetchPlanInput, TimeSpan, TimeSpan, int> Cases => new()
    {
        // No dated items: DefaultInterval, spread ±10 %.
        { "undated", Input(FetchOutcome.Ok), Minutes(54), Minutes(66), 0 },
        // Hourly posts: half the median gap.
        { "hourly", Input(FetchOutcome.Ok) with { RecentPublishTimes = Every(TimeSpan.FromHours(1), 10, TimeSpan.Zero) }, Minutes(27), Minutes(33), 0 },
        // A post every two minutes would mean polling every minute: MinInterval wins.
        { "busy", Input(FetchOutcome.Ok) with { RecentPublishTimes = Every(Minutes(2), 10, TimeSpan.Zero) }, Minutes(15), Minutes(15), 0 },
        // Hourly habits but silent for ten days: a quarter of the silence, capped at MaxInterval.
        { "dormant", Input(FetchOutcome.Ok) with { RecentPublishTimes = Every(TimeSpan.FromHours(1), 10, TimeSpan.FromDays(10)) }, TimeSpan.FromHours(24), TimeSpan.FromHours(24), 0 },
        // The server says fresh for 3 h (RFC 9111 4.2): no earlier poll, even for an hourly feed.
        { "max-age", Input(FetchOutcome.Ok) with { FreshFor = TimeSpan.FromHours(3), RecentPublishTimes = Every(TimeSpan.FromHours(1), 10, TimeSpan.Zero) }, Minutes(162), Minutes(198), 0 },
        // RSS <ttl> 120 minutes.
        { "ttl", Input(FetchOutcome.Ok) with { Ttl = TimeSpan.FromHours(2) }, Minutes(108), Minutes(132), 0 },
        { "max-age beyond max", Input(FetchOutcome.NotModified) with { FreshFor = TimeSpan.FromDays(2) }, TimeSpan.FromHours(24), TimeSpan.FromHours(24), 0 },
        // Success clears the failure count.
        { "recovered", Input(FetchOutcome.NotModified) with { PreviousFailures = 4 }, Minutes(54), Minutes(66), 0 },
        // Backoff: BackoffBase × 2^(n−1), spread ±25 %, never under BackoffBase.
        { "first failure", Input(FetchOutcome.Failed), Minutes(15), Minutes(18.75), 1 },
        { "third failure", Input(FetchOutcome.Failed) with { PreviousFailures = 2 }, Minutes(45), Minutes(75), 3 },
        { "eleventh failure", Input(FetchOutcome.Failed) with { PreviousFailures = 10 }, TimeSpan.FromHours(18), TimeSpan.FromHours(24), 11 },
        // Retry-After longer than the backoff is honoured exactly.
        { "retry-after", Input(FetchOutcome.Failed) with { RetryAfter = TimeSpan.FromHours(5) }, TimeSpan.FromHours(5), TimeSpan.FromHours(5), 1 },
        // A shorter Retry-After does not shorten the backoff.
        { "short retry-after", Input(FetchOutcome.Failed) with { PreviousFailures = 3, RetryAfter = TimeSpan.FromSeconds(1) }, Minutes(90), Minutes(150), 4 },
        // A Retry-After of a month is capped at BackoffMax.
        { "huge retry-after", Input(FetchOutcome.Failed) with { RetryAfter = TimeSpan.FromDays(30) }, TimeSpan.FromHours(24), TimeSpan.FromHours(24), 1 },
    };

    private static FetchPlanInput Input(FetchOutcome outcome) => new() { FeedId = "feed-a", Outcome = outcome };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Plan_Outcome_SchedulesWithinBounds(string name, FetchPlanInput input, TimeSpan min, TimeSpan max, int failures)
    {
        var plan = Planner().Plan(input);

        Assert.False(plan.Disable, name);
        var delay = Assert.NotNull(plan.NextFetchAt) - Now;
        Assert.InRange(delay, min, max);
        Assert.Equal(failures, plan.ConsecutiveFailures);
    }

    [Fact]
    public void Plan_Gone_DisablesTheFeed()
    {
        var plan = Planner().Plan(Input(FetchOutcome.Gone) with { PreviousFailures = 2 });

        Assert.True(plan.Disable);
        Assert.Null(plan.NextFetchAt);
    }

    [Fact]
    public void Plan_SameFeedAndAttempt_IsRepeatable() =>
        Assert.Equal(
            Planner().Plan(Input(FetchOutcome.Failed) with { PreviousFailures = 3 }),
            Planner().Plan(Input(FetchOutcome.Failed) with { PreviousFailures = 3 }));

    [Fact]
    public void Plan_ManyFailingFeeds_SpreadAcrossTheJitterWindow()
    {
        var planner = Planner();
        var delays = Enumerable.Range(0, 500)
            .Select(i => planner.Plan(new FetchPlanInput { FeedId = $"feed-{i}", Outcome = FetchOutcome.Failed, PreviousFailures = 2 }).NextFetchAt!.Value - Now)
            .ToArray();

        // 60 min ± 25 %: a real spread reaches both ends and has many distinct values.
        Assert.All(delays, d => Assert.InRange(d, Minutes(45), Minutes(75)));
        Assert.True(delays.Min() < Minutes(48), $"smallest {delays.Min()}");
        Assert.True(delays.Max() > Minutes(72), $"largest {delays.Max()}");
        Assert.True(delays.Distinct().Count() > 450);
    }

    [Fact]
    public void Plan_FutureDatedItems_CountAsNow()
    {
        var input = Input(FetchOutcome.Ok) with { RecentPublishTimes = [Now.AddYears(1), Now.AddYears(2), Now.AddYears(3)] };

        var delay = Planner().Plan(input).NextFetchAt!.Value - Now;

        Assert.Equal(Minutes(15), delay);
    }

    public static TheoryData<FetchResult, FetchOutcome> Results => new()
    {
        { new FetchResult.Ok([], null, null, null, new Uri("https://example.org/"), null, TimeSpan.FromHours(1)), FetchOutcome.Ok },
        { new FetchResult.NotModified(TimeSpan.FromHours(1)), FetchOutcome.NotModified },
        { new FetchResult.Gone(), FetchOutcome.Gone },
        { new FetchResult.Failed("http-429", "fetch: slow down", TimeSpan.FromHours(1)), FetchOutcome.Failed },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public void From_FetchResult_CarriesOutcomeAndHints(FetchResult result, FetchOutcome outcome)
    {
        var input = FetchPlanInput.From("feed-a", result, 3);

        Assert.Equal(outcome, input.Outcome);
        Assert.Equal(3, input.PreviousFailures);
        Assert.Equal(outcome is FetchOutcome.Gone ? null : TimeSpan.FromHours(1), input.FreshFor ?? input.RetryAfter);
    }
}
