using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsClean.Core.Model;

namespace NewsClean.Core.Tests.Metamorphic;

/// <summary>
/// What a user reads from an article, written one field a line so two outputs compare as text. White space is folded
/// (NBSP and trailing spaces are layout) and digits are written in Western form (a digit system is no content).
/// </summary>
internal static class Snapshot
{
    public static string Of(CleanArticle article) => string.Join("\n", Fields(article, string.Empty));

    /// <summary>The first line where two snapshots differ, both sides.</summary>
    public static string Difference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "(none)";
            var y = i < b.Length ? b[i] : "(none)";
            if (x != y)
            {
                return "expected " + Clip(x) + "\n     got " + Clip(y);
            }
        }

        return "(no difference)";
    }

    public static string Fold(string? text)
    {
        if (text is null)
        {
            return "<null>";
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = WesternDigit(raw);
            if (char.IsWhiteSpace(c) || c == '\u200E' || c == '\u200F' || c == '\uFEFF')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static string Day(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "<null>";

    private static IEnumerable<string> Fields(CleanArticle article, string prefix)
    {
        yield return prefix + "title: " + Fold(article.Title);
        yield return prefix + "site: " + Fold(article.Site);
        yield return prefix + "scraped: " + (article.ScrapedAt?.ToString("o", CultureInfo.InvariantCulture) ?? "<null>");
        yield return prefix + "published: " + Day(article.PublishedAt);
        yield return prefix + "source: " + Fold(article.Source);
        yield return prefix + "byline: " + Fold(article.Byline);
        yield return prefix + "keywords: " + string.Join(" | ", article.Keywords.Select(Fold));
        // Related titles are a set (the order of two blocks is layout), as the scorer reads them.
        yield return prefix + "related: " + string.Join(" | ", article.RelatedTitles.Select(Fold).OrderBy(t => t, StringComparer.Ordinal));
        yield return prefix + "embedded: " + article.EmbeddedArticles.Count;
        for (var i = 0; i < article.EmbeddedArticles.Count; i++)
        {
            foreach (var line in Fields(article.EmbeddedArticles[i], prefix + "embedded[" + i + "]."))
            {
                yield return line;
            }
        }

        var paragraph = 0;
        foreach (var p in article.Paragraphs)
        {
            yield return prefix + "body[" + paragraph++ + "]: " + Fold(p);
        }
    }

    private static char WesternDigit(char c)
    {
        if (c >= '\u0660' && c <= '\u0669')
        {
            return (char)('0' + (c - '\u0660'));
        }

        return c >= '\u06F0' && c <= '\u06F9' ? (char)('0' + (c - '\u06F0')) : c;
    }

    private static string Clip(string s) => s.Length > 240 ? s.Substring(0, 240) + "…" : s;
}
