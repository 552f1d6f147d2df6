using System;
using System.Collections.Generic;

namespace NewsClean.Core.Model;

/// <summary>Metadata extracted from a document, gathered before the article is assembled.</summary>
public sealed class ArticleMetadata
{
    public static readonly ArticleMetadata Empty = new ArticleMetadata();

    public string? Site { get; set; }

    public DateTimeOffset? ScrapedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? ModifiedAt { get; set; }

    public string? Source { get; set; }

    public string? Byline { get; set; }

    public string? Url { get; set; }

    public string? SourceId { get; set; }

    public IReadOnlyList<string> Keywords { get; set; } = Array.Empty<string>();

    public IReadOnlyList<string> RelatedTitles { get; set; } = Array.Empty<string>();
}
