using SurveyBot.Cli.Commands;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await CommandCatalog.RunAsync(args, Console.In, Console.Out, Console.Error, cancellation.Token);
