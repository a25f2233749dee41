using Microsoft.Extensions.FileProviders;
using SurveyBot.Web.DirectLine;

namespace SurveyBot.Web.WebChat;

/// <summary>
/// The Web Chat page: <c>GET /</c> (wwwroot), the Web Chat bundle from the botframework-webchat
/// npm package under <c>/webchat/</c>, and <c>POST /api/webchat/token</c>, which hands the page a
/// token for one new conversation so the secret never reaches the browser.
/// </summary>
internal static partial class WebChatEndpoints
{
    private const string BundleFolder = "node_modules/botframework-webchat/dist";

    public static WebApplication MapWebChat(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();

        var bundle = Path.Combine(app.Environment.ContentRootPath, BundleFolder);
        if (Directory.Exists(bundle))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(bundle), RequestPath = "/webchat" });
        }
        else
        {
            Log.BundleMissing(app.Logger, bundle);
        }

        app.MapGroup("/api/webchat").WithTags("Web Chat")
            .MapPost("/token", CreateTokenAsync).WithName("WebChatToken");
        return app;
    }

    private static async Task<IResult> CreateTokenAsync(HttpRequest request, DirectLineServices dl, CancellationToken cancellationToken)
    {
        return await dl.IssueConversationTokenAsync(request, cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "The Web Chat bundle is missing at {Path}; run 'npm ci' in src/SurveyBot.Web (the build does this when npm is installed)")]
        public static partial void BundleMissing(ILogger logger, string path);
    }
}
