using SurveyBot.BotFramework.Dialogs.Choices;
using SurveyBot.BotFramework.Dialogs.Prompts;

namespace SurveyBot.BotFramework.Tests.Dialogs.Prompts;

public sealed class MultiChoicePromptTests
{
    private static readonly PromptOptions Topics = PromptOptions.Ask("What stood out?", "Pick one or more, e.g. \"1 and 3\".") with
    {
        Choices = [new("Price"), new("Staff") { Synonyms = ["people"] }, new("Speed"), new("Quality")],
    };

    private static string Describe(object? result) =>
        "picked " + string.Join("+", ((IReadOnlyList<FoundChoice>)result!).Select(c => c.Value));

    [Theory]
    [InlineData("1 and 3", "Price+Speed")]
    [InlineData("price, staff", "Price+Staff")]
    [InlineData("2, 4", "Staff+Quality")]
    [InlineData("the first and the third", "Price+Speed")]
    [InlineData("quality", "Quality")]
    [InlineData("the people and price", "Staff+Price")]
    public async Task Multi_choice_prompt_recognises_several_choices_in_one_answer(string answer, string expected)
    {
        await PromptHarness.Flow(new MultiChoicePrompt("topics"), Topics, Describe)
            .Send("hi").AssertReply("What stood out?")
            .Send(answer).AssertReply(expected.Insert(0, "picked "))
            .StartTestAsync();
    }

    [Fact]
    public async Task Multi_choice_prompt_reprompts_when_a_part_names_no_choice()
    {
        await PromptHarness.Flow(new MultiChoicePrompt("topics"), Topics, Describe)
            .Send("hi").AssertReply("What stood out?")
            .Send("price and weather").AssertReply("Pick one or more, e.g. \"1 and 3\".")
            .StartTestAsync();
    }

    [Fact]
    public async Task Multi_choice_prompt_enforces_how_many_may_be_picked()
    {
        await PromptHarness.Flow(new MultiChoicePrompt("topics"), Topics with { Validations = new PromptValidations(Max: 2) }, Describe)
            .Send("hi").AssertReply("What stood out?")
            .Send("1, 2 and 3").AssertReply("Please pick at most 2.")
            .Send("1 and 2").AssertReply("picked Price+Staff")
            .StartTestAsync();
    }
}
