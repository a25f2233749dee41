using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Connector;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Tests.Connector;

public sealed class CloudAdapterTests : IAsyncLifetime
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
    public async Task A_message_is_answered_202_and_its_replies_go_to_the_inbound_service_url()
    {
        var response = await Adapter().ProcessAsync(Bearer(), Inbound("hello"), new EchoBot());

        Assert.Equal(202, response.Status);
        Assert.Null(response.Body);
        Assert.Equal(["You said: hello", "Anything else?"], _channel.Received.Select(r => r.Activity.Text));
        Assert.All(_channel.Received, r => Assert.Equal("/amer/v3/conversations/conv-1/activities/in-1", r.Path));
    }

    [Fact]
    public async Task A_reply_addressed_elsewhere_still_goes_only_to_the_inbound_service_url()
    {
        var bot = new DelegateBot((context, ct) =>
        {
            var reply = context.Activity.CreateReply("hi");
            reply.ServiceUrl = "http://127.0.0.1:1/";
            return context.SendActivityAsync(reply, ct);
        });

        await Adapter().ProcessAsync(Bearer(), Inbound("hello"), bot);

        Assert.Single(_channel.Received);
    }

    [Fact]
    public async Task Expect_replies_returns_the_replies_in_the_response_and_posts_nothing()
    {
        var inbound = Inbound("hello");
        inbound.DeliveryMode = CloudAdapter.ExpectReplies;

        var response = await Adapter().ProcessAsync(Bearer(), inbound, new EchoBot());

        Assert.Equal(200, response.Status);
        var activities = response.Body!["activities"]!.AsArray();
        Assert.Equal(["You said: hello", "Anything else?"], activities.Select(a => (string?)a!["text"]));
        Assert.Equal(0, _channel.Requests);
    }

    [Fact]
    public async Task An_invoke_is_answered_with_the_bots_invoke_response()
    {
        var bot = new DelegateBot((context, ct) => context.SendActivityAsync(new Activity
        {
            Type = ActivityTypes.InvokeResponse,
            Value = new JsonObject { ["status"] = 200, ["body"] = new JsonObject { ["statusCode"] = 200, ["value"] = "thanks" } },
        }, ct));
        var invoke = Inbound(null);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "adaptiveCard/action";

        var response = await Adapter().ProcessAsync(Bearer(), invoke, bot);

        Assert.Equal(200, response.Status);
        Assert.Equal("thanks", (string?)response.Body!["value"]);
        Assert.Equal(0, _channel.Requests);
    }

    [Fact]
    public async Task An_invoke_the_bot_does_not_answer_is_501()
    {
        var invoke = Inbound(null);
        invoke.Type = ActivityTypes.Invoke;

        var response = await Adapter().ProcessAsync(Bearer(), invoke, new DelegateBot((_, _) => Task.CompletedTask));

        Assert.Equal(501, response.Status);
    }

    [Fact]
    public async Task An_unauthenticated_activity_never_reaches_the_bot()
    {
        var bot = new EchoBot();

        await Assert.ThrowsAsync<BotAuthenticationException>(() => Adapter().ProcessAsync(null, Inbound("hello"), bot));

        Assert.Equal(0, bot.Turns);
        Assert.Equal(0, _channel.Requests);
    }

    private CloudAdapter Adapter() => new(
        ConnectorTestServices.Validator(_issuer),
        ConnectorTestServices.Client(_issuer),
        NullLogger<CloudAdapter>.Instance);

    private string Bearer() => "Bearer " + _issuer.CreateToken(_channel.ServiceUrl);

    private Activity Inbound(string? text) => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = "msteams",
        ServiceUrl = _channel.ServiceUrl,
        From = new ChannelAccount("29:user", "User"),
        Recipient = new ChannelAccount("28:bot", "Bot"),
        Conversation = new ConversationAccount("conv-1"),
        Text = text,
    };

    private sealed class EchoBot : IBot
    {
        public int Turns { get; private set; }

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            Turns++;
            await turnContext.SendActivityAsync("You said: " + turnContext.Activity.Text, cancellationToken: cancellationToken);
            await turnContext.SendActivityAsync("Anything else?", cancellationToken: cancellationToken);
        }
    }

    private sealed class DelegateBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => onTurn(turnContext, cancellationToken);
    }
}
