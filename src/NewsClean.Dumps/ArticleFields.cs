using System.Collections.Generic;

namespace NewsClean.Dumps;

/// <summary>
/// The one list of fields every host writes for a <see cref="Core.Model.CleanArticle"/> (newsclean's JSON Lines,
/// Export-CleanArticle's JSON Lines and CSV), in this order. The names are the CleanArticle property names, so
/// <c>ConvertFrom-Json</c>, <c>Import-Csv</c> and eval/score.py read them as the objects the module emits.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Every field is always written, so every line has the same shape: a missing value is <c>null</c>, an empty list <c>[]</c>.</item>
/// <item>Dates are ISO 8601 round-trip ("o": <c>2025-01-14T00:00:00.0000000+02:00</c>), in the offset the engine found.</item>
/// <item><c>Paragraphs</c> is not written: paragraphs are single lines, and <c>Body</c> is exactly them joined by a blank line.</item>
/// <item><c>IsValid</c> is <c>null</c> and <c>ValidationIssues</c> <c>[]</c> unless the article was validated.</item>
/// <item>Findings carry where the removed text was and what it was; their extracted values are in the article's fields.</item>
/// <item>In CSV, a field holding a list or objects is the same JSON text as in the JSON output.</item>
/// </list>
/// </remarks>
public static class ArticleFields
{
    /// <summary>Top-level fields, in output order.</summary>
    public static readonly IReadOnlyList<string> Article = new[]
    {
        "SourcePath", "SourceId", "Url", "Title", "Body", "PublishedAt", "ModifiedAt", "ScrapedAt", "Site", "Source", "Byline",
        "Keywords", "RelatedTitles", "EmbeddedArticles", "Encoding", "WordCount", "IsValid", "ValidationIssues", "Findings",
    };

    /// <summary>Fields of each item of <c>EmbeddedArticles</c>.</summary>
    public static readonly IReadOnlyList<string> EmbeddedArticle = new[] { "Title", "Body", "Site", "Byline", "Source", "PublishedAt" };

    /// <summary>Fields of each item of <c>ValidationIssues</c>.</summary>
    public static readonly IReadOnlyList<string> ValidationIssue = new[] { "Code", "Severity", "PropertyName", "Message" };

    /// <summary>Fields of each item of <c>Findings</c>.</summary>
    public static readonly IReadOnlyList<string> Finding = new[] { "RuleId", "StartLine", "EndLine", "Start", "Length", "Text" };
}
