using System.Net;
using System.Text;
using SurveyBot.Web.Tests.Support;
using static SurveyBot.Web.Tests.Support.DirectLineTestClient;

namespace SurveyBot.Web.Tests.WebChat;

public sealed class WebChatEndpointsTests(SurveyBotFactory factory) : IClassFixture<SurveyBotFactory>
{
    private readonly HttpClient _http = factory.CreateClient();

    [Fact]
    public async Task Page_loads_the_web_chat_bundle_from_the_host()
    {
        var page = await _http.GetStringAsync("/");

        Assert.Contains("<script src=\"/webchat/webchat.js\"></script>", page, StringComparison.Ordinal);
        using var bundle = await _http.GetAsync("/webchat/webchat.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
    }

    [Fact]
    public async Task Token_endpoint_binds_the_requested_user_to_a_new_conversation()
    {
        using var response = await _http.PostAsync("/api/webchat/token", new StringContent("""{"user":{"id":"dl_abc123"}}""", Encoding.UTF8, "application/json"));

        var body = await Json(response);
        Assert.False(string.IsNullOrEmpty((string?)body["conversationId"]));
        Assert.Equal(1800, (int?)body["expires_in"]);
        var payload = ((string)body["token"]!).Split('.')[1];
        var claims = System.Text.Json.Nodes.JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(payload))!;
        Assert.Equal("dl_abc123", (string?)claims["user"]);
    }

    [Theory]
    [InlineData("""{"user":{"id":"not-dl"}}""")]
    [InlineData("""{"user":""")]
    public async Task Token_endpoint_refuses_a_bad_body_with_400(string json)
    {
        using var response = await _http.PostAsync("/api/webchat/token", new StringContent(json, Encoding.UTF8, "application/json"));

        await Error(response, HttpStatusCode.BadRequest);
    }
}
