using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Security;
using System.Threading;
using NewsClean.Core;
using NewsClean.Core.Model;
using NewsClean.Core.Rules;
using NewsClean.Documents;
using NewsClean.Dumps;
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

    // Below this many documents a progress bar would only flicker.
    private const int ProgressThreshold = 5;
    private const int ProgressActivityId = 1;
    private const string ProgressActivity = "Cleaning articles";

    private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
    private DocumentEngine? _engine;
    private FileSystemPathResolver? _resolver;
    private readonly List<Work> _pending = new List<Work>();
    private readonly Stopwatch _progressWatch = Stopwatch.StartNew();
    private int _documentsDone;
    private int _filesTotal;
    private long _bytesDone;
    private long _lastProgressAt;
    private string? _currentFile;
    private bool _progressShown;

    /// <summary>Files to clean; wildcards are expanded.</summary>
    [Parameter(ParameterSetName = PathParameterSet, Mandatory = true, Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Files to clean, taken as written; bound from <c>Get-ChildItem</c> output through PSPath.</summary>
    [Parameter(ParameterSetName = LiteralPathParameterSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP", "FullName", "ProviderPath")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = Array.Empty<string>();

    /// <summary>The raw document text: a pipeline string, or the Text/Content/Body property of a record (an HTML page is recognised, see -Format).</summary>
    /// <remarks>A record with both a text and an html property binds the Html set with both; see <see cref="DocumentRouter.ChooseContent"/>.</remarks>
    [Parameter(ParameterSetName = TextParameterSet, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = HtmlParameterSet, ValueFromPipelineByPropertyName = true)]
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
    [ArgumentCompleter(typeof(RuleIdCompleter))]
    public string[] ExcludeRule { get; set; } = Array.Empty<string>();

    /// <summary>Worker threads cleaning in parallel (default: the processor count); output keeps the input order.</summary>
    [Parameter]
    [ValidateRange(1, 1024)]
    public int ThrottleLimit { get; set; } = Environment.ProcessorCount;

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

        _engine = new DocumentEngine(new CleanerOptions(ExcludeRule), Validates ? Validator : null);
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == TextParameterSet || ParameterSetName == HtmlParameterSet)
        {
            // A record with both a text and an html property binds both: the documented precedence picks one.
            var content = DocumentRouter.ChooseContent(Text, Html) ?? new RecordContent(string.Empty, ParameterSetName == HtmlParameterSet);
            var text = content.Text;
            if (!content.FromHtmlField && PipelineTrap(text) is { } trap)
            {
                // Not a document at all: say what was meant, and clean nothing (an article titled with a path is junk).
                Flush(trap);
                return;
            }

            var input = new DocumentInput(text)
            {
                Title = Title,
                Url = Url,
                Date = Date,
                Source = Source,
                SourceId = Id,
            };
            var isHtml = DocumentRouter.IsHtml(content, InputFormat);

            // Records arrive one per call: gather a window of them so the workers have something to share.
            _pending.Add(new Work(input, isHtml, text, text.Length));
            if (_pending.Count >= Window)
            {
                FlushPending();
            }

            return;
        }

        var isLiteral = ParameterSetName == LiteralPathParameterSet;
        var files = new List<string>();
        foreach (var path in isLiteral ? LiteralPath : Path)
        {
            files.AddRange(Resolver.Resolve(path, isLiteral, WriteError));
        }

        _filesTotal += files.Count;
        Run(FileWork(files));
    }

    // What PowerShell makes of an object without a Text/Content/Body/Html property when it binds it to -Text by value.
    private static readonly System.Text.RegularExpressions.Regex ObjectAsText = new System.Text.RegularExpressions.Regex(
        @"^(?:@\{[^\n]*\}|System\.Collections\.(?:Hashtable|Specialized\.OrderedDictionary)|System\.Management\.Automation\.PathInfo)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The error for a piped value that is no document (a path, an object without text), or null.</summary>
    private ErrorRecord? PipelineTrap(string text)
    {
        var line = text.Trim();
        if (line.Length == 0 || line.Length > 2048 || line.IndexOf('\n') >= 0)
        {
            return null;
        }

        if (ObjectAsText.IsMatch(line))
        {
            return new ErrorRecord(
                new ArgumentException($"The piped object has no Text, Content, Body or Html property to clean ('{Shorten(line)}'). Pipe strings, files (Get-ChildItem), or records with one of those properties."),
                ErrorIds.RecordWithoutText,
                ErrorCategory.InvalidArgument,
                text);
        }

        // Only what could name a file is looked up (a separator, or a short name with an extension): a one-line record is not.
        if (line.IndexOfAny(PathSeparators) < 0 && !(line.Length <= 255 && line.IndexOf(' ') < 0 && HasFileExtension(line)))
        {
            return null;
        }

        string? full = null;
        try
        {
            full = SessionState.Path.GetUnresolvedProviderPathFromPSPath(line);
        }
        catch (Exception ex) when (!(ex is OutOfMemoryException))
        {
            // Only a guess at what was meant: whatever the provider throws on this text, it is a document.
        }

        return full is not null && File.Exists(full)
            ? new ErrorRecord(
                new ArgumentException($"The piped text '{Shorten(line)}' is the path of a file, not a document. Use Get-CleanArticle -Path, or pipe Get-Item/Get-ChildItem, to clean the file."),
                ErrorIds.TextIsAPath,
                ErrorCategory.InvalidArgument,
                text)
            : null;
    }

    private static readonly char[] PathSeparators = { '/', '\\' };

    // ".txt", ".html", ".jsonl": a dot and one to five letters or digits at the end (Path.HasExtension throws on
    // characters .NET Framework deems invalid in a path, and any text may arrive here).
    private static bool HasFileExtension(string name)
    {
        var dot = name.LastIndexOf('.');
        var length = name.Length - dot - 1;
        if (dot <= 0 || length < 1 || length > 5)
        {
            return false;
        }

        for (var i = dot + 1; i < name.Length; i++)
        {
            if (!char.IsLetterOrDigit(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";

    /// <summary>Writes an error in input order: the documents before it first.</summary>
    private void Flush(ErrorRecord error)
    {
        _pending.Add(new Work(error));
        if (_pending.Count >= Window)
        {
            FlushPending();
        }
    }

    protected override void EndProcessing()
    {
        FlushPending();
        if (_progressShown)
        {
            WriteProgress(new ProgressRecord(ProgressActivityId, ProgressActivity, "Done") { RecordType = ProgressRecordType.Completed });
        }
    }

    protected override void StopProcessing() => _stopping.Cancel();

    /// <summary>True once Ctrl+C (StopProcessing) asked the command to stop.</summary>
    protected bool IsStopping => _stopping.IsCancellationRequested;

    private DocumentEngine Engine => _engine ?? throw new InvalidOperationException("BeginProcessing has not run.");

    private InputFormat InputFormat => Format switch
    {
        DocumentFormat.Text => InputFormat.Text,
        DocumentFormat.Html => InputFormat.Html,
        _ => InputFormat.Auto,
    };

    private FileSystemPathResolver Resolver => _resolver ?? throw new InvalidOperationException("BeginProcessing has not run.");

    /// <summary>In-flight documents: enough to keep every worker busy, few enough to keep memory flat.</summary>
    private int Window => ThrottleLimit * 4;

    private void FlushPending()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var batch = _pending.ToArray();
        _pending.Clear();
        Run(batch);
    }

    /// <summary>Cleans the work on the workers and writes every outcome on the pipeline thread, in input order.</summary>
    private void Run(IEnumerable<Work> work)
    {
        try
        {
            foreach (var done in OrderedParallel.Process(work, Process, ThrottleLimit, Window, _stopping.Token))
            {
                Emit(done);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // StopProcessing: the pipeline is being torn down, nothing more is written.
        }
    }

    /// <summary>Files in order; a JSONL/JSON dump becomes one work item per record, read as it is cleaned.</summary>
    private IEnumerable<Work> FileWork(List<string> files)
    {
        foreach (var file in files)
        {
            if (_stopping.IsCancellationRequested)
            {
                yield break;
            }

            _currentFile = file;
            if (Format == DocumentFormat.Auto && DumpReader.IsDumpPath(file))
            {
                foreach (var work in RecordWork(file))
                {
                    yield return work;
                }

                continue;
            }

            byte[] bytes;
            ErrorRecord? failure = null;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is SecurityException)
            {
                bytes = Array.Empty<byte>();
                failure = new ErrorRecord(ex, ErrorIds.FileReadFailed, ErrorCategory.ReadError, file);
            }

            if (failure is not null)
            {
                yield return new Work(failure);
                continue;
            }

            var isHtml = DocumentRouter.IsHtml(file, bytes, InputFormat);
            yield return new Work(new DocumentInput(bytes) { SourcePath = file }, isHtml, file, bytes.Length);
        }
    }

    /// <summary>The records of a dump: a malformed line is one error naming the file and line, and the next lines go on.</summary>
    private IEnumerable<Work> RecordWork(string file)
    {
        using var records = DumpReader.ReadFile(file, _stopping.Token).GetEnumerator();
        long read = 0;
        while (true)
        {
            DumpRecord record;
            ErrorRecord? failure = null;
            try
            {
                if (!records.MoveNext())
                {
                    yield break;
                }

                record = records.Current;
                read++;
            }
            catch (Exception ex) when (!(ex is OperationCanceledException) && !(ex is OutOfMemoryException))
            {
                // Whatever stops the reader (I/O, a corrupt gzip stream, a decoder) ends this dump with one error; the next file goes on.
                record = null!;
                failure = new ErrorRecord(new IOException($"Cannot read the dump '{file}' after {read:N0} records: {ex.Message}", ex), ErrorIds.FileReadFailed, ErrorCategory.ReadError, file);
            }

            if (failure is not null)
            {
                yield return new Work(failure);
                yield break;
            }

            var where = $"{file}:{record.LineNumber}";
            if (record.IsError || record.Text is null)
            {
                var message = record.IsError ? $"Malformed record at {where}: {record.RawError}" : $"The record at {where} has no content, text, body or html field.";
                var id = record.IsError ? ErrorIds.MalformedRecord : DocumentError.EmptyDocument;
                yield return new Work(new ErrorRecord(new InvalidDataException(message), id, ErrorCategory.InvalidData, where));
                continue;
            }

            var input = DocumentRouter.ToInput(record, record.Text);
            var isHtml = DocumentRouter.IsHtml(new RecordContent(record.Text, record.IsHtml), InputFormat.Auto);
            yield return new Work(input, isHtml, where, record.Text.Length);
        }
    }

    /// <summary>Runs on a worker: clean, then validate; never touches the pipeline.</summary>
    private Done Process(Work work)
    {
        if (work.Failure is not null)
        {
            return new Done(work, null, work.Failure);
        }

        var input = work.Input!;
        var result = Engine.Clean(input, work.IsHtml, _stopping.Token);
        if (result.Article is { } article)
        {
            return new Done(work, article, null);
        }

        return new Done(work, null, ToErrorRecord(result.Error, input.SourcePath, work.Target!));
    }

    private void Emit(Done done)
    {
        _documentsDone++;
        _bytesDone += done.Work.Bytes;
        if (done.Article is not null)
        {
            OnArticle(done.Article);
        }
        else
        {
            WriteError(done.Error!);
            OnDocumentFailed();
        }

        ReportProgress();
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

    private void ReportProgress()
    {
        // Below a handful of documents a progress bar would only flicker; after that, update a few times a second.
        if (_documentsDone < ProgressThreshold || (_progressWatch.ElapsedMilliseconds - _lastProgressAt < 250 && _documentsDone != _filesTotal))
        {
            return;
        }

        _lastProgressAt = _progressWatch.ElapsedMilliseconds;
        var seconds = Math.Max(_progressWatch.Elapsed.TotalSeconds, 0.001);
        var status = string.Format(
            CultureInfo.InvariantCulture,
            "{0:n0} documents, {1:n1} MB, {2:n0} documents/s",
            _documentsDone,
            _bytesDone / 1048576.0,
            _documentsDone / seconds);
        _progressShown = true;
        WriteProgress(new ProgressRecord(ProgressActivityId, ProgressActivity, status)
        {
            PercentComplete = _filesTotal > ProgressThreshold ? Math.Min(100, _documentsDone * 100 / _filesTotal) : -1,
            CurrentOperation = _currentFile ?? string.Empty,
        });
    }

    /// <summary>One document to clean, or an input that already failed (unreadable file, malformed record).</summary>
    private sealed class Work
    {
        public Work(DocumentInput input, bool isHtml, object target, long bytes)
        {
            Input = input;
            IsHtml = isHtml;
            Target = target;
            Bytes = bytes;
        }

        public Work(ErrorRecord failure)
        {
            Failure = failure;
            Target = failure.TargetObject;
        }

        public DocumentInput? Input { get; }

        public bool IsHtml { get; }

        public object? Target { get; }

        public long Bytes { get; }

        public ErrorRecord? Failure { get; }
    }

    private sealed class Done
    {
        public Done(Work work, CleanArticle? article, ErrorRecord? error)
        {
            Work = work;
            Article = article;
            Error = error;
        }

        public Work Work { get; }

        public CleanArticle? Article { get; }

        public ErrorRecord? Error { get; }
    }

}
