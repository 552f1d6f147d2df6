using System;
using NewsClean.Core.Model;

namespace NewsClean.Core;

/// <summary>What the cleaner made of one document: an article, or the reason there is none.</summary>
public sealed class CleanResult
{
    private CleanResult(string originalText, CleanArticle? article, DocumentError? error)
    {
        OriginalText = originalText;
        Article = article;
        Error = error;
    }

    /// <summary>The decoded text every finding's span points into.</summary>
    public string OriginalText { get; }

    public CleanArticle? Article { get; }

    public DocumentError? Error { get; }

    public bool IsSuccess => Article is not null;

    public static CleanResult Success(string originalText, CleanArticle article) =>
        new CleanResult(originalText, article ?? throw new ArgumentNullException(nameof(article)), null);

    public static CleanResult Failure(string originalText, DocumentError error) =>
        new CleanResult(originalText, null, error ?? throw new ArgumentNullException(nameof(error)));
}
