namespace SurveyBot.EndToEnd.Tests.Support;

/// <summary>Paths inside the repository, found from the test assembly's location.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeClient => Path.Combine(Root, "tests", "SurveyBot.EndToEnd.Tests", "node");

    public static string Docs => Path.Combine(Root, "docs");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SurveyBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SurveyBot.sln not found above " + AppContext.BaseDirectory);
    }
}
