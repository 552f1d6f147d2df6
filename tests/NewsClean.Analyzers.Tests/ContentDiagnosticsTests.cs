using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace NewsClean.Analyzers.Tests;

public sealed class ContentDiagnosticsTests
{
    [Theory]
    [InlineData("boilerplate")]
    [InlineData("contact-footer")]
    public async Task Findings_are_reported_with_the_rule_id_at_the_exact_span(string name)
    {
        var text = SourceText.From(Fixture.Text(name + ".txt"));

        var diagnostics = await new AnalyzerRun().AddFile("content/" + name + ".txt", text).RunAsync();

        AssertMatches(Fixture.Expected(name + ".expected.tsv"), diagnostics, text);
    }

    [Theory]
    [InlineData("boilerplate")]
    [InlineData("contact-footer")]
    public async Task Crlf_files_get_the_same_lines_and_columns(string name)
    {
        var text = SourceText.From(Fixture.WithCrlf(Fixture.Text(name + ".txt")));

        var diagnostics = await new AnalyzerRun().AddFile("content/" + name + ".txt", text).RunAsync();

        AssertMatches(Fixture.Expected(name + ".expected.tsv"), diagnostics, text);
    }

    [Fact]
    public async Task A_diagnostic_carries_the_rules_title_message_category_severity_and_help_link()
    {
        var text = SourceText.From(Fixture.Text("boilerplate.txt"));

        var diagnostics = await new AnalyzerRun().AddFile("content/boilerplate.txt", text).RunAsync();

        var readAlso = Assert.Single(diagnostics, d => d.Id == "NC1001");
        Assert.Equal("Read-also block", readAlso.Descriptor.Title.ToString());
        Assert.Equal("NewsClean.Boilerplate", readAlso.Descriptor.Category);
        Assert.Equal(DiagnosticSeverity.Warning, readAlso.Severity);
        Assert.Equal("https://github.com/newsclean/newsclean/blob/main/docs/rules.md#nc1001", readAlso.Descriptor.HelpLinkUri);
        Assert.Equal("Read-also block '" + text.ToString(readAlso.Location.SourceSpan) + "' moved to RelatedTitles", readAlso.GetMessage());
        Assert.Equal(AnalyzerRun.PathOf("content/boilerplate.txt"), readAlso.Location.GetLineSpan().Path);
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(diagnostics, d => d.Id == "NC2003").Severity);
    }

    [Fact]
    public async Task A_clean_article_has_no_diagnostics()
    {
        var diagnostics = await new AnalyzerRun()
            .AddFile("content/clean-article.txt", SourceText.From(Fixture.Text("clean-article.txt")))
            .RunAsync();

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task An_empty_content_file_has_no_diagnostics()
    {
        var diagnostics = await new AnalyzerRun().AddFile("content/empty.txt", SourceText.From("\r\n  \n")).RunAsync();

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task A_long_block_is_named_by_a_one_line_excerpt_and_located_in_full()
    {
        var text = SourceText.From(Fixture.Text("contact-footer.txt"));

        var diagnostics = await new AnalyzerRun().AddFile("content/contact-footer.txt", text).RunAsync();

        foreach (var diagnostic in diagnostics)
        {
            var message = diagnostic.GetMessage();
            Assert.DoesNotContain('\n', message);
            Assert.Contains(text.ToString(diagnostic.Location.SourceSpan), message);
        }
    }

    internal static void AssertMatches(IReadOnlyList<ExpectedDiagnostic> expected, ImmutableArray<Diagnostic> diagnostics, SourceText text)
    {
        var actual = diagnostics
            .Select(d => new ExpectedDiagnostic(d.Id, ExpectedDiagnostic.PositionOf(d), text.ToString(d.Location.SourceSpan)))
            .ToArray();
        Assert.Equal(expected, actual);
    }
}
