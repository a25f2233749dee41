using System.Diagnostics;
using SurveyBot.EndToEnd.Tests.Support;

namespace SurveyBot.EndToEnd.Tests.DirectLine;

/// <summary>The npm botframework-directlinejs client, unmodified, holds a whole conversation with the embedded Direct Line.</summary>
public sealed class DirectLineClientTests(LiveHost host) : IClassFixture<LiveHost>
{
    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task Directlinejs_client_is_greeted_and_every_message_is_echoed_and_answered(string mode)
    {
        var (exitCode, output) = await RunNodeAsync("conversation.js", host.BaseUrl, mode, "yes", "Northwind Broadband", "home internet");

        Assert.True(exitCode == 0, output);
        Assert.Contains("GREETED", output, StringComparison.Ordinal);
        Assert.Contains("ANSWERED 2", output, StringComparison.Ordinal);
        Assert.Contains("CONVERSATION COMPLETE", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.NodeClient,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // The script stops itself after 60 s; this only guards against a hung node process.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
