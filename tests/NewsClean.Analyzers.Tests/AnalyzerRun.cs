using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace NewsClean.Analyzers.Tests;

/// <summary>Runs <see cref="ContentFileAnalyzer"/> in an in-memory C# compilation with the given content files and config.</summary>
internal sealed class AnalyzerRun
{
    /// <summary>A rooted folder that stands for the corpus project on any OS (config sections match absolute paths).</summary>
    public static readonly string ProjectDir = Path.Combine(Path.GetPathRoot(Path.GetTempPath())!, "corpus");

    private readonly List<AdditionalText> _files = new List<AdditionalText>();
    private readonly List<AnalyzerConfig> _configs = new List<AnalyzerConfig>();
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);

    public static string PathOf(string relativePath) => Path.Combine(ProjectDir, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public AnalyzerRun AddFile(AdditionalText file)
    {
        _files.Add(file);
        return this;
    }

    public AnalyzerRun AddFile(string relativePath, Microsoft.CodeAnalysis.Text.SourceText text) =>
        AddFile(new InMemoryAdditionalText(PathOf(relativePath), text));

    /// <summary>Item metadata of one AdditionalFiles item, e.g. NewsCleanContent=false.</summary>
    public AnalyzerRun WithMetadata(string relativePath, string name, string value)
    {
        _metadata[PathOf(relativePath)] = new Dictionary<string, string> { [name] = value };
        return this;
    }

    public AnalyzerRun WithEditorConfig(string text)
    {
        _configs.Add(AnalyzerConfig.Parse(text, Path.Combine(ProjectDir, ".editorconfig")));
        return this;
    }

    public AnalyzerRun WithGlobalConfig(string text)
    {
        _configs.Add(AnalyzerConfig.Parse(text, Path.Combine(ProjectDir, ".globalconfig")));
        return this;
    }

    public async Task<ImmutableArray<Diagnostic>> RunAsync()
    {
        var set = AnalyzerConfigSet.Create(_configs, out var configDiagnostics);
        Assert.Empty(configDiagnostics);

        // The compiler applies dotnet_diagnostic.*.severity of global configs to every location, content files included.
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions(set.GlobalConfigOptions.TreeOptions);
        var compilation = CSharpCompilation.Create(
            "Corpus",
            new[] { CSharpSyntaxTree.ParseText("class C { }", path: PathOf("C.cs")) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            options);
        var analyzerOptions = new AnalyzerOptions(_files.ToImmutableArray(), new ConfigOptionsProvider(set, _metadata));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ContentFileAnalyzer()), analyzerOptions);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
