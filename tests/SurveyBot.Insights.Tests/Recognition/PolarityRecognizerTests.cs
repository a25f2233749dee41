using SurveyBot.Insights.Recognition;

namespace SurveyBot.Insights.Tests.Recognition;

public sealed class PolarityRecognizerTests
{
    [Theory]
    [InlineData("it was bad", "negative")]
    [InlineData("Negative", "negative")]
    [InlineData("great", "positive")]
    [InlineData("Positive", "positive")]
    [InlineData("a bit of both", "mixed")]
    [InlineData("Mixed", "mixed")]
    [InlineData("not great tbh", "negative")]
    [InlineData("not bad at all", "positive")]
    [InlineData("terible 😡", "negative")]
    public void Short_answers_map_to_a_polarity(string answer, string expected) =>
        Assert.Equal(expected, PolarityRecognizer.Recognize(answer));

    [Theory]
    [InlineData("")]
    [InlineData("what do you mean?")]
    public void Answers_without_a_verdict_give_null(string answer) =>
        Assert.Null(PolarityRecognizer.Recognize(answer));
}
