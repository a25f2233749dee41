using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using SurveyBot.Web.Tests.Support;
using static SurveyBot.Web.Tests.Support.DirectLineTestClient;

namespace SurveyBot.Web.Tests.DirectLine;

public sealed class DirectLineStreamTests(SurveyBotFactory factory) : IClassFixture<SurveyBotFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly DirectLineTestClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Stream_sends_the_backlog_then_each_new_activity_with_its_watermark()
    {
        await _client.StartAsync();
        using var socket = await ConnectAsync(_client.StreamUrl);

        var backlog = await ReceiveSetAsync(socket);
        Assert.Equal([TestBot.Greeting], Texts(backlog));
        Assert.Equal("1", (string?)backlog["watermark"]);

        using (await _client.PostAsync("over the socket", clientActivityId: "ws-1"))
        {
        }

        var echo = await ReceiveSetAsync(socket);
        Assert.Equal("ws-1", (string?)echo["activities"]![0]!["channelData"]?["clientActivityID"]);
        Assert.Equal("2", (string?)echo["watermark"]);
        var reply = await ReceiveSetAsync(socket);
        Assert.Equal(["echo: over the socket"], Texts(reply));
        Assert.Equal("3", (string?)reply["watermark"]);
    }

    [Fact]
    public async Task Stream_sends_typing_while_a_long_turn_runs()
    {
        await _client.StartAsync();
        using var socket = await ConnectAsync(_client.StreamUrl);
        await ReceiveSetAsync(socket);

        var slow = _client.PostAsync("slow");
        await ReceiveSetAsync(socket);
        var typing = await ReceiveSetAsync(socket);
        factory.Bot.ReleaseSlowTurn();
        using (await slow)
        {
        }

        Assert.Equal("typing", (string?)typing["activities"]![0]!["type"]);
        Assert.Null(typing["watermark"]);
    }

    [Fact]
    public async Task Idle_stream_gets_empty_heartbeat_messages()
    {
        await _client.StartAsync();
        using var socket = await ConnectAsync(_client.StreamUrl);
        await ReceiveSetAsync(socket);

        var message = await ReceiveTextAsync(socket);

        Assert.Equal(string.Empty, message);
    }

    [Fact]
    public async Task Stream_url_of_one_conversation_does_not_open_another()
    {
        var other = new DirectLineTestClient(factory.CreateClient());
        await _client.StartAsync();
        await other.StartAsync();
        var foreign = _client.StreamUrl.Replace(_client.ConversationId, other.ConversationId, StringComparison.Ordinal);

        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(foreign));
    }

    private async Task<WebSocket> ConnectAsync(string streamUrl)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), timeout.Token);
    }

    private static async Task<JsonObject> ReceiveSetAsync(WebSocket socket)
    {
        while (true)
        {
            var text = await ReceiveTextAsync(socket);
            if (text.Length > 0)
            {
                return JsonNode.Parse(text)!.AsObject();
            }
        }
    }

    private static async Task<string> ReceiveTextAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return Encoding.UTF8.GetString(message.ToArray());
    }
}
