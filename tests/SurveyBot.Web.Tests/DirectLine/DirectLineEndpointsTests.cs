using System.Net;
using System.Text.Json.Nodes;
using SurveyBot.Web.Tests.Support;
using static SurveyBot.Web.Tests.Support.DirectLineTestClient;

namespace SurveyBot.Web.Tests.DirectLine;

public sealed class DirectLineEndpointsTests(SurveyBotFactory factory) : IClassFixture<SurveyBotFactory>
{
    private readonly DirectLineTestClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Starting_a_conversation_lets_the_bot_greet_first()
    {
        var status = await _client.StartAsync();

        Assert.Equal(HttpStatusCode.Created, status);
        var set = await _client.ActivitiesAsync();
        Assert.Equal([TestBot.Greeting], Texts(set));
        Assert.Equal("1", (string?)set["watermark"]);
        Assert.Contains($"/v3/directline/conversations/{_client.ConversationId}/stream?t=", _client.StreamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_an_already_started_conversation_returns_it_without_a_second_greeting()
    {
        await _client.StartAsync();

        using var again = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", _client.Token);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(_client.ConversationId, (string?)(await Json(again))["conversationId"]);
        Assert.Equal([TestBot.Greeting], Texts(await _client.ActivitiesAsync()));
    }

    [Fact]
    public async Task Posted_message_is_echoed_with_server_id_timestamp_and_client_activity_id()
    {
        await _client.StartAsync();

        using var posted = await _client.PostAsync("hello", clientActivityId: "client-42");

        var id = (string?)(await Json(posted))["id"];
        var echo = (await _client.ActivitiesAsync("1"))["activities"]!.AsArray()[0]!;
        Assert.Equal(id, (string?)echo["id"]);
        Assert.StartsWith(_client.ConversationId + "|", id, StringComparison.Ordinal);
        Assert.Equal("hello", (string?)echo["text"]);
        Assert.Equal("client-42", (string?)echo["channelData"]?["clientActivityID"]);
        Assert.Equal(_client.ConversationId, (string?)echo["conversation"]?["id"]);
        Assert.NotNull(echo["timestamp"]);
        Assert.StartsWith("dl_", (string?)echo["from"]?["id"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bot_reply_is_in_the_log_when_the_post_returns_and_answers_the_echo()
    {
        await _client.StartAsync();

        using var posted = await _client.PostAsync("ping");
        var id = (string?)(await Json(posted))["id"];

        var activities = (await _client.ActivitiesAsync("2"))["activities"]!.AsArray();
        var reply = Assert.Single(activities)!;
        Assert.Equal("echo: ping", (string?)reply["text"]);
        Assert.Equal(id, (string?)reply["replyToId"]);
        Assert.Equal("bot", (string?)reply["from"]?["role"]);
    }

    [Fact]
    public async Task Watermark_returns_only_newer_activities_and_advances()
    {
        await _client.StartAsync();
        using (await _client.PostAsync("one"))
        {
        }

        var first = await _client.ActivitiesAsync();
        Assert.Equal([TestBot.Greeting, "one", "echo: one"], Texts(first));
        using (await _client.PostAsync("two"))
        {
        }

        var next = await _client.ActivitiesAsync((string?)first["watermark"]);
        Assert.Equal(["two", "echo: two"], Texts(next));
        Assert.Equal("5", (string?)next["watermark"]);
        Assert.Empty((await _client.ActivitiesAsync("5"))["activities"]!.AsArray());
    }

    [Fact]
    public async Task Suggested_actions_reach_the_client()
    {
        await _client.StartAsync();
        using (await _client.PostAsync("choose"))
        {
        }

        var question = (await _client.ActivitiesAsync("2"))["activities"]!.AsArray()[0]!;
        var titles = question["suggestedActions"]!["actions"]!.AsArray().Select(a => (string?)a!["title"]);
        Assert.Equal(["Yes", "No"], titles);
    }

    [Fact]
    public async Task Second_message_during_a_running_turn_waits_and_nothing_is_lost()
    {
        await _client.StartAsync();

        var slow = _client.PostAsync("slow");
        await factory.Bot.SlowTurnStarted.WaitAsync(TimeSpan.FromSeconds(30));
        var second = _client.PostAsync("second");
        factory.Bot.ReleaseSlowTurn();
        using (await slow)
        {
        }

        using (await second)
        {
        }

        var texts = Texts(await _client.ActivitiesAsync("1")).ToList();
        Assert.Equal(4, texts.Count);
        Assert.True(texts.IndexOf("slow done") < texts.IndexOf("echo: second"), string.Join(" | ", texts));
    }

    [Fact]
    public async Task Reconnect_returns_a_fresh_stream_url_from_the_watermark()
    {
        await _client.StartAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{_client.ConversationId}?watermark=1", _client.Token);

        var body = await Json(response);
        Assert.EndsWith("&watermark=1", (string?)body["streamUrl"], StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)body["token"]));
    }

    [Fact]
    public async Task Token_of_one_conversation_cannot_read_or_post_in_another()
    {
        var other = new DirectLineTestClient(factory.CreateClient());
        await _client.StartAsync();
        await other.StartAsync();
        using (await other.PostAsync("private answer"))
        {
        }

        await Error(await _client.GetActivitiesAsync(conversationId: other.ConversationId), HttpStatusCode.Forbidden);
        await Error(await _client.PostAsync("intrusion", conversationId: other.ConversationId), HttpStatusCode.Forbidden);
        await Error(await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{other.ConversationId}", _client.Token), HttpStatusCode.Forbidden);
        Assert.DoesNotContain("intrusion", Texts(await other.ActivitiesAsync()));
    }

    [Fact]
    public async Task Missing_or_forged_credentials_are_refused_with_401()
    {
        await _client.StartAsync();
        var forged = _client.Token[..^4] + "AAAA";

        await Error(await _client.GetActivitiesAsync(token: forged), HttpStatusCode.Unauthorized);
        await Error(await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{_client.ConversationId}/activities", bearer: null), HttpStatusCode.Unauthorized);
        await Error(await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", _client.Token), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Secret_generates_a_token_for_a_new_conversation_that_the_token_can_start()
    {
        using var generated = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", SurveyBotFactory.Secret, JsonContent("""{"user":{"id":"dl_respondent7"}}"""));
        var body = await Json(generated);
        Assert.Equal(1800, (int?)body["expires_in"]);

        using var started = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", (string?)body["token"]);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal((string?)body["conversationId"], (string?)(await Json(started))["conversationId"]);
    }

    [Fact]
    public async Task Unknown_conversation_is_404()
    {
        await Error(await _client.GetActivitiesAsync(token: SurveyBotFactory.Secret, conversationId: "nope"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Malformed_json_is_400_with_a_reason()
    {
        await _client.StartAsync();

        var error = await Error(await _client.PostRawAsync("""{"type":"message","text":"""), HttpStatusCode.BadRequest);

        Assert.Contains("not a valid activity", (string?)error["error"]!["message"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"text":"no type"}""", "no 'type'")]
    [InlineData("""{"type":"event"}""", "needs a 'name'")]
    [InlineData("""{"type":"conversationUpdate"}""", "cannot be posted")]
    [InlineData("""[1,2]""", "not a valid activity")]
    public async Task Activity_missing_what_it_needs_is_400_with_a_reason(string json, string reason)
    {
        await _client.StartAsync();

        var error = await Error(await _client.PostRawAsync(json), HttpStatusCode.BadRequest);

        Assert.Contains(reason, (string?)error["error"]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_text_is_400_and_never_reaches_the_bot()
    {
        await _client.StartAsync();

        var error = await Error(await _client.PostAsync(new string('a', SurveyBotFactory.MaxTextLength + 1)), HttpStatusCode.BadRequest);

        Assert.Contains($"limit is {SurveyBotFactory.MaxTextLength}", (string?)error["error"]!["message"], StringComparison.Ordinal);
        Assert.Equal([TestBot.Greeting], Texts(await _client.ActivitiesAsync()));
    }

    [Fact]
    public async Task Oversized_body_is_413()
    {
        await _client.StartAsync();
        var huge = new JsonObject { ["type"] = "message", ["text"] = "x", ["value"] = new string('b', 300_000) }.ToJsonString();

        await Error(await _client.PostRawAsync(huge), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Too_many_posts_in_a_window_get_429_with_retry_after()
    {
        await _client.StartAsync();
        for (var i = 0; i < SurveyBotFactory.RateLimit; i++)
        {
            using var accepted = await _client.PostAsync("msg " + i);
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using var refused = await _client.PostAsync("one too many");

        await Error(refused, HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
