using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SurveyBot.Storage.Tests.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster in a temporary folder, on a free loopback port, started for the
/// test run and removed after it. Fails, never skips, when the server binaries are missing.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private const string SuperUser = "postgres";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "surveybot-pg-" + Guid.NewGuid().ToString("N")[..12]);
    private string _bin = "";
    private string? _runAs;
    private int _port;
    private bool _started;

    public string DataFolder => Path.Combine(_root, "data");

    public async Task InitializeAsync()
    {
        _bin = FindServerBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin. " +
            "Run tests/setup/install-postgres.sh to install them, then run the tests again.");
        Directory.CreateDirectory(_root);

        // PostgreSQL refuses to run as root, so as root the cluster belongs to an ordinary user.
        if (string.Equals(Environment.UserName, "root", StringComparison.Ordinal))
        {
            _runAs = SuperUser;
            if (await RunAsync("id", ["-u", _runAs], asServerUser: false, throwOnError: false) != 0)
            {
                await RunAsync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", _runAs], asServerUser: false);
            }

            await RunAsync("chown", ["-R", _runAs, _root], asServerUser: false);
        }

        await RunAsync(Path.Combine(_bin, "initdb"), ["-D", DataFolder, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
        _port = FreeLoopbackPort();
        var serverOptions = string.Create(
            CultureInfo.InvariantCulture,
            $"-p {_port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");
        var log = Path.Combine(_root, "server.log");
        try
        {
            await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-l", log, "-w", "-t", "60", "-o", serverOptions, "start"]);
        }
        catch (InvalidOperationException ex)
        {
            var serverLog = File.Exists(log) ? await File.ReadAllTextAsync(log) : "(no log)";
            throw new InvalidOperationException($"{ex.Message}\nServer log:\n{serverLog}", ex);
        }

        _started = true;
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_started)
        {
            await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"], throwOnError: false);
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = _port,
        Username = SuperUser,
        Database = database,
        MaxPoolSize = 50,
    }.ToString();

    private static string? FindServerBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<int> RunAsync(string program, string[] arguments, bool asServerUser = true, bool throwOnError = true)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _root };
        if (asServerUser && _runAs is not null)
        {
            start.FileName = "runuser";
            foreach (var argument in (string[])["-u", _runAs, "--", program])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }

        return process.ExitCode;
    }
}
