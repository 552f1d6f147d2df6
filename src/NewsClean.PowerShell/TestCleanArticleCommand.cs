using System.Management.Automation;
using NewsClean.Core.Model;

namespace NewsClean.PowerShell;

/// <summary>
/// <c>Test-CleanArticle</c>: validates articles (from <c>Get-CleanArticle</c>, or anything it takes: files, text,
/// dump records) and writes one result per article with its issues, or only <c>$true</c>/<c>$false</c> with -Quiet.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "CleanArticle", DefaultParameterSetName = ArticleParameterSet)]
[OutputType(typeof(ArticleValidationResult), typeof(bool))]
public sealed class TestCleanArticleCommand : CleanArticleCommandBase
{
    private const string ArticleParameterSet = "Article";

    /// <summary>Articles to validate, as written by Get-CleanArticle.</summary>
    [Parameter(ParameterSetName = ArticleParameterSet, Mandatory = true, Position = 0, ValueFromPipeline = true)]
    public CleanArticle[] InputObject { get; set; } = System.Array.Empty<CleanArticle>();

    /// <summary>Write only $true or $false per article.</summary>
    [Parameter]
    public SwitchParameter Quiet { get; set; }

    protected override bool Validates => true;

    protected override void ProcessRecord()
    {
        if (ParameterSetName != ArticleParameterSet)
        {
            base.ProcessRecord();
            return;
        }

        foreach (var article in InputObject)
        {
            if (IsStopping)
            {
                return;
            }

            if (article is null)
            {
                continue;
            }

            CleanArticle validated;
            try
            {
                validated = Validator!.ValidateArticle(article);
            }
            catch (System.Exception ex) when (ex is not System.OutOfMemoryException)
            {
                // One article the validator cannot read must not end the pipeline: its error, and the next one.
                WriteError(new ErrorRecord(new System.InvalidOperationException(NewsClean.Documents.DocumentEngine.Describe(ex), ex), NewsClean.Core.DocumentError.InternalError, ErrorCategory.NotSpecified, article));
                OnDocumentFailed();
                continue;
            }

            OnArticle(validated);
        }
    }

    /// <summary>With -Quiet every input still gets its answer: a document that cannot be cleaned is not valid.</summary>
    protected override void OnDocumentFailed()
    {
        if (Quiet.IsPresent)
        {
            WriteObject(false);
        }
    }

    protected override void OnArticle(CleanArticle article)
    {
        if (Quiet.IsPresent)
        {
            WriteObject(article.IsValid == true);
            return;
        }

        WriteObject(new ArticleValidationResult(article));
    }
}
