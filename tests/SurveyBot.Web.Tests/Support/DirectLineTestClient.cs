using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace SurveyBot.Web.Tests.Support;

/// <summary>Speaks Direct Line to the host the way Web Chat does, one conversation per client.</summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    public string ConversationId { get; private set; } = string.Empty;

    public string Token { get; private set; } = string.Empty;

    public string StreamUrl { get; private set; } = string.Empty;

    /// <summary>Gets a token from the page's endpoint and starts the conversation with it.</summary>
    public async Task<HttpStatusCode> StartAsync()
    {
        var minted = await Json(await http.PostAsync("/api/webchat/token", null));
        ConversationId = (string)minted["conversationId"]!;
        Token = (string)minted["token"]!;
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", Token);
        var started = await Json(response);
        StreamUrl = (string)started["streamUrl"]!;
        Token = (string)started["token"]!;
        return response.StatusCode;
    }

    public Task<HttpResponseMessage> PostAsync(string text, string? clientActivityId = null, string? token = null, string? conversationId = null) =>
        PostRawAsync(new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "someone-else", ["role"] = "user" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
        }.ToJsonString(), token, conversationId);

    public Task<HttpResponseMessage> PostRawAsync(string json, string? token = null, string? conversationId = null) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId ?? ConversationId}/activities", token ?? Token, new StringContent(json, Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> GetActivitiesAsync(string? watermark = null, string? token = null, string? conversationId = null) =>
        SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId ?? ConversationId}/activities" + (watermark is null ? string.Empty : "?watermark=" + watermark), token ?? Token);

    public async Task<JsonObject> ActivitiesAsync(string? watermark = null)
    {
        using var response = await GetActivitiesAsync(watermark);
        return await Json(response);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await http.SendAsync(request);
    }

    public static async Task<JsonObject> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public static async Task<JsonObject> Error(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.NotNull(body);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["error"]?["message"]));
        Assert.Null(body["activities"]);
        return body;
    }

    public static IEnumerable<string?> Texts(JsonObject set) => set["activities"]!.AsArray().Select(a => (string?)a!["text"]);
}
