using System.Text.Json;
using SurveyBot.Insights.Text;

namespace SurveyBot.Insights.Lexicons;

/// <summary>
/// Every vocabulary the analysis uses, read once from the embedded JSON files in this folder so that
/// researchers can read and extend them without touching code.
/// </summary>
internal sealed class LexiconStore
{
    private static readonly Lazy<LexiconStore> LazyDefault = new(() => new LexiconStore(), LazyThreadSafetyMode.ExecutionAndPublication);

    private LexiconStore()
    {
        using var normalisation = Load("normalisation");
        var rewrites = new Dictionary<string, string>(StringComparer.Ordinal);
        var idioms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in normalisation.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
        {
            var into = group.Name == "idioms" ? idioms : rewrites;
            foreach (var pair in group.Value.EnumerateObject())
            {
                into[pair.Name.ToLowerInvariant()] = pair.Value.GetString() ?? string.Empty;
            }
        }

        rewrites["pre-purchase"] = "prepurchase";
        rewrites["post-purchase"] = "postpurchase";
        var plain = new Tokenizer(rewrites, idioms);
        Tokenizer = plain;

        using var touchpoints = Load("touchpoints");
        var tp = touchpoints.RootElement;
        foreach (var group in tp.GetProperty("cues").EnumerateArray())
        {
            PhraseSet<bool>? requires = null;
            if (group.TryGetProperty("requires", out var req))
            {
                requires = Flags(plain, req);
            }

            var cue = new TouchpointCue(group.GetProperty("category").GetString()!, group.GetProperty("priority").GetInt32(), requires);
            foreach (var term in Strings(group.GetProperty("terms")))
            {
                TouchpointCues.Add(plain, term, cue);
            }
        }

        Usability = Flags(plain, tp.GetProperty("usability"));
        UsabilityNeeds = Flags(plain, tp.GetProperty("usabilityNeeds"));
        Partner = Flags(plain, tp.GetProperty("partner"));
        RemoteChannel = Flags(plain, tp.GetProperty("remoteChannel"));
        Giving = Flags(plain, tp.GetProperty("giving"));
        Receiving = Flags(plain, tp.GetProperty("receiving"));
        ThirdParty = Flags(plain, tp.GetProperty("thirdParty"));
        BrandSocial = Flags(plain, tp.GetProperty("brandSocial"));
        Minor = Flags(plain, tp.GetProperty("minor"));
        PurchaseActs = Flags(plain, tp.GetProperty("purchaseActs"));
        PurchaseMentionOnly = Flags(plain, tp.GetProperty("purchaseMentionOnly"));
        PostPurchase = Flags(plain, tp.GetProperty("postPurchase"));
        PrePurchase = Flags(plain, tp.GetProperty("prePurchase"));

        using var sentiment = Load("sentiment");
        var se = sentiment.RootElement;
        AddWeighted(plain, se.GetProperty("positive"), 1);
        AddWeighted(plain, se.GetProperty("negative"), -1);
        PredicateNegators = Flags(plain, se.GetProperty("negators"));
        Negators = Flags(plain, Strings(se.GetProperty("negators")).Concat(Strings(se.GetProperty("nounNegators"))));
        Intensifiers = Flags(plain, se.GetProperty("intensifiers"));
        Downtoners = Flags(plain, se.GetProperty("downtoners"));

        using var feelings = Load("feelings");
        var fe = feelings.RootElement;
        foreach (var emotion in fe.GetProperty("emotions").EnumerateObject())
        {
            Valence[emotion.Name] = emotion.Value.GetProperty("valence").GetString()!;
            foreach (var term in Strings(emotion.Value.GetProperty("terms")))
            {
                Emotions.Add(plain, term, emotion.Name);
            }
        }

        foreach (var pair in fe.GetProperty("whenNegated").EnumerateObject())
        {
            WhenNegated[pair.Name] = pair.Value.ValueKind == JsonValueKind.String ? pair.Value.GetString() : null;
        }

        NotFeelings = Flags(plain, fe.GetProperty("notFeelings"));

        using var pains = Load("painpoints");
        foreach (var category in pains.RootElement.GetProperty("categories").EnumerateObject())
        {
            foreach (var term in Strings(category.Value))
            {
                Pains.Add(plain, term, category.Name);
            }
        }

        using var lifecycle = Load("lifecycle");
        var lc = lifecycle.RootElement;
        Retained = Flags(plain, lc.GetProperty("retained"));
        Lost = Flags(plain, lc.GetProperty("lost"));
        Loyal = Flags(plain, lc.GetProperty("loyal"));
        Advocating = Flags(plain, lc.GetProperty("advocating"));
        NotAdvocating = Flags(plain, lc.GetProperty("notAdvocating"));

        using var moments = Load("moments");
        Research = Flags(plain, moments.RootElement.GetProperty("research"));
        FirstImpression = Flags(plain, moments.RootElement.GetProperty("firstImpression"));

        using var persona = Load("persona");
        var pe = persona.RootElement;
        Occupations = Strings(pe.GetProperty("occupations")).ToHashSet(StringComparer.Ordinal);
        NotNames = Strings(pe.GetProperty("notNames")).ToHashSet(StringComparer.Ordinal);
        Habits = Flags(plain, pe.GetProperty("habits"));
        Goals = Flags(plain, pe.GetProperty("goals"));
        Needs = Flags(plain, pe.GetProperty("needs"));
        foreach (var pair in pe.GetProperty("influences").EnumerateObject())
        {
            Influences[pair.Name] = pair.Value.GetString()!;
        }

        using var polarity = Load("polarity");
        foreach (var pair in polarity.RootElement.GetProperty("statements").EnumerateObject())
        {
            foreach (var term in Strings(pair.Value))
            {
                PolarityStatements.Add(plain, term, pair.Name);
            }
        }

        foreach (var pair in polarity.RootElement.GetProperty("answers").EnumerateObject())
        {
            foreach (var term in Strings(pair.Value))
            {
                PolarityAnswers.Add(plain, term, pair.Name);
            }
        }

        using var advice = Load("recommendations");
        foreach (var pair in advice.RootElement.GetProperty("painPoints").EnumerateObject())
        {
            PainAdvice[pair.Name] = pair.Value.GetString()!;
        }

        foreach (var pair in advice.RootElement.GetProperty("touchpoints").EnumerateObject())
        {
            TouchpointAdvice[pair.Name] = pair.Value.GetString()!;
        }

        using var names = Load("names");
        OrganisationPrepositions = Strings(names.RootElement.GetProperty("prepositions")).ToHashSet(StringComparer.Ordinal);
        OrganisationSuffixes = Strings(names.RootElement.GetProperty("suffixes")).ToHashSet(StringComparer.Ordinal);
        NotOrganisations = Strings(names.RootElement.GetProperty("never")).ToHashSet(StringComparer.Ordinal);

        // Typos are corrected only towards words the lexicons know.
        var vocabulary = TouchpointCues.Stems.Concat(Sentiment.Stems).Concat(Emotions.Stems).Concat(Pains.Stems)
            .Concat(Retained.Stems).Concat(Lost.Stems).Concat(Partner.Stems)
            .Concat(Negators.Stems).Concat(Intensifiers.Stems).Concat(Downtoners.Stems);
        _vocabulary = vocabulary.ToHashSet(StringComparer.Ordinal);
        Tokenizer = plain.WithFuzzy(new FuzzyIndex(_vocabulary));
    }

