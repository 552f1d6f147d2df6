using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Security;
using System.Threading;
using NewsClean.Core;
using NewsClean.Core.Model;
using NewsClean.Core.Rules;
using NewsClean.Html;
using NewsClean.Validation;

namespace NewsClean.PowerShell;

/// <summary>
/// What <c>Get-CleanArticle</c> and <c>Test-CleanArticle</c> share: the inputs they take (files, or text with its
/// dump-record fields), the engine call, and one non-terminating error per document that cannot be cleaned.
/// </summary>
public abstract class CleanArticleCommandBase : PSCmdlet, IDisposable
{
    protected const string PathParameterSet = "Path";
    protected const string LiteralPathParameterSet = "LiteralPath";
    protected const string TextParameterSet = "Text";
    protected const string HtmlParameterSet = "Html";

    // File names that are HTML whatever their content looks like at the start.
    private static readonly HashSet<string> HtmlExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".xhtml", ".shtml",
    };

    // Below this many documents a progress bar would only flicker.
    private const int ProgressThreshold = 5;
    private const int ProgressActivityId = 1;
    private const string ProgressActivity = "Cleaning articles";

    private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
    private readonly HtmlArticleExtractor _html = new HtmlArticleExtractor();
    private ArticleCleaner? _cleaner;
    private CleanerOptions? _options;
    private FileSystemPathResolver? _resolver;
    private int _documentsDone;
    private bool _progressShown;

    /// <summary>Files to clean; wildcards are expanded.</summary>
    [Parameter(ParameterSetName = PathParameterSet, Mandatory = true, Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Files to clean, taken as written; bound from <c>Get-ChildItem</c> output through PSPath.</summary>
    [Parameter(ParameterSetName = LiteralPathParameterSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = Array.Empty<string>();

    /// <summary>The raw document text: a pipeline string, or the Text/Content/Body property of a record (an HTML page is recognised, see -Format).</summary>
    [Parameter(ParameterSetName = TextParameterSet, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Content", "Body")]
    [AllowNull]
    [AllowEmptyString]
    public string? Text { get; set; }

    /// <summary>An HTML page held in a record's Html property (crawler output, saved pages in a CSV or JSON dump).</summary>
    [Parameter(ParameterSetName = HtmlParameterSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [AllowNull]
    [AllowEmptyString]
    public string? Html { get; set; }

    /// <summary>A title known beside the text (dump record field); it wins over one found in the text.</summary>
    [Parameter(ParameterSetName = TextParameterSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = HtmlParameterSet, ValueFromPipelineByPropertyName = true)]
    public string? Title { get; set; }

    [Parameter(ParameterSetName = TextParameterSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = HtmlParameterSet, ValueFromPipelineByPropertyName = true)]
    public string? Url { get; set; }

    /// <summary>A publish date known beside the text, parsed like a date found in it.</summary>
    [Parameter(ParameterSetName = TextParameterSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = HtmlParameterSet, ValueFromPipelineByPropertyName = true)]
    [Alias("date_extracted", "PublishedAt")]
    public string? Date { get; set; }

    [Parameter(ParameterSetName = TextParameterSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = HtmlParameterSet, ValueFromPipelineByPropertyName = true)]
    public string? Source { get; set; }

    /// <summary>The record id of the dump record the text came from.</summary>
    [Parameter(ParameterSetName = TextParameterSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = HtmlParameterSet, ValueFromPipelineByPropertyName = true)]
    [Alias("SourceId")]
    public string? Id { get; set; }

    /// <summary>Auto (the default): HTML is recognised by file extension or content, and a record's Html field is HTML. Text or Html forces the reading.</summary>
    [Parameter]
    public DocumentFormat Format { get; set; } = DocumentFormat.Auto;

    /// <summary>Rule ids not to run (see <c>Get-CleanRule</c>); their text stays in the body.</summary>
    [Parameter]
    [ValidateNotNull]
    public string[] ExcludeRule { get; set; } = Array.Empty<string>();

    /// <summary>Validation thresholds, e.g. <c>@{ MinBodyWords = 80; ExpectedLanguage = 'any' }</c>; see about_NewsClean.</summary>
    [Parameter]
    public Hashtable? ValidationSettings { get; set; }

    public void Dispose()
    {
        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The validator, when the command validates (set up in BeginProcessing).</summary>
    protected ArticleValidator? Validator { get; private set; }

    /// <summary>True when articles are validated before <see cref="OnArticle"/> sees them.</summary>
    protected abstract bool Validates { get; }

    /// <summary>What the command does with each cleaned (and, when it validates, validated) article.</summary>
    protected abstract void OnArticle(CleanArticle article);

    /// <summary>Called after the error record of a document that could not be cleaned was written.</summary>
    protected virtual void OnDocumentFailed()
    {
    }

    protected override void BeginProcessing()
    {
        foreach (var id in ExcludeRule)
        {
            if (!RuleCatalog.TryGet(id, out _))
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException($"'{id}' is not a rule id. Run Get-CleanRule to list the rules."),
                    ErrorIds.UnknownRule,
                    ErrorCategory.InvalidArgument,
                    id));
            }
        }

        _options = new CleanerOptions(ExcludeRule);
        _cleaner = new ArticleCleaner(_options);
        _resolver = new FileSystemPathResolver(SessionState);
        if (Validates || ValidationSettings is not null)
        {
            try
            {
                Validator = new ArticleValidator(Validation.ValidationSettings.FromDictionary(ValidationSettings), ExcludeRule);
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ErrorIds.InvalidValidationSetting, ErrorCategory.InvalidArgument, ex.ParamName));
            }
        }
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == TextParameterSet || ParameterSetName == HtmlParameterSet)
        {
            var fromHtmlField = ParameterSetName == HtmlParameterSet;
            var text = (fromHtmlField ? Html : Text) ?? string.Empty;
            var input = new DocumentInput(text)
            {
                Title = Title,
                Url = Url,
                Date = Date,
                Source = Source,
                SourceId = Id,
            };
            // An Html field is HTML as soon as it holds markup (a crawler may keep only the article's <p> elements).
            var isHtml = Format == DocumentFormat.Html
                || (Format == DocumentFormat.Auto && (HtmlSniffer.LooksLikeHtml(text) || (fromHtmlField && text.IndexOf('<') >= 0)));
            ReportProgress(0, 1, null);
            CleanAndWrite(input, text, isHtml);
            return;
        }

        var isLiteral = ParameterSetName == LiteralPathParameterSet;
        var files = new List<string>();
        foreach (var path in isLiteral ? LiteralPath : Path)
        {
            files.AddRange(Resolver.Resolve(path, isLiteral, WriteError));
        }

        for (var i = 0; i < files.Count && !_stopping.IsCancellationRequested; i++)
        {
            ReportProgress(i, files.Count, files[i]);
            CleanFile(files[i]);
        }
    }

    protected override void EndProcessing()
    {
        if (_progressShown)
        {
            WriteProgress(new ProgressRecord(ProgressActivityId, ProgressActivity, "Done") { RecordType = ProgressRecordType.Completed });
        }
    }

    protected override void StopProcessing() => _stopping.Cancel();

    /// <summary>True once Ctrl+C (StopProcessing) asked the command to stop.</summary>
    protected bool IsStopping => _stopping.IsCancellationRequested;

    private ArticleCleaner Cleaner => _cleaner ?? throw new InvalidOperationException("BeginProcessing has not run.");

    private CleanerOptions Options => _options ?? throw new InvalidOperationException("BeginProcessing has not run.");

    private FileSystemPathResolver Resolver => _resolver ?? throw new InvalidOperationException("BeginProcessing has not run.");

    private void CleanFile(string fullPath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is SecurityException)
        {
            WriteError(new ErrorRecord(ex, ErrorIds.FileReadFailed, ErrorCategory.ReadError, fullPath));
            return;
        }

        var isHtml = Format == DocumentFormat.Html
            || (Format == DocumentFormat.Auto && (HtmlExtensions.Contains(System.IO.Path.GetExtension(fullPath)) || HtmlSniffer.LooksLikeHtml(bytes)));
        CleanAndWrite(new DocumentInput(bytes) { SourcePath = fullPath }, fullPath, isHtml);
    }

    private void CleanAndWrite(DocumentInput input, object targetObject, bool isHtml)
    {
        CleanResult result;
        try
        {
            result = isHtml ? _html.CleanHtml(input, Options, _stopping.Token) : Cleaner.Clean(input, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // StopProcessing: the pipeline is being torn down, nothing more is written.
            return;
        }

        _documentsDone++;
        if (result.Article is { } article)
        {
            OnArticle(Validates ? Validator!.ValidateArticle(article) : article);
        }
        else
        {
            WriteError(ToErrorRecord(result.Error, input.SourcePath, targetObject));
            OnDocumentFailed();
        }
    }

    private static ErrorRecord ToErrorRecord(DocumentError? error, string? sourcePath, object targetObject)
    {
        var errorId = error?.ErrorId ?? DocumentError.InternalError;
        var message = error?.Message ?? "The engine returned neither an article nor an error.";
        if (sourcePath is not null)
        {
            message = $"Cannot clean '{sourcePath}': {message}";
        }

        var category = errorId == DocumentError.InternalError ? ErrorCategory.NotSpecified : ErrorCategory.InvalidData;
        return new ErrorRecord(new InvalidDataException(message), errorId, category, targetObject);
    }

    private void ReportProgress(int index, int count, string? currentFile)
    {
        string status;
        int percentComplete;
        if (count > ProgressThreshold)
        {
            status = $"{index} of {count} files";
            percentComplete = index * 100 / count;
        }
        else if (_documentsDone >= ProgressThreshold)
        {
            // Records piped one at a time (Get-ChildItem, Import-Csv) have no known total: show a running count.
            status = $"{_documentsDone} documents cleaned";
            percentComplete = -1;
        }
        else
        {
            return;
        }

        _progressShown = true;
        WriteProgress(new ProgressRecord(ProgressActivityId, ProgressActivity, status)
        {
            PercentComplete = percentComplete,
            CurrentOperation = currentFile ?? string.Empty,
        });
    }
}
