using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsClean.Core.Model;
using NewsClean.Core.Rules;
using Xunit;

namespace NewsClean.Analyzers.Tests;

public sealed class AnalyzerContractTests
{
    [Fact]
    public void Supported_diagnostics_are_the_core_catalogue_less_validation()
    {
        var supported = new ContentFileAnalyzer().SupportedDiagnostics;
        var rules = CleanerRules();

        Assert.Contains(rules, r => r.Id.StartsWith("NC1", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Id.StartsWith("NC2", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Id.StartsWith("NC4", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Id == RuleIds.InternalError);
        Assert.Equal(rules.Select(r => r.Id), supported.Select(d => d.Id));
        foreach (var (rule, descriptor) in rules.Zip(supported))
        {
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(rule.Description, descriptor.Description.ToString());
            Assert.Equal("NewsClean." + rule.Category, descriptor.Category);
            Assert.Equal(rule.DefaultSeverity.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
            Assert.True(descriptor.IsEnabledByDefault);
        }
    }

    [Fact]
    public void The_release_tracking_files_list_exactly_the_catalogue_ids()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "ReleaseTracking");
        var rows = File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Unshipped.md")))
            .Where(line => line.StartsWith("NC", StringComparison.Ordinal))
            .Select(line => string.Join(" | ", line.Split('|').Take(3).Select(cell => cell.Trim())))
            .OrderBy(row => row, StringComparer.Ordinal);

        var catalogue = CleanerRules()
            .Select(r => r.Id + " | NewsClean." + r.Category + " | " + r.DefaultSeverity)
            .OrderBy(row => row, StringComparer.Ordinal);

        // A rule added to (or changed in) Core needs its line in src/NewsClean.Analyzers/AnalyzerReleases.Unshipped.md.
        Assert.Equal(catalogue, rows);
    }

    private static RuleDescriptor[] CleanerRules() =>
        RuleCatalog.Descriptors.Where(r => r.Category != RuleCategory.Validation).ToArray();

    [Fact]
    public async Task An_internal_failure_is_reported_once_as_NC9001_and_the_other_files_are_still_checked()
    {
        var failing = new InMemoryAdditionalText(AnalyzerRun.PathOf("content/broken.txt"), () => throw new InvalidOperationException("simulated read failure"));

        var diagnostics = await new AnalyzerRun()
            .AddFile(failing)
            .AddFile("content/boilerplate.txt", SourceText.From(Fixture.Text("boilerplate.txt")))
            .RunAsync();

        var failure = Assert.Single(diagnostics, d => d.Id == "NC9001");
        Assert.Equal(AnalyzerRun.PathOf("content/broken.txt"), failure.Location.GetLineSpan().Path);
        Assert.Contains("InvalidOperationException", failure.GetMessage());
        Assert.Contains("simulated read failure", failure.GetMessage());
        Assert.Equal(DiagnosticSeverity.Warning, failure.Severity);
        Assert.Contains(diagnostics, d => d.Id == "NC1001");
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task A_file_the_compiler_cannot_read_is_left_to_the_compiler()
    {
        var unreadable = new InMemoryAdditionalText(AnalyzerRun.PathOf("content/missing.txt"), () => null);

        var diagnostics = await new AnalyzerRun().AddFile(unreadable).RunAsync();

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_analyzer_assembly_references_no_roslyn_newer_than_4_14_and_no_workspaces()
    {
        var references = typeof(ContentFileAnalyzer).Assembly.GetReferencedAssemblies();

        var roslyn = Assert.Single(references, r => r.Name == "Microsoft.CodeAnalysis");
        Assert.True(roslyn.Version <= new Version(4, 14, 0, 0), roslyn.Version?.ToString());
        Assert.DoesNotContain(references, r => r.Name!.StartsWith("Microsoft.CodeAnalysis.Workspaces", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.Name == "Microsoft.CodeAnalysis.CSharp");
    }
}
