using System.Text.Json.Nodes;

namespace SurveyBot.Insights.Tests;

public sealed class ExperienceAnalysisJsonTests
{
    [Fact]
    public void Json_has_exactly_the_contract_fields_with_nulls_and_empty_lists_kept()
    {
        var analysis = new ExperienceAnalysis(null, null, "neutral", null, [], [], [], [], null, Lifecycle.None, ProtoPersona.Empty);

        var json = JsonNode.Parse(ExperienceAnalysisJson.Serialize(analysis))!.AsObject();

        Assert.Equal(
            ["organisation", "offering", "polarity", "rating", "touchpoints", "feelings", "painPoints", "momentsOfTruth", "decisiveMoment", "lifecycle", "persona"],
            json.Select(p => p.Key));
        Assert.Null(json["organisation"]);
        Assert.Empty(json["touchpoints"]!.AsArray());
        Assert.Equal(
            ["name", "age", "occupation", "behaviours", "goals", "needs", "influences", "feelings", "painPoints"],
            json["persona"]!.AsObject().Select(p => p.Key));
        Assert.Equal(
            ["reach", "acquisition", "conversion", "retention", "loyalty", "advocacy"],
            json["lifecycle"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Whole_number_ratings_are_written_as_integers_and_round_trip()
    {
        var analysis = new ExperienceAnalysis("Zipto", "a ride", "negative", 1, [new Touchpoint("delivery", "partner-owned", "post-purchase", "negative", "late")],
            [], [], [new MomentOfTruth("SMOT", "negative", "late")], "SMOT", Lifecycle.None, ProtoPersona.Empty);

        var json = ExperienceAnalysisJson.Serialize(analysis);

        Assert.Contains("\"rating\": 1,", json, StringComparison.Ordinal);
        Assert.Contains("\"category\": \"delivery\"", json, StringComparison.Ordinal);
        Assert.Equal(analysis.Rating, ExperienceAnalysisJson.Deserialize(json).Rating);
        Assert.Equal("SMOT", ExperienceAnalysisJson.ToJsonNode(analysis)["decisiveMoment"]!.GetValue<string>());
    }

    [Fact]
    public void The_json_element_holds_the_same_contract_json_as_the_node()
    {
        var analysis = new ExperienceAnalysis("Zipto", "a ride", "negative", 1.5, [new Touchpoint("delivery", "partner-owned", "post-purchase", "negative", "late")],
            [], [], [new MomentOfTruth("SMOT", "negative", "late")], "SMOT", Lifecycle.None, ProtoPersona.Empty);

        var element = ExperienceAnalysisJson.ToJsonElement(analysis);

        Assert.True(JsonNode.DeepEquals(ExperienceAnalysisJson.ToJsonNode(analysis), JsonNode.Parse(element.GetRawText())));
        Assert.DoesNotContain('\n', element.GetRawText());
    }
}
