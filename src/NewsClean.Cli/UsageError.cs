namespace NewsClean.Cli;

/// <summary>Why a command line cannot run: a PascalCase id and a sentence for the user.</summary>
internal sealed class UsageError
{
    public const string UnknownCommand = nameof(UnknownCommand);
    public const string UnknownOption = nameof(UnknownOption);
    public const string MissingValue = nameof(MissingValue);
    public const string InvalidValue = nameof(InvalidValue);
    public const string UnknownRule = nameof(UnknownRule);
    public const string NoInput = nameof(NoInput);

    public UsageError(string id, string message)
    {
        Id = id;
        Message = message;
    }

    public string Id { get; }

    public string Message { get; }
}
