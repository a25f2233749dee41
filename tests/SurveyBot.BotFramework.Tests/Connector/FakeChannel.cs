using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Tests.Connector;

/// <summary>
/// A channel's Connector endpoint on loopback: records every activity posted to it, and answers
/// with queued failures first (to exercise retries), then 200 with a new activity id.
/// </summary>
internal sealed class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();
    private readonly ConcurrentQueue<ReceivedActivity> _received = new();
    private int _requests;

    private FakeChannel(WebApplication app) => _app = app;

    /// <summary>The service URL to put on activities (with a path, as Teams' service URLs have).</summary>
    public string ServiceUrl => _app.Urls.First() + "/amer/";

    public int Requests => Volatile.Read(ref _requests);

    public IReadOnlyList<ReceivedActivity> Received => [.. _received];

    public static async Task<FakeChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new FakeChannel(app);
        app.MapPost("/{**path}", (Delegate)channel.ReceiveAsync);
        await app.StartAsync();
        return channel;
    }

    /// <summary>Makes the next request fail with <paramref name="status"/>.</summary>
    public void FailNext(int status, string? retryAfter = null) => _failures.Enqueue((status, retryAfter));

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<IResult> ReceiveAsync(HttpContext http)
    {
        Interlocked.Increment(ref _requests);
        if (_failures.TryDequeue(out var failure))
        {
            if (failure.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            return Results.Json(new { error = new { code = "Throttled", message = "try later" } }, statusCode: failure.Status);
        }

        using var body = new StreamReader(http.Request.Body);
        var activity = ProtocolJson.Deserialize(await body.ReadToEndAsync());
        var target = http.Features.Get<IHttpRequestFeature>()!.RawTarget;
        _received.Enqueue(new ReceivedActivity(target, http.Request.Headers.Authorization.ToString(), activity));
        return Results.Json(new { id = "channel-" + _received.Count });
    }
}
