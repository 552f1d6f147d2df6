using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsClean.Core.Model;

namespace NewsClean.Dumps.Writing;

/// <summary>
/// Serializes articles field by field in the order of <see cref="ArticleFields"/>: the list drives the output, so
/// the order cannot drift from what is documented. Stable: the same article always gives the same bytes.
/// </summary>
internal static class ArticleJson
{
    public static StringBuilder AppendArticle(StringBuilder builder, CleanArticle article)
    {
        builder.Append('{');
        var fields = ArticleFields.Article;
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            JsonText.AppendString(builder, fields[i]).Append(':');
            AppendValue(builder, fields[i], article);
        }

        return builder.Append('}');
    }

    /// <summary>The JSON value of one top-level field.</summary>
    public static StringBuilder AppendValue(StringBuilder builder, string field, CleanArticle article)
    {
        switch (field)
        {
            case "SourcePath":
                return JsonText.AppendString(builder, article.SourcePath);
            case "SourceId":
                return JsonText.AppendString(builder, article.SourceId);
            case "Url":
                return JsonText.AppendString(builder, article.Url);
            case "Title":
                return JsonText.AppendString(builder, article.Title);
            case "Body":
                return JsonText.AppendString(builder, article.Body);
            case "PublishedAt":
                return AppendDate(builder, article.PublishedAt);
            case "ModifiedAt":
                return AppendDate(builder, article.ModifiedAt);
            case "ScrapedAt":
                return AppendDate(builder, article.ScrapedAt);
            case "Site":
                return JsonText.AppendString(builder, article.Site);
            case "Source":
                return JsonText.AppendString(builder, article.Source);
            case "Byline":
                return JsonText.AppendString(builder, article.Byline);
            case "Keywords":
                return AppendStrings(builder, article.Keywords);
            case "RelatedTitles":
                return AppendStrings(builder, article.RelatedTitles);
            case "EmbeddedArticles":
                return AppendList(builder, article.EmbeddedArticles, ArticleFields.EmbeddedArticle, AppendEmbeddedField);
            case "Encoding":
                return JsonText.AppendString(builder, article.Encoding);
            case "WordCount":
                return builder.Append(article.WordCount.ToString(CultureInfo.InvariantCulture));
            case "IsValid":
                return builder.Append(article.IsValid is null ? "null" : article.IsValid.Value ? "true" : "false");
            case "ValidationIssues":
                return AppendList(builder, article.ValidationIssues, ArticleFields.ValidationIssue, AppendIssueField);
            case "Findings":
                return AppendList(builder, article.Findings, ArticleFields.Finding, AppendFindingField);
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, "Not a field of ArticleFields.Article.");
        }
    }

    /// <summary>ISO 8601 round-trip form ("o"), culture-independent.</summary>
    public static string FormatDate(DateTimeOffset value) => value.ToString("o", CultureInfo.InvariantCulture);

    private static StringBuilder AppendDate(StringBuilder builder, DateTimeOffset? value) =>
        value is null ? builder.Append("null") : builder.Append('"').Append(FormatDate(value.Value)).Append('"');

    private static StringBuilder AppendInt(StringBuilder builder, int value) => builder.Append(value.ToString(CultureInfo.InvariantCulture));

    private static StringBuilder AppendStrings(StringBuilder builder, IReadOnlyList<string> values)
    {
        builder.Append('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            JsonText.AppendString(builder, values[i]);
        }

        return builder.Append(']');
    }

    private static StringBuilder AppendList<T>(StringBuilder builder, IReadOnlyList<T> items, IReadOnlyList<string> fields, Func<StringBuilder, string, T, StringBuilder> appendField)
    {
        builder.Append('[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append('{');
            for (var f = 0; f < fields.Count; f++)
            {
                if (f > 0)
                {
                    builder.Append(',');
                }

                JsonText.AppendString(builder, fields[f]).Append(':');
                appendField(builder, fields[f], items[i]);
            }

            builder.Append('}');
        }

        return builder.Append(']');
    }

    private static StringBuilder AppendEmbeddedField(StringBuilder builder, string field, CleanArticle embedded) =>
        field switch
        {
            "Title" => JsonText.AppendString(builder, embedded.Title),
            "Body" => JsonText.AppendString(builder, embedded.Body),
            "Site" => JsonText.AppendString(builder, embedded.Site),
            "Byline" => JsonText.AppendString(builder, embedded.Byline),
            "Source" => JsonText.AppendString(builder, embedded.Source),
            "PublishedAt" => AppendDate(builder, embedded.PublishedAt),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a field of ArticleFields.EmbeddedArticle."),
        };

    private static StringBuilder AppendIssueField(StringBuilder builder, string field, ValidationIssue issue) =>
        field switch
        {
            "Code" => JsonText.AppendString(builder, issue.Code),
            "Severity" => JsonText.AppendString(builder, issue.Severity.ToString()),
            "PropertyName" => JsonText.AppendString(builder, issue.PropertyName),
            "Message" => JsonText.AppendString(builder, issue.Message),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a field of ArticleFields.ValidationIssue."),
        };

    private static StringBuilder AppendFindingField(StringBuilder builder, string field, Finding finding) =>
        field switch
        {
            "RuleId" => JsonText.AppendString(builder, finding.RuleId),
            "StartLine" => AppendInt(builder, finding.StartLine),
            "EndLine" => AppendInt(builder, finding.EndLine),
            "Start" => AppendInt(builder, finding.Start),
            "Length" => AppendInt(builder, finding.Length),
            "Text" => JsonText.AppendString(builder, finding.Text),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a field of ArticleFields.Finding."),
        };
}
