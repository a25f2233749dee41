using System.Net;
using SurveyBot.BotFramework.Connector;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private LocalTokenIssuer _issuer = null!;
    private FakeChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _issuer = await LocalTokenIssuer.StartAsync();
        _channel = await FakeChannel.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task A_reply_is_posted_to_the_activity_it_answers_with_escaped_ids()
    {
        var response = await ConnectorTestServices.Client(_issuer).SendActivityAsync(Reply("a:1;messageid=7", "f:9@x"));

        var received = Assert.Single(_channel.Received);
        Assert.Equal("/amer/v3/conversations/a%3A1%3Bmessageid%3D7/activities/f%3A9%40x", received.Path);
        Assert.Equal("Turn 1", received.Activity.Text);
        Assert.Equal("channel-1", response.Id);
    }

    [Fact]
    public async Task An_activity_without_reply_to_id_is_appended_to_the_conversation()
    {
        await ConnectorTestServices.Client(_issuer).SendActivityAsync(Reply("conv-1", replyToId: null));

        Assert.Equal("/amer/v3/conversations/conv-1/activities", Assert.Single(_channel.Received).Path);
    }

    [Fact]
    public async Task Replies_carry_the_client_credentials_token_fetched_once()
    {
        var client = ConnectorTestServices.Client(_issuer);

        for (var i = 0; i < 3; i++)
        {
            await client.SendActivityAsync(Reply("conv-1"));
        }

        Assert.All(_channel.Received, r => Assert.Equal("Bearer bot-token-1", r.Authorization));
        Assert.Equal(3, _channel.Received.Count);
        Assert.Equal(1, _issuer.TokenRequests);
        Assert.Equal("client_credentials", _issuer.LastTokenForm["grant_type"]);
        Assert.Equal(LocalTokenIssuer.AppId, _issuer.LastTokenForm["client_id"]);
        Assert.Equal(LocalTokenIssuer.AppPassword, _issuer.LastTokenForm["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", _issuer.LastTokenForm["scope"]);
    }

    [Fact]
    public async Task Without_an_app_id_replies_carry_no_token()
    {
        await ConnectorTestServices.Client(issuer: null).SendActivityAsync(Reply("conv-1"));

        Assert.Equal(string.Empty, Assert.Single(_channel.Received).Authorization);
        Assert.Equal(0, _issuer.TokenRequests);
    }

    [Fact]
    public async Task A_throttled_reply_is_sent_again_after_retry_after()
    {
        _channel.FailNext(429, retryAfter: "1");

        await ConnectorTestServices.Client(_issuer).SendActivityAsync(Reply("conv-1"));

        Assert.Equal(2, _channel.Requests);
        Assert.Single(_channel.Received);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task A_reply_refused_for_a_passing_reason_is_sent_again(int status)
    {
        _channel.FailNext(status);
        _channel.FailNext(status);

        await ConnectorTestServices.Client(_issuer).SendActivityAsync(Reply("conv-1"));

        Assert.Equal(3, _channel.Requests);
        Assert.Single(_channel.Received);
    }

    [Fact]
    public async Task A_channel_that_stays_unavailable_fails_after_the_allowed_tries()
    {
        for (var i = 0; i < 5; i++)
        {
            _channel.FailNext(503);
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => ConnectorTestServices.Client(_issuer, maxAttempts: 3).SendActivityAsync(Reply("conv-1")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("Throttled", error.ErrorCode);
        Assert.Equal(3, _channel.Requests);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(500)]
    public async Task A_reply_refused_for_good_is_not_sent_again(int status)
    {
        _channel.FailNext(status);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => ConnectorTestServices.Client(_issuer).SendActivityAsync(Reply("conv-1")));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(1, _channel.Requests);
    }

    [Fact]
    public async Task A_channel_asking_for_a_longer_wait_than_allowed_is_not_retried()
    {
        _channel.FailNext(429, retryAfter: "3600");

        await Assert.ThrowsAsync<ConnectorException>(() => ConnectorTestServices.Client(_issuer).SendActivityAsync(Reply("conv-1")));

        Assert.Equal(1, _channel.Requests);
    }

    private Activity Reply(string conversationId, string? replyToId = "in-1") => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = _channel.ServiceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount(conversationId),
        ReplyToId = replyToId,
        Text = "Turn 1",
    };
}
