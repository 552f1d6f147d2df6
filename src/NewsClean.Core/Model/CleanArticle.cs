using System;
using System.Collections.Generic;

namespace NewsClean.Core.Model;

/// <summary>An article cleaned from one document: the article's own text, its metadata and every removal explained.</summary>
public sealed class CleanArticle
{
    public CleanArticle(
        string? title,
        IReadOnlyList<string> paragraphs,
        ArticleMetadata metadata,
        IReadOnlyList<CleanArticle> embeddedArticles,
        IReadOnlyList<Finding> findings,
        string? sourcePath,
        string? encoding)
    {
        Title = title;
        Paragraphs = paragraphs ?? throw new ArgumentNullException(nameof(paragraphs));
        Body = string.Join("\n\n", paragraphs);
        var metadataValue = metadata ?? throw new ArgumentNullException(nameof(metadata));
        Site = metadataValue.Site;
        ScrapedAt = metadataValue.ScrapedAt;
        PublishedAt = metadataValue.PublishedAt;
        ModifiedAt = metadataValue.ModifiedAt;
        Source = metadataValue.Source;
        Byline = metadataValue.Byline;
        Url = metadataValue.Url;
        SourceId = metadataValue.SourceId;
        Keywords = metadataValue.Keywords;
        RelatedTitles = metadataValue.RelatedTitles;
        EmbeddedArticles = embeddedArticles ?? throw new ArgumentNullException(nameof(embeddedArticles));
        Findings = findings ?? throw new ArgumentNullException(nameof(findings));
        SourcePath = sourcePath;
        Encoding = encoding;
        WordCount = Engine.TextTools.CountWords(Body);
    }

    public string? Title { get; }

    /// <summary>The article's own paragraphs, verbatim apart from trimming, separated by one blank line.</summary>
    public string Body { get; }

    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>The outlet that published the page (header line, aggregator line, TREC SRC).</summary>
    public string? Site { get; }

    public DateTimeOffset? ScrapedAt { get; }

    public DateTimeOffset? PublishedAt { get; }

    public DateTimeOffset? ModifiedAt { get; }

    /// <summary>The named source of an attribution line (المصدر: ...).</summary>
    public string? Source { get; }

    public string? Byline { get; }

    public string? Url { get; }

    /// <summary>The record id of a dump record this article came from.</summary>
    public string? SourceId { get; }

    public IReadOnlyList<string> Keywords { get; }

    public IReadOnlyList<string> RelatedTitles { get; }

    /// <summary>Whole secondary articles recovered from read-also blocks.</summary>
    public IReadOnlyList<CleanArticle> EmbeddedArticles { get; }

    public IReadOnlyList<Finding> Findings { get; }

    public string? SourcePath { get; }

    /// <summary>The encoding the document was decoded with (web name, e.g. utf-8, windows-1256).</summary>
    public string? Encoding { get; }

    public int WordCount { get; }

    /// <summary>Null until the article was validated; then true when no issue has Error severity.</summary>
    public bool? IsValid { get; private set; }

    /// <summary>What validation found (empty until validated).</summary>
    public IReadOnlyList<ValidationIssue> ValidationIssues { get; private set; } = Array.Empty<ValidationIssue>();

    /// <summary>A copy of this article carrying the outcome of validation.</summary>
    public CleanArticle WithValidation(IReadOnlyList<ValidationIssue> issues)
    {
        if (issues is null)
        {
            throw new ArgumentNullException(nameof(issues));
        }

        var copy = (CleanArticle)MemberwiseClone();
        copy.ValidationIssues = issues;
        var valid = true;
        foreach (var issue in issues)
        {
            valid &= issue.Severity != RuleSeverity.Error;
        }

        copy.IsValid = valid;
        return copy;
    }

    public override string ToString() => Title ?? (Body.Length > 60 ? Body.Substring(0, 60) + "…" : Body);
}
