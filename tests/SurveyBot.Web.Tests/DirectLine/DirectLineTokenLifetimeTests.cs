using System.Net;
using SurveyBot.Web.Tests.Support;
using static SurveyBot.Web.Tests.Support.DirectLineTestClient;

namespace SurveyBot.Web.Tests.DirectLine;

public sealed class DirectLineTokenLifetimeTests(SurveyBotFactory factory) : IClassFixture<SurveyBotFactory>
{
    private readonly DirectLineTestClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Expired_token_is_refused_with_403_as_Azure_does_and_no_activities()
    {
        await _client.StartAsync();

        factory.Clock.Advance(TimeSpan.FromSeconds(1801));

        var error = await Error(await _client.GetActivitiesAsync(), HttpStatusCode.Forbidden);
        Assert.Equal("TokenExpired", (string?)error["error"]!["code"]);
        await Error(await _client.PostAsync("late"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Refresh_gives_a_token_that_outlives_the_old_one()
    {
        await _client.StartAsync();
        var oldToken = _client.Token;
        factory.Clock.Advance(TimeSpan.FromSeconds(1000));

        using var refreshed = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", oldToken);
        var body = await Json(refreshed);
        var newToken = (string)body["token"]!;
        Assert.Equal(_client.ConversationId, (string?)body["conversationId"]);
        factory.Clock.Advance(TimeSpan.FromSeconds(1000));

        await Error(await _client.GetActivitiesAsync(token: oldToken), HttpStatusCode.Forbidden);
        using var withNew = await _client.GetActivitiesAsync(token: newToken);
        Assert.Equal([TestBot.Greeting], Texts(await Json(withNew)));
    }

    [Fact]
    public async Task Expired_token_cannot_be_refreshed()
    {
        await _client.StartAsync();
        factory.Clock.Advance(TimeSpan.FromSeconds(1801));

        await Error(await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", _client.Token), HttpStatusCode.Forbidden);
    }
}
