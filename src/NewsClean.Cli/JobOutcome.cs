namespace NewsClean.Cli;

/// <summary>What one job produced: the text to write (a JSON line or a text article), or an error.</summary>
internal readonly struct JobOutcome
{
    private JobOutcome(string? output, CliError? error)
    {
        Output = output;
        Error = error;
    }

    public string? Output { get; }

    public CliError? Error { get; }

    public static JobOutcome Written(string output) => new JobOutcome(output, null);

    public static JobOutcome Failed(CliError error) => new JobOutcome(null, error);
}
