namespace NewsClean.Dumps;

/// <summary>
/// One record of a scraped-news dump (a JSONL line, or an element of a JSON array), or the reason it could not be read.
/// </summary>
/// <remarks>
/// Field names are matched case-insensitively (ASCII): <c>id</c> (or <c>_id</c>); the text from the first of
/// <c>content</c>, <c>text</c>, <c>body</c>, <c>html</c> that holds a non-empty string; <c>title</c>; <c>url</c>;
/// <c>date</c> (or <c>date_extracted</c>); <c>source</c>. Other fields are skipped without being decoded. A number or
/// boolean is kept as its JSON text; an object or array where a string is expected counts as absent. When a key
/// appears twice the last one wins, as in most JSON readers.
/// </remarks>
public sealed class DumpRecord
{
    internal DumpRecord(string? sourcePath, long lineNumber)
    {
        SourcePath = sourcePath;
        LineNumber = lineNumber;
    }

    /// <summary>The dump file, or null for a stream without a name (standard input).</summary>
    public string? SourcePath { get; }

    /// <summary>1-based line of the dump where the record starts.</summary>
    public long LineNumber { get; }

    public string? Id { get; internal set; }

    /// <summary>The document: the first non-empty of content, text, body, html; null when the record has none.</summary>
    public string? Text { get; internal set; }

    /// <summary>True when <see cref="Text"/> came from the <c>html</c> field.</summary>
    public bool IsHtml { get; internal set; }

    public string? Title { get; internal set; }

    public string? Url { get; internal set; }

    /// <summary>The record's date as written (date, else date_extracted); the engine parses it.</summary>
    public string? Date { get; internal set; }

    public string? Source { get; internal set; }

    /// <summary>Why the record could not be read (malformed JSON, not an object, too large), or null for a good record.</summary>
    public string? RawError { get; internal set; }

    public bool IsError => RawError is not null;

    public override string ToString() =>
        (SourcePath ?? "-") + ":" + LineNumber + (RawError is null ? " " + (Id ?? Title ?? string.Empty) : ": " + RawError);
}
