namespace SurveyBot.Scripts;

/// <summary>A script version kept in storage so interviews pinned to it survive a redeploy that changes the file.</summary>
public sealed record ArchivedScript(string Id, string Hash, string Yaml);
