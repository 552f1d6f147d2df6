using System.Collections.Generic;
using NewsClean.Core.Model;

namespace NewsClean.PowerShell;

/// <summary>What Test-CleanArticle found about one article.</summary>
public sealed class ArticleValidationResult
{
    public ArticleValidationResult(CleanArticle article)
    {
        Article = article;
    }

    public string? SourcePath => Article.SourcePath;

    public string? Title => Article.Title;

    public bool IsValid => Article.IsValid == true;

    public IReadOnlyList<ValidationIssue> Issues => Article.ValidationIssues;

    /// <summary>The validated article (with IsValid and ValidationIssues filled).</summary>
    public CleanArticle Article { get; }

    public override string ToString() => (IsValid ? "Valid" : "Invalid") + ": " + (SourcePath ?? Title);
}
