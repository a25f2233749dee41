using System.Text.Json;
using System.Text.Json.Nodes;
using SurveyBot.Insights.Responses;

namespace SurveyBot.Storage.Tests;

/// <summary>What every <see cref="IResponseStore"/> must do; each store runs these through a subclass.</summary>
public abstract class ResponseStoreContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Creates a store on an empty database.</summary>
    protected abstract Task<IResponseStore> CreateStoreAsync();

    protected IResponseStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public virtual async Task DisposeAsync()
    {
        switch (Store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    [Fact]
    public async Task A_saved_response_reads_back_with_every_field()
    {
        var saved = Response("r1", completedAt: Monday.AddMinutes(12)) with
        {
            StartedAt = new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.FromHours(2)),
        };

        await Store.SaveAsync(saved);
        var read = await Store.GetAsync("r1");

        Assert.NotNull(read);
        AssertSame(saved, read);
    }

    [Fact]
    public async Task A_response_without_user_or_analysis_round_trips()
    {
        var saved = Response("anonymous") with { UserId = null, Analysis = null, Transcript = [], Answers = new Dictionary<string, string>() };

        await Store.SaveAsync(saved);

        AssertSame(saved, (await Store.GetAsync("anonymous"))!);
    }

    [Fact]
    public async Task Changing_a_saved_or_read_response_changes_nothing_stored()
    {
        var saved = Response("r1");
        await Store.SaveAsync(saved);

        saved.Analysis!["score"] = 0.9;
        var read = await Store.GetAsync("r1");
        read!.Analysis!["persona"]!["name"] = "Someone else";

        var again = await Store.GetAsync("r1");
        Assert.NotSame(read.Analysis, again!.Analysis);
        AssertSame(Response("r1"), again);
    }

    [Fact]
    public async Task A_transcript_kept_as_json_is_saved_as_it_is_and_reads_back_as_its_entries()
    {
        var expected = Response("r1");
        var json = JsonSerializer.SerializeToUtf8Bytes(expected.Transcript.ToList(), TestJson.Default.ListTranscriptEntry);

        await Store.SaveAsync(expected with { Transcript = new StoredTranscript(json, TestJson.Default.ListTranscriptEntry) });

        AssertSame(expected, (await Store.GetAsync("r1"))!);
    }

    [Fact]
    public async Task Getting_an_unknown_id_returns_null()
    {
        Assert.Null(await Store.GetAsync("nope"));
    }

    [Fact]
    public async Task Saving_the_same_id_again_replaces_the_response()
    {
        await Store.SaveAsync(Response("r1"));
        // Every field changes, so a column the store forgets to replace shows.
        var corrected = Response("r1", scriptId: "reflection", userId: "u2", completedAt: Monday.AddHours(1)) with
        {
            ScriptVersion = "sha256:2b4c",
            ChannelId = "msteams",
            ConversationId = "conv-corrected",
            StartedAt = Monday.AddMinutes(30),
            Answers = new Dictionary<string, string> { ["experience"] = "corrected" },
            Analysis = null,
            Transcript = [],
        };

        await Store.SaveAsync(corrected);

        AssertSame(corrected, (await Store.GetAsync("r1"))!);
        Assert.Single(await Store.ListAsync());
    }

    [Fact]
    public async Task Listing_returns_the_newest_first()
    {
        await Store.SaveAsync(Response("middle", completedAt: Monday.AddHours(1)));
        await Store.SaveAsync(Response("oldest", completedAt: Monday));
        await Store.SaveAsync(Response("newest", completedAt: Monday.AddDays(1)));

        var listed = await Store.ListAsync();

        Assert.Equal(["newest", "middle", "oldest"], listed.Select(r => r.Id));
    }

    [Fact]
    public async Task Listing_by_script_returns_only_that_scripts_responses()
    {
        await Store.SaveAsync(Response("e1", scriptId: "experience-interview", completedAt: Monday));
        await Store.SaveAsync(Response("r1", scriptId: "reflection", completedAt: Monday.AddHours(1)));
        await Store.SaveAsync(Response("e2", scriptId: "experience-interview", completedAt: Monday.AddHours(2)));

        var listed = await Store.ListAsync("experience-interview");

        Assert.Equal(["e2", "e1"], listed.Select(r => r.Id));
        Assert.Empty(await Store.ListAsync("unknown-script"));
    }

    [Fact]
    public async Task Forgetting_a_user_deletes_only_their_responses_on_that_channel()
    {
        await Store.SaveAsync(Response("mine-1", userId: "u1"));
        await Store.SaveAsync(Response("mine-2", userId: "u1"));
        await Store.SaveAsync(Response("other-user", userId: "u2"));
        await Store.SaveAsync(Response("same-id-other-channel", userId: "u1") with { ChannelId = "msteams" });

        var deleted = await Store.DeleteByUserAsync("webchat", "u1");

        Assert.Equal(2, deleted);
        Assert.Equal(["other-user", "same-id-other-channel"], (await Store.ListAsync()).Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(0, await Store.DeleteByUserAsync("webchat", "u1"));
    }

    protected static InterviewResponse Response(string id, string scriptId = "experience-interview", string userId = "u1", DateTimeOffset? completedAt = null) =>
        new(
            id,
            scriptId,
            "sha256:1f3a",
            "webchat",
            "conv-" + id,
            userId,
            Monday,
            completedAt ?? Monday.AddMinutes(10),
            new Dictionary<string, string>
            {
                ["experience"] = "Ordered a sofa online, ça a pris trois semaines 😕",
                ["rating"] = "4",
            },
            new JsonObject { ["persona"] = new JsonObject { ["name"] = "The careful planner" }, ["score"] = 0.25 },
            [
                new TranscriptEntry(Monday, "bot", "Tell me about a recent purchase.", "experience"),
                new TranscriptEntry(Monday.AddSeconds(30), "user", "Ordered a sofa online", "experience"),
                new TranscriptEntry(Monday.AddSeconds(31), "bot", "Thanks!"),
            ]);

    private static void AssertSame(InterviewResponse expected, InterviewResponse actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.ScriptId, actual.ScriptId);
        Assert.Equal(expected.ScriptVersion, actual.ScriptVersion);
        Assert.Equal(expected.ChannelId, actual.ChannelId);
        Assert.Equal(expected.ConversationId, actual.ConversationId);
        Assert.Equal(expected.UserId, actual.UserId);
        Assert.Equal(expected.StartedAt, actual.StartedAt);
        Assert.Equal(expected.CompletedAt, actual.CompletedAt);
        Assert.Equal(expected.Answers.ToList(), actual.Answers.ToList());
        Assert.True(JsonNode.DeepEquals(expected.Analysis, actual.Analysis), $"analysis differs: {actual.Analysis?.ToJsonString()}");
        Assert.Equal(expected.Transcript, actual.Transcript);
    }
}
