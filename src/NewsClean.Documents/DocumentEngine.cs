using System;
using System.Reflection;
using System.Text;
using System.Threading;
using NewsClean.Core;
using NewsClean.Core.Model;
using NewsClean.Html;
using NewsClean.Validation;

namespace NewsClean.Documents;

/// <summary>
/// Cleans one document, text or HTML, and validates it when asked: the engine call every host makes. Thread-safe once
/// built (the cleaner, the HTML reader and the validator are stateless). It never throws for a document: anything the
/// engine throws becomes that document's <see cref="DocumentError.InternalError"/> result, so one input cannot stop a
/// batch; only cancellation is thrown.
/// </summary>
public sealed class DocumentEngine
{
    private readonly CleanerOptions _options;
    private readonly ArticleCleaner _cleaner;
    private readonly HtmlArticleExtractor _html = new HtmlArticleExtractor();
    private readonly ArticleValidator? _validator;

    static DocumentEngine() => CodePages.Register();

    public DocumentEngine(CleanerOptions options, ArticleValidator? validator = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _cleaner = new ArticleCleaner(options);
        _validator = validator;
    }

    public CleanerOptions Options => _options;

    public ArticleCleaner TextCleaner => _cleaner;

    public HtmlArticleExtractor HtmlExtractor => _html;

    /// <summary>Cleans <paramref name="input"/> with the HTML engine or the text engine, then validates the article.</summary>
    public CleanResult Clean(DocumentInput input, bool isHtml, CancellationToken cancellationToken = default)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        try
        {
            FaultInjection?.Invoke(input);
            var result = isHtml ? _html.CleanHtml(input, _options, cancellationToken) : _cleaner.Clean(input, cancellationToken);
            if (result.Article is not { } article)
            {
                return result.Error is not null
                    ? result
                    : CleanResult.Failure(result.OriginalText, new DocumentError(DocumentError.InternalError, "The engine returned neither an article nor an error."));
            }

            return _validator is null ? result : CleanResult.Success(result.OriginalText, _validator.ValidateArticle(article));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (!IsFatal(ex))
        {
            // One document must not end a run over millions: report it as this document's error and go on.
            return CleanResult.Failure(input.Text ?? string.Empty, new DocumentError(DocumentError.InternalError, Describe(ex)));
        }
    }

    /// <summary>
    /// Tests only: called inside the isolated region before each document, so hosts' tests can make the engine throw on
    /// a chosen document (the engine itself is meant to throw on none).
    /// </summary>
    internal static Action<DocumentInput>? FaultInjection { get; set; }

    /// <summary>
    /// The message of an InternalError: the exception's type and message. Not the method it came from: which frame is
    /// left after the JIT inlines differs from run to run, and the same document must give the same output.
    /// </summary>
    public static string Describe(Exception ex) => $"The engine failed on this document: {ex.GetType().Name}: {ex.Message}";

    // Out of memory and stack overflow leave the process in no state to go on; everything else is the document's fault.
    private static bool IsFatal(Exception ex) => ex is OutOfMemoryException || ex is StackOverflowException || ex is AccessViolationException;

    /// <summary>
    /// Registers every Windows and ISO code page with <see cref="Encoding"/> on .NET (Core), as PowerShell does for
    /// itself; the CLI did not, so a windows-1251 page decoded differently there. .NET Framework has them built in.
    /// Looked up by reflection so the netstandard2.0 build needs no package.
    /// </summary>
    internal static class CodePages
    {
        private static int _registered;

        public static void Register()
        {
            if (Interlocked.Exchange(ref _registered, 1) == 1)
            {
                return;
            }

            var type = Type.GetType("System.Text.CodePagesEncodingProvider, System.Text.Encoding.CodePages", throwOnError: false);
            if (type?.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is EncodingProvider provider)
            {
                Encoding.RegisterProvider(provider);
            }
        }
    }
}
