namespace SurveyBot.Scripts;

/// <summary>Finds the scripts folder: as configured when absolute, else under the content root, else above the app.</summary>
public static class ScriptDirectory
{
    /// <summary>
    /// Resolves <paramref name="path"/> (default <c>dialogs</c>). A relative path is tried against the
    /// content root, then against the app's folder and each folder above it, so the bot finds the
    /// repository's <c>dialogs/</c> when run from a build output folder.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No such folder exists.</exception>
    public static string Resolve(string? path, string? contentRoot)
    {
        path = string.IsNullOrWhiteSpace(path) ? "dialogs" : path;
        if (Path.IsPathRooted(path))
        {
            return Directory.Exists(path) ? path : throw NotFound(path);
        }

        if (contentRoot is not null && Directory.Exists(Path.Combine(contentRoot, path)))
        {
            return Path.GetFullPath(Path.Combine(contentRoot, path));
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, path);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw NotFound(path);
    }

    private static DirectoryNotFoundException NotFound(string path) =>
        new($"The interview scripts folder '{path}' was not found. Set SurveyBot:Interview:ScriptsPath to the folder that holds the *.yaml scripts.");
}
