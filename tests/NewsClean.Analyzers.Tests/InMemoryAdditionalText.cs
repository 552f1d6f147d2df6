using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NewsClean.Analyzers.Tests;

/// <summary>An additional file whose text the test decoded the way a given compiler would.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly Func<SourceText?> _getText;

    public InMemoryAdditionalText(string path, SourceText text)
        : this(path, () => text)
    {
    }

    public InMemoryAdditionalText(string path, Func<SourceText?> getText)
    {
        Path = path;
        _getText = getText;
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _getText();
}
