namespace SurveyBot.BotFramework.Adapter;

/// <summary>
/// A turn's place among those allowed to run their bot code at once (<see cref="BotAdapterOptions.MaxConcurrentTurns"/>).
/// It is given back when the turn starts saving its state, since the work left is waiting for
/// storage, or when the turn ends, whichever comes first.
/// </summary>
internal sealed class TurnAdmission
{
    private const string TurnStateKey = "SurveyBot.TurnAdmission";

    private readonly SemaphoreSlim _places;
    private int _left;

    private TurnAdmission(SemaphoreSlim places) => _places = places;

    /// <summary>Waits, in arrival order, for a place; null when <paramref name="places"/> is null (no limit).</summary>
    public static async Task<TurnAdmission?> EnterAsync(SemaphoreSlim? places, CancellationToken cancellationToken)
    {
        if (places is null)
        {
            return null;
        }

        await places.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new TurnAdmission(places);
    }

    /// <summary>Gives back the place of the turn <paramref name="turnContext"/> belongs to, if it still holds one.</summary>
    public static void Leave(ITurnContext turnContext)
    {
        if (turnContext.TurnState.TryGetValue(TurnStateKey, out var admission))
        {
            ((TurnAdmission)admission).Leave();
        }
    }

    /// <summary>Lets the turn's bot code give the place back through its context.</summary>
    public void Attach(ITurnContext turnContext) => turnContext.TurnState[TurnStateKey] = this;

    public void Leave()
    {
        if (Interlocked.Exchange(ref _left, 1) == 0)
        {
            _places.Release();
        }
    }
}
