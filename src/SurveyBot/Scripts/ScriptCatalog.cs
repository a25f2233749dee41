using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using SurveyBot.BotFramework.State;
using SurveyBot.Interview;

namespace SurveyBot.Scripts;

/// <summary>
/// The scripts the bot runs: the current version of each (loaded and validated once at start-up)
/// and every version an interview was pinned to, kept in storage by content hash so a run that
/// started on an older file finishes on it after a redeploy.
/// </summary>
public sealed class ScriptCatalog
{
    private readonly Dictionary<string, (InterviewScript Script, byte[] Bytes)> _current;
    private readonly ConcurrentDictionary<string, InterviewScript> _versions = new(StringComparer.Ordinal);

    // The versions already archived in each storage by this process: every interview asks, one write is enough.
    private readonly ConditionalWeakTable<IStorage, ConcurrentDictionary<string, bool>> _archived = new();

    private ScriptCatalog(Dictionary<string, (InterviewScript, byte[])> current)
    {
        _current = current;
        foreach (var (script, _) in current.Values)
        {
            _versions[VersionKey(script.Id, script.ContentHash)] = script;
        }
    }

    /// <summary>The current scripts by id.</summary>
    public IReadOnlyCollection<InterviewScript> Scripts => [.. _current.Values.Select(v => v.Script)];

    /// <summary>Loads every script of a folder.</summary>
    /// <exception cref="ScriptValidationException">A script has errors (all are listed), two share an id, or there are none.</exception>
    public static ScriptCatalog Load(string directory)
    {
        var results = ScriptLoader.LoadDirectory(directory);
        var errors = results.SelectMany(r => r.Errors).ToList();
        if (errors.Count > 0)
        {
            throw new ScriptValidationException(errors);
        }

        if (results.Count == 0)
        {
            throw new ScriptValidationException($"There are no interview scripts (*.yaml) in '{directory}'.");
        }

        var current = new Dictionary<string, (InterviewScript, byte[])>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            var script = result.Script!;
            if (!current.TryAdd(script.Id, (script, File.ReadAllBytes(result.File))))
            {
                throw new ScriptValidationException([new ScriptError(result.File, 1, null, $"script id '{script.Id}' is also used by {current[script.Id].Item1.SourcePath}")]);
            }
        }

        return new ScriptCatalog(current);
    }

    /// <summary>The current version of a script, or null.</summary>
    public InterviewScript? Current(string id) => _current.TryGetValue(id, out var entry) ? entry.Script : null;

    /// <summary>The version of a script with this content hash (current, or archived in <paramref name="storage"/>), or null when it is gone.</summary>
    public async Task<InterviewScript?> FindAsync(string id, string hash, IStorage storage, CancellationToken cancellationToken)
    {
        var key = VersionKey(id, hash);
        if (_versions.TryGetValue(key, out var known))
        {
            return known;
        }

        ArgumentNullException.ThrowIfNull(storage);
        var items = await storage.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var item)
            || JsonSerializer.Deserialize(item.Json, InterviewJsonContext.Default.ArchivedScript) is not { } archived)
        {
            return null;
        }

        var result = ScriptLoader.Load(Encoding.UTF8.GetBytes(archived.Yaml), $"{id}@{hash[..12]}");
        if (!result.IsValid || result.Script!.ContentHash != hash)
        {
            return null;
        }

        return _versions.GetOrAdd(key, result.Script);
    }

    /// <summary>Keeps the current version of a script in storage, so runs pinned to it survive the file changing.</summary>
    public async Task ArchiveAsync(InterviewScript script, IStorage storage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(storage);
        if (!_current.TryGetValue(script.Id, out var entry) || entry.Script.ContentHash != script.ContentHash)
        {
            return;
        }

        var key = VersionKey(script.Id, script.ContentHash);
        var archivedHere = _archived.GetOrCreateValue(storage);
        if (archivedHere.ContainsKey(key))
        {
            return;
        }

        var archived = new ArchivedScript(script.Id, script.ContentHash, new UTF8Encoding(false).GetString(entry.Bytes));
        var json = JsonSerializer.Serialize(archived, InterviewJsonContext.Default.ArchivedScript);
        await storage.WriteAsync(new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [key] = new StoreItem(json, "*") }, cancellationToken);
        archivedHere[key] = true;
    }

    private static string VersionKey(string id, string hash) => $"surveybot/scripts/{id}/{hash}";
}
