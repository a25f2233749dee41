using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Tests.Schema;

public sealed class ProtocolJsonTests
{
    private static readonly string[] DateFields = ["timestamp", "localTimestamp", "expiration"];

    public static TheoryData<string> Examples => ["message.json", "conversationUpdate.json", "invoke.json", "messageReaction.json"];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Documented_examples_round_trip_with_the_same_meaning(string file)
    {
        var original = ReadExample(file);

        var written = ProtocolJson.Serialize(ProtocolJson.Deserialize(original));

        var expected = Normalise(JsonNode.Parse(original)!);
        var actual = Normalise(JsonNode.Parse(written)!);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected\n{expected}\nbut wrote\n{actual}");
    }

    [Fact]
    public void A_message_with_attachments_and_suggested_actions_reads_into_typed_fields()
    {
        var activity = ProtocolJson.Deserialize(ReadExample("message.json"));

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(new DateTimeOffset(2025, 9, 15, 10, 0, 1, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(-7), activity.LocalTimestamp!.Value.Offset);
        Assert.True(activity.Conversation!.IsGroup);
        var card = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.hero", card.ContentType);
        Assert.Equal("Order #12345", (string?)card.Content!["title"]);
        Assert.Equal(["track order 12345", "cancel order 12345"], activity.SuggestedActions!.Actions.Select(a => (string?)a.Value));
        Assert.All(activity.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    [Fact]
    public void A_conversation_update_lists_the_members_added()
    {
        var activity = ProtocolJson.Deserialize(ReadExample("conversationUpdate.json"));

        Assert.Equal(ActivityTypes.ConversationUpdate, activity.Type);
        Assert.Equal("user-id-3", Assert.Single(activity.MembersAdded!).Id);
        Assert.Empty(activity.MembersRemoved!);
        Assert.Equal("Project Discussion Kickoff", activity.TopicName);
    }

    [Fact]
    public void An_invoke_keeps_its_name_and_value()
    {
        var activity = ProtocolJson.Deserialize(ReadExample("invoke.json"));

        Assert.Equal(ActivityTypes.Invoke, activity.Type);
        Assert.Equal("task/submit", activity.Name);
        Assert.Equal("All done.", (string?)activity.Value!["data"]!["comments"]);
    }

    [Fact]
    public void Unknown_fields_are_kept_on_the_activity_and_on_nested_objects()
    {
        const string json = """
            {"type":"message","futureField":{"a":[1,2]},"from":{"id":"u","tenantHint":"x"},
             "suggestedActions":{"actions":[{"type":"imBack","title":"Yes","value":"yes","style":"positive"}]}}
            """;

        var activity = ProtocolJson.Deserialize(json);
        var written = JsonNode.Parse(ProtocolJson.Serialize(activity))!;

        Assert.True(activity.Properties!.ContainsKey("futureField"));
        Assert.Equal("x", (string?)written["from"]!["tenantHint"]);
        Assert.Equal("positive", (string?)written["suggestedActions"]!["actions"]![0]!["style"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"a":[1,2]}"""), written["futureField"]));
    }

    [Fact]
    public void Timestamps_are_written_in_utc_with_a_z()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Timestamp = new DateTimeOffset(2026, 3, 2, 11, 30, 15, 250, TimeSpan.FromHours(2)),
            Expiration = new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero),
        };

        var written = JsonNode.Parse(ProtocolJson.Serialize(activity))!;

        Assert.Equal("2026-03-02T09:30:15.25Z", (string?)written["timestamp"]);
        Assert.Equal("2026-03-03T00:00:00Z", (string?)written["expiration"]);
    }

    [Fact]
    public void Names_are_written_in_camel_case_and_nulls_are_left_out()
    {
        var written = ProtocolJson.Serialize(new Activity { Type = ActivityTypes.Message, ReplyToId = "1", ServiceUrl = "https://x.invalid/" });

        Assert.Equal("""{"type":"message","serviceUrl":"https://x.invalid/","replyToId":"1"}""", written);
    }

    [Fact]
    public void Fields_are_read_whatever_their_casing()
    {
        var activity = ProtocolJson.Deserialize("""{"Type":"message","TEXT":"hi","From":{"ID":"u1"}}""");

        Assert.Equal("message", activity.Type);
        Assert.Equal("hi", activity.Text);
        Assert.Equal("u1", activity.From!.Id);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"type\":")]
    [InlineData("[1,2]")]
    public void Malformed_bodies_throw_a_json_exception(string json)
    {
        Assert.ThrowsAny<JsonException>(() => ProtocolJson.Deserialize(json));
    }

    private static string ReadExample(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "Examples", file));

    /// <summary>Writes every date in one form, so that equal instants compare equal whatever their notation.</summary>
    private static JsonNode Normalise(JsonNode node)
    {
        foreach (var field in DateFields)
        {
            if (node[field] is JsonValue value && value.TryGetValue<string>(out var text))
            {
                node[field] = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).ToString("O", CultureInfo.InvariantCulture);
            }
        }

        return node;
    }
}
