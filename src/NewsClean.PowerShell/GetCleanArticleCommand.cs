using System.Linq;
using System.Management.Automation;
using NewsClean.Core.Model;

namespace NewsClean.PowerShell;

/// <summary>
/// <c>Get-CleanArticle</c>: cleans scraped news documents (files, or text with its dump-record fields) into
/// <see cref="CleanArticle"/> objects. A document that cannot be cleaned gets one non-terminating error and the
/// next one is processed.
/// </summary>
[Cmdlet(VerbsCommon.Get, "CleanArticle", DefaultParameterSetName = PathParameterSet)]
[OutputType(typeof(CleanArticle))]
public sealed class GetCleanArticleCommand : CleanArticleCommandBase
{
    /// <summary>Validate each article: fills IsValid and ValidationIssues.</summary>
    [Parameter]
    public SwitchParameter Validate { get; set; }

    /// <summary>With -Validate: write invalid articles as non-terminating errors (ArticleInvalid) instead of objects.</summary>
    [Parameter]
    public SwitchParameter SkipInvalid { get; set; }

    protected override bool Validates => Validate.IsPresent || SkipInvalid.IsPresent || ValidationSettings is not null;

    protected override void OnArticle(CleanArticle article)
    {
        if (SkipInvalid.IsPresent && article.IsValid == false)
        {
            var reasons = string.Join("; ", article.ValidationIssues.Where(i => i.Severity == RuleSeverity.Error).Select(i => i.Code + " " + i.Message));
            var name = article.SourcePath ?? article.Title ?? "article";
            WriteError(new ErrorRecord(
                new System.IO.InvalidDataException($"Article '{name}' is not valid: {reasons}"),
                ErrorIds.ArticleInvalid,
                ErrorCategory.InvalidData,
                article));
            return;
        }

        WriteObject(article);
    }
}
