using System;
using System.Threading;
using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core;

/// <summary>
/// The engine: decode, segment, detect, resolve, assemble. Thread-safe and stateless between calls;
/// one instance can clean any number of documents on any number of threads.
/// </summary>
public sealed class ArticleCleaner
{
    public ArticleCleaner()
        : this(CleanerOptions.Default)
    {
    }

    public ArticleCleaner(CleanerOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
    }

    public CleanerOptions Options { get; }

    public CleanResult Clean(string text) => Clean(new DocumentInput(text));

    public CleanResult Clean(DocumentInput input, CancellationToken cancellationToken = default)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        return Pipeline.CleanDocument(input, Options, cancellationToken);
    }
}
