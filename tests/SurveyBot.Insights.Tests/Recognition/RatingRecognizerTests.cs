using SurveyBot.Insights.Recognition;

namespace SurveyBot.Insights.Tests.Recognition;

public sealed class RatingRecognizerTests
{
    [Theory]
    [InlineData("4", 4)]
    [InlineData("4.5", 4.5)]
    [InlineData("four and a half", 4.5)]
    [InlineData("4/5", 4)]
    [InlineData("four stars", 4)]
    [InlineData("three", 3)]
    [InlineData("  Five ", 5)]
    [InlineData("4 out of 5", 4)]
    [InlineData("four out of five", 4)]
    [InlineData("8/10", 4)]
    [InlineData("I'd give them a 2", 2)]
    [InlineData("one star, never again", 1)]
    public void Ratings_in_common_forms_are_recognised(string answer, double expected) =>
        Assert.Equal(expected, RatingRecognizer.Recognize(answer));

    [Theory]
    [InlineData("")]
    [InlineData("skip")]
    [InlineData("no idea")]
    [InlineData("42")]
    public void Answers_without_a_rating_give_null(string answer) =>
        Assert.Null(RatingRecognizer.Recognize(answer));
}
