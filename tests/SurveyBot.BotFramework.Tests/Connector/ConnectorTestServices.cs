using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SurveyBot.BotFramework.Connector;

namespace SurveyBot.BotFramework.Tests.Connector;

/// <summary>Builds the Connector's services against the local issuer.</summary>
internal static class ConnectorTestServices
{
    public static IHttpClientFactory HttpClientFactory { get; } =
        new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();

    public static BotFrameworkAuthenticationOptions AuthOptions(LocalTokenIssuer? issuer) => issuer is null
        ? new BotFrameworkAuthenticationOptions()
        : new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppId = LocalTokenIssuer.AppId,
            MicrosoftAppPassword = LocalTokenIssuer.AppPassword,
            OpenIdMetadataUrl = issuer.MetadataUrl,
            EmulatorOpenIdMetadataUrl = issuer.EmulatorMetadataUrl,
            TokenEndpoint = issuer.TokenEndpoint,
        };

    public static JwtTokenValidator Validator(LocalTokenIssuer? issuer, TimeProvider? time = null) =>
        new(HttpClientFactory, Options.Create(AuthOptions(issuer)), NullLogger<JwtTokenValidator>.Instance, time);

    public static ConnectorClient Client(LocalTokenIssuer? issuer, int maxAttempts = 4) =>
        new(
            HttpClientFactory,
            Options.Create(AuthOptions(issuer)),
            Options.Create(new ConnectorClientOptions { MaxAttempts = maxAttempts, BaseDelay = TimeSpan.FromMilliseconds(10) }),
            NullLogger<ConnectorClient>.Instance);
}
