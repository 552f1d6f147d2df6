using System;
using System.Text;
using NewsClean.Core.Model;

namespace NewsClean.Dumps;

/// <summary>
/// An article as plain text, for reading or for corpora that want only the words: the title, a blank line, then the
/// body (paragraphs separated by a blank line), ending with "\n". Without a title, the body alone.
/// </summary>
public static class ArticleTextFormatter
{
    /// <summary>Separates articles written one after another into one text stream: a line holding only a form feed.</summary>
    public const string ArticleSeparator = "\f\n";

    public static string Format(CleanArticle article)
    {
        if (article is null)
        {
            throw new ArgumentNullException(nameof(article));
        }

        var builder = new StringBuilder((article.Title?.Length ?? 0) + article.Body.Length + 4);
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            builder.Append(article.Title).Append("\n\n");
        }

        return builder.Append(article.Body).Append('\n').ToString();
    }
}
