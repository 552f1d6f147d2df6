namespace NewsClean.Cli;

/// <summary>How <c>--input</c> says inputs are read.</summary>
internal enum InputMode
{
    /// <summary>By file extension (.jsonl, .jsonl.gz, .json are dumps); stdin is a dump when it starts with '{'.</summary>
    Auto,

    /// <summary>Every input is a dump (JSON Lines, gzip-compressed or not, or a JSON array).</summary>
    Jsonl,

    /// <summary>Every input is one raw document.</summary>
    Text,
}
