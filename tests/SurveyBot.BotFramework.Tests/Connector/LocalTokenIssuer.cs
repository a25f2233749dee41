using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SurveyBot.BotFramework.Tests.Connector;

/// <summary>
/// A stand-in for login.botframework.com and the Entra ID token endpoint on loopback: publishes
/// OpenID metadata and a JWKS whose keys carry channel endorsements, signs real tokens with them,
/// and hands out client-credentials tokens, counting every request.
/// </summary>
internal sealed class LocalTokenIssuer : IAsyncDisposable
{
    public const string AppId = "00000000-0000-4000-8000-0000000a9901";
    public const string AppPassword = "local-secret";

    private readonly WebApplication _app;
    private readonly List<(RsaSecurityKey Key, string[] Endorsements)> _published = [];
    private readonly Lock _lock = new();
    private int _metadataRequests;
    private int _tokenRequests;

    private LocalTokenIssuer(WebApplication app)
    {
        _app = app;
        SigningKey = Publish("key-1", "msteams", "webchat", "directline", "emulator", "test");
    }

    public RsaSecurityKey SigningKey { get; }

    public string BaseAddress => _app.Urls.First();

    public string MetadataUrl => BaseAddress + "/v1/.well-known/openidconfiguration";

    public string EmulatorMetadataUrl => BaseAddress + "/botframework.com/v2.0/.well-known/openid-configuration";

    public string TokenEndpoint => BaseAddress + "/botframework.com/oauth2/v2.0/token";

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    /// <summary>The last client-credentials form received.</summary>
    public IReadOnlyDictionary<string, string> LastTokenForm { get; private set; } = new Dictionary<string, string>();

    public static async Task<LocalTokenIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var issuer = new LocalTokenIssuer(app);
        app.MapGet("/v1/.well-known/openidconfiguration", issuer.Metadata);
        app.MapGet("/botframework.com/v2.0/.well-known/openid-configuration", issuer.Metadata);
        app.MapGet("/keys", issuer.Keys);
        app.MapPost("/botframework.com/oauth2/v2.0/token", issuer.IssueAsync);
        await app.StartAsync();
        return issuer;
    }

    public static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    /// <summary>Adds a key to the published set, endorsed for the given channels.</summary>
    public RsaSecurityKey Publish(string keyId, params string[] endorsements)
    {
        var key = NewKey(keyId);
        lock (_lock)
        {
            _published.Add((key, endorsements));
        }

        return key;
    }

    /// <summary>A token as the Bot Connector service would send it to the bot.</summary>
    public string CreateToken(
        string? serviceUrl,
        string audience = AppId,
        string issuer = "https://api.botframework.com",
        DateTime? expires = null,
        SecurityKey? key = null,
        IDictionary<string, object>? claims = null)
    {
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Expires = expiry,
            NotBefore = expiry.AddHours(-2),
            IssuedAt = expiry.AddHours(-2),
            Claims = claims ?? new Dictionary<string, object>(),
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        };
        if (serviceUrl is not null)
        {
            descriptor.Claims["serviceurl"] = serviceUrl;
        }

        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>The same token without a signature (<c>alg: none</c>).</summary>
    public static string CreateUnsignedToken(string serviceUrl) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "https://api.botframework.com",
        Audience = AppId,
        Expires = DateTime.UtcNow.AddHours(1),
        Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
    });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private IResult Metadata()
    {
        Interlocked.Increment(ref _metadataRequests);
        return Results.Json(new JsonObject
        {
            ["issuer"] = "https://api.botframework.com",
            ["authorization_endpoint"] = BaseAddress + "/authorize",
            ["jwks_uri"] = BaseAddress + "/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        });
    }

    private IResult Keys()
    {
        var keys = new JsonArray();
        lock (_lock)
        {
            foreach (var (key, endorsements) in _published)
            {
                var parameters = key.Rsa.ExportParameters(false);
                keys.Add(new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]),
                });
            }
        }

        return Results.Json(new JsonObject { ["keys"] = keys });
    }

    private async Task<IResult> IssueAsync(HttpRequest request)
    {
        var number = Interlocked.Increment(ref _tokenRequests);
        var form = await request.ReadFormAsync();
        LastTokenForm = form.ToDictionary(f => f.Key, f => f.Value.ToString());
        return Results.Json(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["ext_expires_in"] = 3600,
            ["access_token"] = $"bot-token-{number}",
        });
    }
}