    private readonly HashSet<string> _vocabulary;

    public static LexiconStore Default => LazyDefault.Value;

    /// <summary>Whether any lexicon uses this stem (a known everyday word, not a name).</summary>
    public bool KnownStem(string stem) => _vocabulary.Contains(stem);

    public Tokenizer Tokenizer { get; }

    public PhraseSet<TouchpointCue> TouchpointCues { get; } = new();

    public PhraseSet<bool> Usability { get; }

    public PhraseSet<bool> UsabilityNeeds { get; }

    public PhraseSet<bool> Partner { get; }

    public PhraseSet<bool> RemoteChannel { get; }

    public PhraseSet<bool> Giving { get; }

    public PhraseSet<bool> Receiving { get; }

    public PhraseSet<bool> ThirdParty { get; }

    public PhraseSet<bool> BrandSocial { get; }

    public PhraseSet<bool> Minor { get; }

    public PhraseSet<bool> PurchaseActs { get; }

    public PhraseSet<bool> PurchaseMentionOnly { get; }

    public PhraseSet<bool> PostPurchase { get; }

    public PhraseSet<bool> PrePurchase { get; }

    public PhraseSet<double> Sentiment { get; } = new();

    // Phrases, not words: "far from" negates, but "far" and "from" alone do not; "a bit" softens, "a" does not.
    public PhraseSet<bool> Negators { get; }

