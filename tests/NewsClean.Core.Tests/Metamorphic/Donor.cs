using System;
using System.Collections.Generic;
using System.Linq;
using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Tests.Metamorphic;

/// <summary>
/// A whole article taken from another document's output, to be written inside a read-also block. Only articles
/// whose every paragraph reads as a sentence qualify: a short line inside a read-also block opens a new item
/// (a title), so an article with subheadings has no single expected reading there.
/// </summary>
internal sealed class Donor
{
    /// <summary>An appended article stays small so thousands of cases stay fast.</summary>
    private const int MaxParagraphs = 8;

    /// <summary>A paragraph shorter than this could be read as a title line.</summary>
    private const int MinParagraphWords = 12;

    private const int MaxTitleWords = 20;

    private Donor(string from, string title, IReadOnlyList<string> paragraphs, string? source)
    {
        From = from;
        Title = title;
        Paragraphs = paragraphs;
        Source = source;
    }

    public string From { get; }

    public string Title { get; }

    public IReadOnlyList<string> Paragraphs { get; }

    public string? Source { get; }

    public static Donor? Of(string name, CleanArticle article)
    {
        var title = article.Title?.Trim();
        if (title is null || !IsTitleLine(title) || article.Paragraphs.Count == 0 || article.Paragraphs.Count > MaxParagraphs
            || !article.Paragraphs.All(IsSentence))
        {
            return null;
        }

        var source = article.Source is { } s && TextTools.CountWords(s) <= 6 && s.IndexOf(':') < 0 ? s.Trim() : null;
        return new Donor(name, title, article.Paragraphs, source);
    }

    /// <summary>A line a reader takes for a headline: a few words, not ending like a sentence or a label.</summary>
    public static bool IsTitleLine(string text)
    {
        var words = TextTools.CountWords(text);
        var last = text[text.Length - 1];
        return words >= 3 && words <= MaxTitleWords && ".،,:؛".IndexOf(last) < 0 && !text.EndsWith("..", StringComparison.Ordinal)
            && "•·*▪●■◦►▸-–".IndexOf(text[0]) < 0 && !char.IsDigit(text[0]) && text.IndexOf(':') < 0
            && !Spellings.ReadAlso.Any(m => text.StartsWith(m, StringComparison.Ordinal));
    }

    private static bool IsSentence(string paragraph) =>
        TextTools.CountWords(paragraph) >= MinParagraphWords && TextTools.EndsLikeSentence(paragraph) && paragraph.IndexOf('\n') < 0
        && !paragraph.EndsWith(":", StringComparison.Ordinal) && !Spellings.SourceLabels.Any(l => paragraph.StartsWith(l, StringComparison.Ordinal));
}
