using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsClean.Analyzers;

/// <summary>
/// What the build configuration says about one additional file: whether it is a content file, and the severity
/// an .editorconfig section gives a rule for it.
/// </summary>
internal sealed class ContentFileOptions
{
    /// <summary>Item metadata on the AdditionalFiles item: <c>NewsCleanContent="true|false"</c>.</summary>
    public const string ContentMetadataKey = "build_metadata.AdditionalFiles.NewsCleanContent";

    /// <summary>.editorconfig/.globalconfig: <c>newsclean.content_file_extensions = .txt,.md,.html</c>.</summary>
    public const string ExtensionsKey = "newsclean.content_file_extensions";

    /// <summary>
    /// .editorconfig: <c>newsclean_diagnostic.NC1007.severity = error</c>. The compiler applies the standard
    /// <c>dotnet_diagnostic.*.severity</c> keys of .editorconfig sections only to source files (dotnet/roslyn#31916) and
    /// strips them from the options analyzers see, so a per-folder severity for content files needs a key of its own.
    /// <c>dotnet_diagnostic.*.severity</c> in a .globalconfig works as usual and wins over this key.
    /// </summary>
    public const string SeverityKeyPrefix = "newsclean_diagnostic.";

    public const string SeverityKeySuffix = ".severity";

    public static readonly IReadOnlyList<string> DefaultExtensions = new[] { ".txt", ".html" };

    private readonly AnalyzerConfigOptions _options;

    private ContentFileOptions(AnalyzerConfigOptions options, bool isContent)
    {
        _options = options;
        IsContentFile = isContent;
    }

    public bool IsContentFile { get; }

    public static ContentFileOptions For(string path, AnalyzerConfigOptions options)
    {
        if (options.TryGetValue(ContentMetadataKey, out var flag) && !string.IsNullOrWhiteSpace(flag))
        {
            if (bool.TryParse(flag.Trim(), out var isContent))
            {
                return new ContentFileOptions(options, isContent);
            }
        }

        var extensions = options.TryGetValue(ExtensionsKey, out var list) && !string.IsNullOrWhiteSpace(list)
            ? ParseExtensions(list)
            : DefaultExtensions;
        var extension = Path.GetExtension(path);
        var matches = !string.IsNullOrEmpty(extension) && extensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
        return new ContentFileOptions(options, matches);
    }

    public static IReadOnlyList<string> ParseExtensions(string list) =>
        list.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.Trim())
            .Where(e => e.Length > 0)
            .Select(e => e.StartsWith(".", StringComparison.Ordinal) ? e : "." + e)
            .ToArray();

    /// <summary>
    /// The severity configured for <paramref name="descriptor"/> on this file: null when nothing is configured (the
    /// compiler then applies the default and any .globalconfig or command-line setting), or a value with
    /// <c>Suppressed</c> set for <c>none</c>.
    /// </summary>
    public ConfiguredSeverity? SeverityFor(DiagnosticDescriptor descriptor)
    {
        if (!_options.TryGetValue(SeverityKeyPrefix + descriptor.Id + SeverityKeySuffix, out var value))
        {
            return null;
        }

        switch (value.Trim().ToLowerInvariant())
        {
            case "error":
                return new ConfiguredSeverity(DiagnosticSeverity.Error, false);
            case "warning":
            case "warn":
                return new ConfiguredSeverity(DiagnosticSeverity.Warning, false);
            case "suggestion":
            case "info":
                return new ConfiguredSeverity(DiagnosticSeverity.Info, false);
            case "silent":
            case "hidden":
                return new ConfiguredSeverity(DiagnosticSeverity.Hidden, false);
            case "none":
                return new ConfiguredSeverity(descriptor.DefaultSeverity, true);
            default:
                return null;
        }
    }
}
