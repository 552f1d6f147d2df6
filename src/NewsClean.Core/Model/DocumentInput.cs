using System;

namespace NewsClean.Core.Model;

/// <summary>
/// A document handed to the cleaner: its text (or raw bytes) and what the host already knows about it
/// (the fields of a dump record, the file it came from).
/// </summary>
public sealed class DocumentInput
{
    public DocumentInput(string text)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    public DocumentInput(byte[] bytes)
    {
        Bytes = bytes ?? throw new ArgumentNullException(nameof(bytes));
    }

    public string? Text { get; }

    public byte[]? Bytes { get; }

    public string? SourcePath { get; set; }

    /// <summary>A title given beside the text (dump record field); wins over one found in the text.</summary>
    public string? Title { get; set; }

    public string? Url { get; set; }

    /// <summary>A date given beside the text (dump record field), parsed with the same date parser.</summary>
    public string? Date { get; set; }

    public string? Source { get; set; }

    public string? SourceId { get; set; }

    /// <summary>The outlet, when the host knows it (og:site_name, a record field); wins over one found in the text.</summary>
    public string? Site { get; set; }

    public string? Byline { get; set; }

    /// <summary>A publish date the host already parsed (page metadata); wins over <see cref="Date"/> and dates in the text.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? ModifiedAt { get; set; }

    /// <summary>Keywords the host already knows (meta keywords, article:tag); merged before those found in the text.</summary>
    public System.Collections.Generic.IReadOnlyList<string>? Keywords { get; set; }
}
