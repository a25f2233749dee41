using SurveyBot.BotFramework.Adapter;

namespace SurveyBot.BotFramework.State;

/// <summary>
/// An append-only list in conversation or user state, for logs that grow every turn: appending
/// serialises only the new items and splices them onto the stored JSON array, which is parsed only
/// when the list is read. A turn therefore costs the same whether the list holds ten items or a
/// thousand.
/// </summary>
/// <typeparam name="T">The type of an item, serialised as JSON.</typeparam>
public interface IStateListAccessor<T>
{
    /// <summary>The list's name in the state document; no property accessor may use the same name.</summary>
    string Name { get; }

    /// <summary>Adds <paramref name="items"/> at the end of the list; they are stored when the state is saved.</summary>
    Task AppendAsync(ITurnContext turnContext, IEnumerable<T> items, CancellationToken cancellationToken = default);

    /// <summary>Returns every item: those stored, then those appended in this turn.</summary>
    Task<IReadOnlyList<T>> ReadAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns every item as one UTF-8 JSON array, the stored items as they were stored and those
    /// appended in this turn after them, for passing the list on without reading it into objects.
    /// </summary>
    Task<ReadOnlyMemory<byte>> ReadJsonAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);

    /// <summary>Empties the list, items appended in this turn included; the removal is stored when the state is saved.</summary>
    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