    // The negators that reach past "and" ("not clean and tidy"), unlike a noun's ("no fuss and great service").
    public PhraseSet<bool> PredicateNegators { get; }

    public PhraseSet<bool> Intensifiers { get; }

    public PhraseSet<bool> Downtoners { get; }

    public PhraseSet<string> Emotions { get; } = new();

    public Dictionary<string, string> Valence { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string?> WhenNegated { get; } = new(StringComparer.Ordinal);

    public PhraseSet<bool> NotFeelings { get; }

    public PhraseSet<string> Pains { get; } = new();

    public PhraseSet<bool> Retained { get; }

    public PhraseSet<bool> Lost { get; }

    public PhraseSet<bool> Loyal { get; }

    public PhraseSet<bool> Advocating { get; }

    public PhraseSet<bool> NotAdvocating { get; }

    public PhraseSet<bool> Research { get; }

    public PhraseSet<bool> FirstImpression { get; }

    public HashSet<string> Occupations { get; }

    public HashSet<string> NotNames { get; }

    public PhraseSet<bool> Habits { get; }

    public PhraseSet<bool> Goals { get; }

    public PhraseSet<bool> Needs { get; }

    public Dictionary<string, string> Influences { get; } = new(StringComparer.Ordinal);

    public HashSet<string> OrganisationPrepositions { get; }

    public HashSet<string> OrganisationSuffixes { get; }

    public HashSet<string> NotOrganisations { get; }

    public PhraseSet<string> PolarityStatements { get; } = new();

    public PhraseSet<string> PolarityAnswers { get; } = new();

    public Dictionary<string, string> PainAdvice { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> TouchpointAdvice { get; } = new(StringComparer.Ordinal);

    private void AddWeighted(Tokenizer tokenizer, JsonElement groups, int sign)
    {
        foreach (var group in groups.EnumerateArray())
        {
            var weight = group.GetProperty("weight").GetDouble() * sign;
            foreach (var term in Strings(group.GetProperty("terms")))
            {
                Sentiment.Add(tokenizer, term, weight);
            }
        }
    }

    private static PhraseSet<bool> Flags(Tokenizer tokenizer, JsonElement terms) => Flags(tokenizer, Strings(terms));

    private static PhraseSet<bool> Flags(Tokenizer tokenizer, IEnumerable<string> terms)
    {
        var set = new PhraseSet<bool>();
        foreach (var term in terms)
        {
            set.Add(tokenizer, term, true);
        }

        return set;
    }

    private static IEnumerable<string> Strings(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString()).OfType<string>();

    private static JsonDocument Load(string name)
    {
        var resource = $"SurveyBot.Insights.Lexicons.{name}.json";
        using var stream = typeof(LexiconStore).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded lexicon '{resource}' is missing; check the EmbeddedResource items in SurveyBot.Insights.csproj.");
        return JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
    }
}
