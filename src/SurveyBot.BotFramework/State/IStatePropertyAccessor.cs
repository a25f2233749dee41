using SurveyBot.BotFramework.Adapter;

namespace SurveyBot.BotFramework.State;

/// <summary>A typed property of conversation or user state, read and written within a turn.</summary>
/// <typeparam name="T">The property's type, serialised as JSON.</typeparam>
public interface IStatePropertyAccessor<T>
{
    /// <summary>The property's name in the state document.</summary>
    string Name { get; }

    /// <summary>Returns the property's value, creating it with <paramref name="defaultValueFactory"/> when absent.</summary>
    Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default);

    /// <summary>Returns the property's value, or null when absent.</summary>
    Task<T?> GetOrDefaultAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);

    /// <summary>Sets the property's value for this turn; it is stored when the state is saved.</summary>
    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    /// <summary>Removes the property; the removal is stored when the state is saved.</summary>
    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
