using System;
using System.Collections.Generic;
using System.IO;
using System.Security;
using System.Threading;
using NewsClean.Core;
using NewsClean.Core.Model;
using NewsClean.Dumps;
using NewsClean.Html;
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
    private static readonly HashSet<string> HtmlExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml", ".shtml" };

    private readonly CleanerOptions _cleanerOptions;
    private readonly ArticleCleaner _cleaner;
    private readonly HtmlArticleExtractor _html = new HtmlArticleExtractor();
    private readonly ArticleValidator? _validator;
    private readonly OutputFormat _format;
    private readonly CancellationToken _cancellationToken;

    public DocumentProcessor(CleanOptions options, CancellationToken cancellationToken)
    {
        _cleanerOptions = new CleanerOptions(options.ExcludedRules);
        _cleaner = new ArticleCleaner(_cleanerOptions);
        _validator = options.Validate ? new ArticleValidator(ValidationSettings.Default, options.ExcludedRules) : null;
        _format = options.Format;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Runs the engine once on built-in documents; call before the workers start (see <see cref="EngineWarmUp"/>).</summary>
    public void WarmUp() => EngineWarmUp.Run(_cleaner, _html, _cleanerOptions);

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
                isHtml = HtmlExtensions.Contains(Path.GetExtension(job.FilePath)) || HtmlSniffer.LooksLikeHtml(bytes);
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

            // As Get-CleanArticle binds a record's fields: no SourcePath, the record id as SourceId.
            input = new DocumentInput(record.Text)
            {
                Title = record.Title,
                Url = record.Url,
                Date = record.Date,
                Source = record.Source,
                SourceId = record.Id,
            };
            isHtml = HtmlSniffer.LooksLikeHtml(record.Text) || (record.IsHtml && record.Text.IndexOf('<') >= 0);
        }
        else
        {
            var bytes = job.Bytes ?? Array.Empty<byte>();
            input = new DocumentInput(bytes);
            isHtml = HtmlSniffer.LooksLikeHtml(bytes);
        }

        CleanResult result;
        try
        {
            result = isHtml ? _html.CleanHtml(input, _cleanerOptions, _cancellationToken) : _cleaner.Clean(input, _cancellationToken);
        }
        catch (OperationCanceledException) when (_cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // One document must not end a run over millions: report it and go on.
            return Failed(DocumentError.InternalError, job, $"The engine failed on this document: {ex.GetType().Name}: {ex.Message}");
        }

        if (result.Article is not { } article)
        {
            return Failed(result.Error?.ErrorId ?? DocumentError.InternalError, job, result.Error?.Message ?? "The engine returned neither an article nor an error.");
        }

        if (_validator is not null)
        {
            article = _validator.ValidateArticle(article);
        }

        return JobOutcome.Written(_format == OutputFormat.Text ? ArticleTextFormatter.Format(article) : ArticleJsonWriter.Serialize(article));
    }

    private static JobOutcome Failed(string id, CleanJob job, string message) => JobOutcome.Failed(new CliError(id, job.Path, job.Line, message));
}
