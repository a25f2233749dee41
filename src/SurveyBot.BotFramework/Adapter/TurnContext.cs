using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Adapter;

/// <summary>
/// The context of one turn. Outgoing messages are held in <see cref="SentActivities"/> until the
/// adapter delivers them after the turn; typing indicators go to <c>sendImmediately</c> at once.
/// </summary>
public sealed class TurnContext : ITurnContext
{
    private readonly List<Activity> _sent = [];
    private readonly Func<Activity, CancellationToken, Task>? _sendImmediately;
    private int _nextReplyNumber;

    /// <summary>Creates the context for one inbound activity.</summary>
    /// <param name="activity">The inbound activity.</param>
    /// <param name="sendImmediately">Delivers activities that must not wait for the end of the turn (typing); null drops them.</param>
    public TurnContext(Activity activity, Func<Activity, CancellationToken, Task>? sendImmediately = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Activity = activity;
        _sendImmediately = sendImmediately;
    }

    /// <inheritdoc />
    public Activity Activity { get; }

    /// <inheritdoc />
    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Responded { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<Activity> SentActivities => _sent;

    /// <inheritdoc />
    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Activity.ApplyReplyAddress(activity);
        if (activity.Type == ActivityTypes.Typing)
        {
            if (_sendImmediately is not null)
            {
                await _sendImmediately(activity, cancellationToken).ConfigureAwait(false);
            }

            return new ResourceResponse(string.Empty);
        }

        // A provisional id that is unique within the turn; the channel may assign its own on delivery.
        activity.Id ??= string.Concat(Activity.Id ?? "turn", "|", (++_nextReplyNumber).ToString(System.Globalization.CultureInfo.InvariantCulture));
        _sent.Add(activity);
        if (activity.Type == ActivityTypes.Message)
        {
            Responded = true;
        }

        return new ResourceResponse(activity.Id);
    }
}
