using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SurveyBot.EndToEnd.Tests.Support;

/// <summary>The real host, real bot and real storage, on Kestrel at a free loopback port, with its data in a temporary folder.</summary>
public sealed class LiveHost : WebApplicationFactory<Program>
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("surveybot-e2e-").FullName;

    public LiveHost()
    {
        Port = FreePort();
        UseKestrel(options => options.Listen(IPAddress.Loopback, Port));
        StartServer();
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("SurveyBot:Storage:SqlitePath", Path.Combine(_dataDir, "surveybot.db"));
        builder.UseSetting("SurveyBot:DirectLine:Secret", "end-to-end-secret");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS temp cleaner.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
