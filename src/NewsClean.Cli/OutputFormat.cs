namespace NewsClean.Cli;

/// <summary>What <c>--format</c> writes for each article.</summary>
internal enum OutputFormat
{
    /// <summary>One JSON object per line, the fields of <see cref="Dumps.ArticleFields"/>.</summary>
    Jsonl,

    /// <summary>Title, blank line, body; articles separated by a form-feed line.</summary>
    Text,
}
