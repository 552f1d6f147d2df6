using System;
using System.IO;
using System.Security;
using System.Threading;
using NewsClean.Core;
using NewsClean.Core.Model;
using NewsClean.Documents;
using NewsClean.Dumps;
using NewsClean.Validation;

namespace NewsClean.Cli;

/// <summary>
/// Cleans one job into its output text. Runs on the worker threads: everything it uses is thread-safe (the cleaner,
/// the HTML reader and the validator are stateless once built), and it never writes to the console itself.
/// </summary>
/// <remarks>
/// A document goes to the HTML reader as Get-CleanArticle -Format Auto sends it: a file by its extension or by its
/// content, a record's text by its content, or its html field as soon as it holds markup.
/// </remarks>
internal sealed class DocumentProcessor
{
    private readonly DocumentEngine _engine;
    private readonly OutputFormat _format;
    private readonly InputFormat _input;
    private readonly CancellationToken _cancellationToken;

    public DocumentProcessor(CleanOptions options, CancellationToken cancellationToken)
    {
        var validator = options.Validate ? new ArticleValidator(ValidationSettings.Default, options.ExcludedRules) : null;
        _engine = new DocumentEngine(new CleanerOptions(options.ExcludedRules), validator);
        _format = options.Format;
        _input = InputFormat.Auto;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Runs the engine once on built-in documents; call before the workers start (see <see cref="EngineWarmUp"/>).</summary>
    public void WarmUp() => EngineWarmUp.Run(_engine.TextCleaner, _engine.HtmlExtractor, _engine.Options);

    public JobOutcome Process(CleanJob job)
    {
        if (job.Error is not null)
        {
            return JobOutcome.Failed(job.Error);
        }

        DocumentInput input;
        bool isHtml;
        if (job.FilePath is not null)
        {
            try
            {
                var bytes = File.ReadAllBytes(job.FilePath);
                input = new DocumentInput(bytes) { SourcePath = job.FilePath };
                isHtml = DocumentRouter.IsHtml(job.FilePath, bytes, _input);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is SecurityException)
            {
                return Failed(CliError.FileReadFailed, job, $"Cannot read the file: {ex.Message}");
            }
        }
        else if (job.Record is { } record)
        {
            if (record.Text is null)
            {
                return Failed(DocumentError.EmptyDocument, job, "The record has no content, text, body or html field.");
            }

            input = DocumentRouter.ToInput(record, record.Text);
            isHtml = DocumentRouter.IsHtml(new RecordContent(record.Text, record.IsHtml), _input);
        }
        else
        {
            var bytes = job.Bytes ?? Array.Empty<byte>();
            input = new DocumentInput(bytes);
            isHtml = DocumentRouter.IsHtml(null, bytes, _input);
        }

        var result = _engine.Clean(input, isHtml, _cancellationToken);
        if (result.Article is not { } article)
        {
            return Failed(result.Error!.ErrorId, job, result.Error.Message);
        }

        return JobOutcome.Written(_format == OutputFormat.Text ? ArticleTextFormatter.Format(article) : ArticleJsonWriter.Serialize(article));
    }

    private static JobOutcome Failed(string id, CleanJob job, string message) => JobOutcome.Failed(new CliError(id, job.Path, job.Line, message));
}
