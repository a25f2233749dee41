using System.Net.WebSockets;
using System.Text.Json;
using SurveyBot.BotFramework.DirectLine;

namespace SurveyBot.Web.DirectLine;

/// <summary>
/// The WebSocket behind a conversation's <c>streamUrl</c>: pre-authorised by the token in its
/// query, it sends every new activity set as a text message and an empty message as a heartbeat
/// when idle; whatever the client sends is ignored.
/// </summary>
internal static class DirectLineStream
{
    public static async Task<IResult> RunAsync(string conversationId, string? t, string? watermark, HttpContext http, DirectLineServices dl)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return dl.Reject(StatusCodes.Status400BadRequest, "BadArgument", "The stream URL takes a WebSocket connection only.", conversationId);
        }

        if (dl.Deny(dl.Tokens.Check(t), conversationId) is { } denied)
        {
            return denied;
        }

        if (DirectLineServices.ParseWatermark(watermark) is not { } position)
        {
            return dl.Reject(StatusCodes.Status400BadRequest, "BadArgument", "The watermark must be a whole number from an earlier answer.", conversationId);
        }

        if (!dl.Conversations.TryGet(conversationId, out var conversation))
        {
            return dl.NotFound(conversationId);
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var subscription = conversation.Subscribe(position);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, dl.TurnCancellation);
        using var sendLock = new SemaphoreSlim(1, 1);

        var tasks = new[]
        {
            SendActivitiesAsync(socket, subscription, sendLock, stop.Token),
            SendHeartbeatsAsync(socket, sendLock, TimeSpan.FromSeconds(dl.Options.HeartbeatSeconds), stop.Token),
            ReceiveUntilClosedAsync(socket, stop.Token),
        };
        await Task.WhenAny(tasks);
        await stop.CancelAsync();
        await Task.WhenAll(tasks);
        await CloseAsync(socket);
        return TypedResults.Empty;
    }

    private static async Task SendActivitiesAsync(WebSocket socket, DirectLineSubscription subscription, SemaphoreSlim sendLock, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var set in subscription.Reader.ReadAllAsync(cancellationToken))
            {
                var json = JsonSerializer.SerializeToUtf8Bytes(set, DirectLineJsonContext.Default.ActivitySet);
                await SendAsync(socket, json, sendLock, cancellationToken);
            }
        }
        catch (Exception ex) when (IsDisconnect(ex))
        {
            // The client left or the host is stopping.
        }
    }

    private static async Task SendHeartbeatsAsync(WebSocket socket, SemaphoreSlim sendLock, TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(interval);
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await SendAsync(socket, ReadOnlyMemory<byte>.Empty, sendLock, cancellationToken);
            }
        }
        catch (Exception ex) when (IsDisconnect(ex))
        {
            // The client left or the host is stopping.
        }
    }

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (IsDisconnect(ex))
        {
            // The client left or the host is stopping.
        }
    }

    private static async Task SendAsync(WebSocket socket, ReadOnlyMemory<byte> message, SemaphoreSlim sendLock, CancellationToken cancellationToken)
    {
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            sendLock.Release();
        }
    }

    // How a socket reports that the client went away or the host is stopping; none of these is an error.
    private static bool IsDisconnect(Exception ex) =>
        ex is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException;

    private static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "closed", timeout.Token);
            }
            catch (Exception ex) when (IsDisconnect(ex))
            {
                // Already gone.
            }
        }
    }
}
