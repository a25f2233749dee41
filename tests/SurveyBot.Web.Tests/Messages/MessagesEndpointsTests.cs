using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Tests.Connector;
using SurveyBot.Web.Tests.Support;

namespace SurveyBot.Web.Tests.Messages;

public sealed class MessagesEndpointsTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private LocalTokenIssuer _issuer = null!;
    private FakeChannel _channel = null!;
    private WebApplicationFactory<Program>? _host;

    public async Task InitializeAsync()
    {
        _issuer = await LocalTokenIssuer.StartAsync();
        _channel = await FakeChannel.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _channel.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task An_authenticated_message_is_accepted_and_the_reply_reaches_the_channel()
    {
        var response = await Client().SendAsync(Post(Message("hello"), Token()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var reply = Assert.Single(_channel.Received);
        Assert.Equal("echo: hello", reply.Activity.Text);
        Assert.Equal("/amer/v3/conversations/conv-1/activities/act-1", reply.Path);
        Assert.Equal("Bearer bot-token-1", reply.Authorization);
    }

    [Theory]
    [InlineData("no token", "The request has no Authorization header.")]
    [InlineData("expired", "The token has expired.")]
    [InlineData("wrong audience", "The token was not issued for this bot.")]
    [InlineData("wrong issuer", "The token's issuer is not trusted.")]
    [InlineData("unsigned", "The token's signature is missing or invalid.")]
    [InlineData("unknown key", "The token is signed with an unknown key.")]
    [InlineData("not endorsed", "The token's signing key is not endorsed for the channel 'msteams'.")]
    [InlineData("other service url", "The token's serviceurl claim does not match the activity's serviceUrl.")]
    public async Task A_request_without_a_valid_token_is_401_and_never_reaches_the_bot(string what, string? reason)
    {
        var token = what switch
        {
            "no token" => null,
            "expired" => _issuer.CreateToken(_channel.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-30)),
            "wrong audience" => _issuer.CreateToken(_channel.ServiceUrl, audience: "someone-else"),
            "wrong issuer" => _issuer.CreateToken(_channel.ServiceUrl, issuer: "https://api.botframework.example"),
            "unsigned" => LocalTokenIssuer.CreateUnsignedToken(_channel.ServiceUrl),
            "unknown key" => _issuer.CreateToken(_channel.ServiceUrl, key: LocalTokenIssuer.NewKey("unpublished")),
            "not endorsed" => _issuer.CreateToken(_channel.ServiceUrl, key: _issuer.Publish("key-slack", "slack")),
            _ => _issuer.CreateToken("https://elsewhere.example/"),
        };

        var response = await Client().SendAsync(Post(Message("hello"), token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        var error = await ErrorAsync(response);
        Assert.Equal("Unauthorized", error.Code);
        if (reason is not null)
        {
            Assert.Equal(reason, error.Message);
        }

        Assert.Equal(0, _channel.Requests);
    }

    [Fact]
    public void The_host_does_not_start_with_an_app_id_but_no_password()
    {
        using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.UseSetting("MicrosoftAppId", LocalTokenIssuer.AppId));

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartServer());

        Assert.Contains("MicrosoftAppPassword is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_app_id_a_request_without_a_token_is_accepted_and_replied_to_without_a_token()
    {
        var response = await Client(authentication: false).SendAsync(Post(Message("hello"), token: null));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(string.Empty, Assert.Single(_channel.Received).Authorization);
        Assert.Equal(0, _issuer.TokenRequests);
    }

    [Theory]
    [InlineData("{\"type\":", "The body is not a valid activity (line 1, position 9).")]
    [InlineData("[1,2]", "The body is not a valid activity (line 1, position 2).")]
    [InlineData("null", "The body is not a valid activity.")]
    [InlineData("{\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"https://x.example/\"}", "The activity has no type.")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"https://x.example/\"}", "The activity has no conversation.id.")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"}}", "The activity has no serviceUrl.")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"file:///etc/passwd\"}", "The activity's serviceUrl is not an absolute http or https URL.")]
    public async Task A_malformed_activity_is_400_with_the_reason(string body, string reason)
    {
        var response = await Client(authentication: false).SendAsync(Post(body, token: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await ErrorAsync(response);
        Assert.Equal("BadRequest", error.Code);
        Assert.Equal(reason, error.Message);
    }

    [Fact]
    public async Task A_request_without_a_token_is_logged_once_with_its_conversation_id()
    {
        await Client().SendAsync(Post(Message("hello"), token: null));

        var entry = Assert.Single(_logs.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("conv-1", entry.Message, StringComparison.Ordinal);
        Assert.Contains("401", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_activity_is_413()
    {
        var response = await Client(authentication: false).SendAsync(Post(Message(new string('x', 10_000)), token: null));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PayloadTooLarge", (await ErrorAsync(response)).Code);
    }

    [Fact]
    public async Task An_oversized_activity_sent_in_chunks_is_413()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ChunkedContent(Message(new string('x', 10_000))) };

        var response = await Client(authentication: false).SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _channel.Requests);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent("hello", Encoding.UTF8, "text/plain") };

        var response = await Client(authentication: false).SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Get_is_not_allowed()
    {
        var response = await Client(authentication: false).GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Expect_replies_gets_the_replies_in_the_response_body()
    {
        var activity = JsonNode.Parse(Message("hello"))!.AsObject();
        activity["deliveryMode"] = "expectReplies";
        activity.Remove("serviceUrl");

        var response = await Client(authentication: false).SendAsync(Post(activity.ToJsonString(), token: null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("echo: hello", (string?)Assert.Single(body["activities"]!.AsArray())!["text"]);
        Assert.Equal(0, _channel.Requests);
    }

    [Fact]
    public async Task Replies_are_retried_when_the_channel_throttles_or_is_unavailable_and_the_token_is_fetched_once()
    {
        var client = Client();
        _channel.FailNext(429, retryAfter: "1");
        _channel.FailNext(503);

        var first = await client.SendAsync(Post(Message("one", id: "act-1"), Token()));
        var second = await client.SendAsync(Post(Message("two", id: "act-2"), Token()));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(["echo: one", "echo: two"], _channel.Received.Select(r => r.Activity.Text));
        Assert.Equal(4, _channel.Requests);
        Assert.Equal(1, _issuer.TokenRequests);
    }

    [Fact]
    public async Task A_reply_the_channel_keeps_refusing_is_502_without_details()
    {
        _channel.FailNext(403);

        var response = await Client().SendAsync(Post(Message("hello"), Token()));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var error = await ErrorAsync(response);
        Assert.Equal("ReplyNotDelivered", error.Code);
        Assert.Equal("The reply could not be delivered to the channel.", error.Message);
    }

    [Fact]
    public async Task A_reply_the_channel_refused_is_delivered_when_the_channel_posts_the_activity_again()
    {
        var client = Client();
        _channel.FailNext(403);
        var refused = await client.SendAsync(Post(Message("hello", id: "act-1"), Token()));

        var retried = await client.SendAsync(Post(Message("hello", id: "act-1"), Token()));

        Assert.Equal(HttpStatusCode.BadGateway, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        Assert.Equal(["echo: hello"], _channel.Received.Select(r => r.Activity.Text));
    }

    private HttpClient Client(bool authentication = true)
    {
        _host = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            if (authentication)
            {
                web.UseSetting("MicrosoftAppId", LocalTokenIssuer.AppId);
                web.UseSetting("MicrosoftAppPassword", LocalTokenIssuer.AppPassword);
                web.UseSetting("OpenIdMetadataUrl", _issuer.MetadataUrl);
                web.UseSetting("TokenEndpoint", _issuer.TokenEndpoint);
            }

            web.UseSetting("SurveyBot:DirectLine:Secret", SurveyBotFactory.Secret);
            web.UseSetting("SurveyBot:Storage:Provider", "Memory");
            web.UseSetting("SurveyBot:Messages:MaxRequestBodyBytes", "4096");
            web.UseSetting("SurveyBot:Connector:BaseDelay", "00:00:00.010");
            web.ConfigureLogging(logging => logging.AddProvider(_logs));
            web.ConfigureTestServices(services => services.AddSingleton<IBot, EchoBot>());
        });
        _host.UseKestrel(0);
        _host.StartServer();
        return _host.CreateClient();
    }

    private string Token() => _issuer.CreateToken(_channel.ServiceUrl);

    private string Message(string text, string id = "act-1") => new JsonObject
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = _channel.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot" },
        ["conversation"] = new JsonObject { ["id"] = "conv-1" },
        ["text"] = text,
    }.ToJsonString();

    private static HttpRequestMessage Post(string body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private static async Task<(string? Code, string? Message)> ErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(["error"], body.AsObject().Select(p => p.Key));
        return ((string?)body["error"]!["code"], (string?)body["error"]!["message"]);
    }

    private sealed class EchoBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            turnContext.SendActivityAsync("echo: " + turnContext.Activity.Text, cancellationToken: cancellationToken);
    }

    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedContent(string body)
        {
            _bytes = Encoding.UTF8.GetBytes(body);
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
