using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace NewsClean.Analyzers.Tests;

public sealed class ConfigurationTests
{
    private static SourceText Boilerplate => SourceText.From(Fixture.Text("boilerplate.txt"));

    [Fact]
    public async Task By_default_txt_and_html_files_are_content_and_other_additional_files_are_not()
    {
        var diagnostics = await new AnalyzerRun()
            .AddFile("content/a.txt", Boilerplate)
            .AddFile("content/b.html", Boilerplate)
            .AddFile("content/c.md", Boilerplate)
            .AddFile("config/settings.json", Boilerplate)
            .AddFile("content/README", Boilerplate)
            .RunAsync();

        Assert.Equal(new[] { "a.txt", "b.html" }, FilesOf(diagnostics));
    }

    [Fact]
    public async Task The_extension_list_in_editorconfig_replaces_the_default()
    {
        var diagnostics = await new AnalyzerRun()
            .WithEditorConfig("root = true\n[*]\nnewsclean.content_file_extensions = MD, .corpus\n")
            .AddFile("content/a.txt", Boilerplate)
            .AddFile("content/b.md", Boilerplate)
            .AddFile("content/c.corpus", Boilerplate)
            .RunAsync();

        Assert.Equal(new[] { "b.md", "c.corpus" }, FilesOf(diagnostics));
    }

    [Fact]
    public async Task The_extension_list_can_come_from_a_globalconfig()
    {
        var diagnostics = await new AnalyzerRun()
            .WithGlobalConfig("is_global = true\nnewsclean.content_file_extensions = .txt,.md,.html\n")
            .AddFile("content/a.md", Boilerplate)
            .RunAsync();

        Assert.Equal(new[] { "a.md" }, FilesOf(diagnostics));
    }

    [Fact]
    public async Task Item_metadata_includes_or_excludes_a_single_file()
    {
        var diagnostics = await new AnalyzerRun()
            .AddFile("content/raw.txt", Boilerplate)
            .WithMetadata("content/raw.txt", "NewsCleanContent", "false")
            .AddFile("content/article.json", Boilerplate)
            .WithMetadata("content/article.json", "NewsCleanContent", "True")
            .AddFile("content/plain.txt", Boilerplate)
            .WithMetadata("content/plain.txt", "NewsCleanContent", string.Empty)
            .RunAsync();

        Assert.Equal(new[] { "article.json", "plain.txt" }, FilesOf(diagnostics));
    }

    [Fact]
    public async Task An_editorconfig_section_sets_a_rules_severity_for_the_files_it_matches()
    {
        var diagnostics = await new AnalyzerRun()
            .WithEditorConfig("root = true\n[curated/**]\nnewsclean_diagnostic.NC1001.severity = error\nnewsclean_diagnostic.NC1005.severity = none\nnewsclean_diagnostic.NC2003.severity = warning\n")
            .AddFile("curated/a.txt", Boilerplate)
            .AddFile("scraped/b.txt", Boilerplate)
            .RunAsync();

        var curated = diagnostics.Where(d => FileOf(d) == "a.txt").ToDictionary(d => d.Id, d => d.Severity);
        var scraped = diagnostics.Where(d => FileOf(d) == "b.txt").ToDictionary(d => d.Id, d => d.Severity);
        Assert.Equal(DiagnosticSeverity.Error, curated["NC1001"]);
        Assert.False(curated.ContainsKey("NC1005"));
        Assert.Equal(DiagnosticSeverity.Warning, curated["NC2003"]);
        Assert.Equal(DiagnosticSeverity.Warning, curated["NC1004"]);
        Assert.Equal(DiagnosticSeverity.Warning, scraped["NC1001"]);
        Assert.Equal(DiagnosticSeverity.Warning, scraped["NC1005"]);
        Assert.Equal(DiagnosticSeverity.Info, scraped["NC2003"]);
    }

    [Fact]
    public async Task The_standard_dotnet_diagnostic_severity_in_a_globalconfig_applies_to_content_files()
    {
        var diagnostics = await new AnalyzerRun()
            .WithGlobalConfig("is_global = true\ndotnet_diagnostic.NC1001.severity = error\ndotnet_diagnostic.NC1005.severity = none\n")
            .AddFile("content/a.txt", Boilerplate)
            .RunAsync();

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == "NC1001").Severity);
        Assert.DoesNotContain(diagnostics, d => d.Id == "NC1005");
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics, d => d.Id == "NC1004").Severity);
    }

    private static string FileOf(Diagnostic diagnostic) => System.IO.Path.GetFileName(diagnostic.Location.GetLineSpan().Path);

    private static string[] FilesOf(System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Select(FileOf).Distinct().OrderBy(f => f, System.StringComparer.Ordinal).ToArray();
}
