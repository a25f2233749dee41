using SurveyBot.BotFramework.Connector;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Tests.Connector;

public sealed class JwtTokenValidatorTests : IAsyncLifetime
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private LocalTokenIssuer _issuer = null!;

    public async Task InitializeAsync() => _issuer = await LocalTokenIssuer.StartAsync();

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    [Fact]
    public async Task Accepts_a_token_from_the_connector_for_this_bot()
    {
        var identity = await Validator().AuthenticateRequestAsync(Message(), Bearer(_issuer.CreateToken(ServiceUrl)));

        Assert.True(identity.IsAuthenticated);
        Assert.Equal(ServiceUrl, identity.FindFirst("serviceurl")?.Value);
    }

    [Fact]
    public async Task Rejects_an_expired_token()
    {
        var token = _issuer.CreateToken(ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-10));

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => Validator().AuthenticateRequestAsync(Message(), Bearer(token)));
        Assert.Equal("The token has expired.", error.Message);
    }

    [Fact]
    public async Task Accepts_a_token_expired_within_the_clock_skew()
    {
        var token = _issuer.CreateToken(ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-2));

        var identity = await Validator().AuthenticateRequestAsync(Message(), Bearer(token));

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task Rejects_a_token_for_another_bot()
    {
        var token = _issuer.CreateToken(ServiceUrl, audience: "another-bot");

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => Validator().AuthenticateRequestAsync(Message(), Bearer(token)));
        Assert.Equal("The token was not issued for this bot.", error.Message);
    }

    [Fact]
    public async Task Rejects_a_token_from_another_issuer()
    {
        var token = _issuer.CreateToken(ServiceUrl, issuer: "https://evil.example.com");

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => Validator().AuthenticateRequestAsync(Message(), Bearer(token)));
        Assert.Equal("The token's issuer is not trusted.", error.Message);
    }

    [Fact]
    public async Task Rejects_an_unsigned_token()
    {
        var token = LocalTokenIssuer.CreateUnsignedToken(ServiceUrl);
        Assert.Contains("\"alg\":\"none\"", System.Text.Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(token.Split('.')[0])));

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => Validator().AuthenticateRequestAsync(Message(), Bearer(token)));
        Assert.Equal("The token's signature is missing or invalid.", error.Message);
    }

    [Fact]
    public async Task Rejects_a_token_signed_by_an_unpublished_key()
    {
        var token = _issuer.CreateToken(ServiceUrl, key: LocalTokenIssuer.NewKey("key-unpublished"));

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => Validator().AuthenticateRequestAsync(Message(), Bearer(token)));
        Assert.Equal("The token is signed with an unknown key.", error.Message);
    }

    [Fact]
    public async Task Rejects_a_token_signed_by_another_key_under_a_published_key_id()
    {
        var token = _issuer.CreateToken(ServiceUrl, key: LocalTokenIssuer.NewKey("key-1"));

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => Validator().AuthenticateRequestAsync(Message(), Bearer(token)));
        Assert.Equal("The token's signature is missing or invalid.", error.Message);
    }

    [Fact]
    public async Task Rejects_a_token_whose_key_is_not_endorsed_for_the_channel()
    {
        var skypeOnly = _issuer.Publish("key-skype", "skype");
        var token = _issuer.CreateToken(ServiceUrl, key: skypeOnly);

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => Validator().AuthenticateRequestAsync(Message(), Bearer(token)));
        Assert.Equal("The token's signing key is not endorsed for the channel 'msteams'.", error.Message);
    }

    [Fact]
    public async Task Rejects_a_token_naming_another_service_url()
    {
        var token = _issuer.CreateToken("https://evil.example.com/");

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => Validator().AuthenticateRequestAsync(Message(), Bearer(token)));
        Assert.Equal("The token's serviceurl claim does not match the activity's serviceUrl.", error.Message);
    }

    [Fact]
    public async Task Rejects_a_token_without_a_service_url_claim()
    {
        var error = await Assert.ThrowsAsync<BotAuthenticationException>(
            () => Validator().AuthenticateRequestAsync(Message(), Bearer(_issuer.CreateToken(serviceUrl: null))));
        Assert.Equal("The token has no serviceurl claim.", error.Message);
    }

    [Theory]
    [InlineData(null, "The request has no Authorization header.")]
    [InlineData("", "The request has no Authorization header.")]
    [InlineData("Basic dXNlcjpwYXNz", "The Authorization header is not a Bearer token.")]
    [InlineData("Bearer not-a-jwt", "The bearer token is not a JWT.")]
    public async Task Rejects_a_request_without_a_bearer_jwt(string? header, string reason)
    {
        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => Validator().AuthenticateRequestAsync(Message(), header));
        Assert.Equal(reason, error.Message);
    }

    [Fact]
    public async Task Accepts_requests_without_a_token_when_no_app_id_is_configured()
    {
        var identity = await ConnectorTestServices.Validator(issuer: null).AuthenticateRequestAsync(Message(), null);

        Assert.False(identity.IsAuthenticated);
    }

    [Fact]
    public async Task Rejects_a_token_when_no_app_id_is_configured()
    {
        await Assert.ThrowsAsync<BotAuthenticationException>(
            () => ConnectorTestServices.Validator(issuer: null).AuthenticateRequestAsync(Message(), Bearer(_issuer.CreateToken(ServiceUrl))));
    }

    [Fact]
    public async Task Keys_are_fetched_once_and_reused()
    {
        var validator = Validator();

        await validator.AuthenticateRequestAsync(Message(), Bearer(_issuer.CreateToken(ServiceUrl)));
        await validator.AuthenticateRequestAsync(Message(), Bearer(_issuer.CreateToken(ServiceUrl)));

        Assert.Equal(1, _issuer.MetadataRequests);
    }

    [Fact]
    public async Task A_key_published_later_is_picked_up_when_a_token_names_it()
    {
        var clock = new ManualTimeProvider();
        var validator = ConnectorTestServices.Validator(_issuer, clock);
        await validator.AuthenticateRequestAsync(Message(), Bearer(_issuer.CreateToken(ServiceUrl)));
        var rolled = _issuer.Publish("key-2", "msteams");
        clock.Now += TimeSpan.FromMinutes(6);

        var identity = await validator.AuthenticateRequestAsync(Message(), Bearer(_issuer.CreateToken(ServiceUrl, key: rolled)));

        Assert.True(identity.IsAuthenticated);
        Assert.Equal(2, _issuer.MetadataRequests);
    }

    [Fact]
    public async Task Unknown_key_ids_do_not_refetch_keys_more_than_every_few_minutes()
    {
        var validator = Validator();
        await validator.AuthenticateRequestAsync(Message(), Bearer(_issuer.CreateToken(ServiceUrl)));

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<BotAuthenticationException>(() => validator.AuthenticateRequestAsync(
                Message(), Bearer(_issuer.CreateToken(ServiceUrl, key: LocalTokenIssuer.NewKey("forged-" + i)))));
        }

        Assert.Equal(1, _issuer.MetadataRequests);
    }

    [Fact]
    public async Task Keys_already_held_stay_in_use_while_the_publisher_is_unreachable()
    {
        var clock = new ManualTimeProvider();
        var validator = ConnectorTestServices.Validator(_issuer, clock);
        await validator.AuthenticateRequestAsync(Message(), Bearer(_issuer.CreateToken(ServiceUrl)));
        var token = _issuer.CreateToken(ServiceUrl);
        await _issuer.DisposeAsync();
        clock.Now += TimeSpan.FromHours(25);

        var identity = await validator.AuthenticateRequestAsync(Message(), Bearer(token));

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task Accepts_an_emulator_token_issued_to_this_bot()
    {
        var token = _issuer.CreateToken(
            serviceUrl: null,
            audience: LocalTokenIssuer.AppId,
            issuer: "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
            claims: new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = LocalTokenIssuer.AppId });

        var identity = await Validator().AuthenticateRequestAsync(Message(channelId: "emulator", serviceUrl: "http://localhost:5000"), Bearer(token));

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task Rejects_an_emulator_token_issued_to_another_app()
    {
        var token = _issuer.CreateToken(
            serviceUrl: null,
            issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
            claims: new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = "another-app" });

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(
            () => Validator().AuthenticateRequestAsync(Message(channelId: "emulator"), Bearer(token)));
        Assert.Equal("The token was not issued to this bot's app id.", error.Message);
    }

    private static string Bearer(string token) => "Bearer " + token;

    private static Activity Message(string channelId = "msteams", string serviceUrl = ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount("a:1"),
        Text = "hi",
    };

    private JwtTokenValidator Validator() => ConnectorTestServices.Validator(_issuer);
}
