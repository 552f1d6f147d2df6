using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsClean.Core;
using NewsClean.Core.Model;

namespace NewsClean.Analyzers;

/// <summary>
/// Runs the engine over one content file and turns its findings into diagnostics located in the file's
/// <see cref="SourceText"/>. Kept apart from the analyzer class so tests can call it with any SourceText.
/// </summary>
internal static class ContentFileChecker
{
    private const int MaxExcerptLength = 80;

    private static readonly ArticleCleaner Cleaner = new ArticleCleaner();

    public static IReadOnlyList<Diagnostic> Check(string path, SourceText text, ContentFileOptions options, CancellationToken cancellationToken)
    {
        var content = text.ToString();
        var folded = FoldedText.Create(content);
        var diagnostics = new List<Diagnostic>();

        if (IsLossyDecoding(text, content, out var firstReplacement))
        {
            // The compiler could not decode the bytes as UTF-8 and fell back to UTF-8 with U+FFFD (what it does on Linux
            // and macOS): the Arabic text is gone before an analyzer sees it, so the rules would only read noise.
            var span = new TextSpan(firstReplacement, 1);
            Add(diagnostics, path, text, span, CatalogDescriptors.Windows1256Fallback, options, DiagnosticSeverity.Warning,
                "UTF-8 with U+FFFD replacement characters by the compiler, so NewsClean did not check this file: save it as UTF-8, or build with <CodePage>1256</CodePage>");
            return diagnostics;
        }

        var result = Clean(path, text, content, folded, cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Error!.ErrorId != DocumentError.EmptyDocument)
            {
                Add(diagnostics, path, text, new TextSpan(0, 0), CatalogDescriptors.InternalError, options, null, result.Error.ToString());
            }

            return diagnostics;
        }

        // Spans are exact while the engine's text has the file's shape; an engine that rewrote the text (double-encoding
        // repair shortens runs) keeps its line numbers, so those findings are placed on their whole lines instead.
        var exact = folded.HasSameShape(result.OriginalText);
        foreach (var finding in result.Article!.Findings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = exact || finding.Length == 0
                ? folded.ToOriginal(finding.Start, finding.Length)
                : folded.LinesToOriginal(finding.StartLine, finding.EndLine);
            Add(diagnostics, path, text, span, CatalogDescriptors.Get(finding.RuleId), options, null, Excerpt(finding));
        }

        return diagnostics;
    }

    /// <summary>
    /// Cleans the file. When the compiler decoded it with a single-byte code page (its fallback on Windows is the ANSI
    /// code page, or a project sets CodePage), the original bytes are recovered exactly from the SourceText and the
    /// engine decodes them itself, as it does for files on disk: Windows-1256 is then read as Arabic. A single-byte
    /// decode keeps one character per byte, so the engine's offsets still fit the SourceText.
    /// </summary>
    private static CleanResult Clean(string path, SourceText text, string content, FoldedText folded, CancellationToken cancellationToken)
    {
        if (text.Encoding is { IsSingleByte: true } encoding)
        {
            var fromBytes = Cleaner.Clean(new DocumentInput(encoding.GetBytes(content)) { SourcePath = path }, cancellationToken);
            if (!fromBytes.IsSuccess || folded.HasSameShape(fromBytes.OriginalText))
            {
                return fromBytes;
            }
        }

        return Cleaner.Clean(new DocumentInput(content) { SourcePath = path }, cancellationToken);
    }

    private static bool IsLossyDecoding(SourceText text, string content, out int firstReplacement)
    {
        firstReplacement = content.IndexOf('\uFFFD');
        return firstReplacement >= 0
            && text.Encoding is { CodePage: 65001 } encoding
            && encoding.DecoderFallback is DecoderReplacementFallback;
    }

    private static void Add(
        List<Diagnostic> diagnostics,
        string path,
        SourceText text,
        TextSpan span,
        DiagnosticDescriptor descriptor,
        ContentFileOptions options,
        DiagnosticSeverity? severity,
        string argument)
    {
        var configured = options.SeverityFor(descriptor);
        if (configured is { Suppressed: true })
        {
            return;
        }

        var location = Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
        var effective = configured?.Severity ?? severity;
        diagnostics.Add(effective is { } level
            ? Diagnostic.Create(descriptor, location, level, additionalLocations: null, properties: null, argument)
            : Diagnostic.Create(descriptor, location, argument));
    }

    /// <summary>The removed text on one line, shortened: a message names the text, the location shows all of it.</summary>
    public static string Excerpt(Finding finding)
    {
        var source = finding.Text.Length > 0 ? finding.Text : Convert.ToString(finding.Value, CultureInfo.InvariantCulture) ?? string.Empty;
        var builder = new StringBuilder(Math.Min(source.Length, MaxExcerptLength + 1));
        var pendingSpace = false;
        foreach (var c in source)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            if (builder.Length >= MaxExcerptLength)
            {
                return builder.ToString(0, MaxExcerptLength) + "…";
            }
        }

        return builder.ToString();
    }
}
