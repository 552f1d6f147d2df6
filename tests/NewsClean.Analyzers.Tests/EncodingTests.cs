using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace NewsClean.Analyzers.Tests;

/// <summary>
/// A Windows-1256 file reaches the analyzer as whatever the compiler decoded: on Windows, its ANSI code page (or the
/// project's CodePage); on Linux and macOS, UTF-8 with U+FFFD in place of every undecodable byte.
/// </summary>
public sealed class EncodingTests
{
    [Theory]
    [InlineData(1252)] // the compiler's fallback on an English Windows machine
    [InlineData(1256)] // an Arabic Windows machine, or <CodePage>1256</CodePage>
    public async Task A_windows_1256_file_decoded_with_a_single_byte_code_page_is_checked_at_exact_spans(int codePage)
    {
        var text = Fixture.Decoded(Fixture.Bytes("boilerplate-windows-1256.txt"), Fixture.CodePage(codePage));

        var diagnostics = await new AnalyzerRun().AddFile("content/boilerplate.txt", text).RunAsync();

        var fallback = Assert.Single(diagnostics, d => d.Id == "NC4001");
        Assert.Equal("1:1-1:1", ExpectedDiagnostic.PositionOf(fallback));
        Assert.Equal("The bytes are not valid UTF-8; decoded as windows-1256", fallback.GetMessage());
        var expected = Fixture.Expected("boilerplate.expected.tsv");
        Assert.Equal(
            expected.Select(e => e.Id + " " + e.Position),
            diagnostics.Where(d => d.Id != "NC4001").Select(d => d.Id + " " + ExpectedDiagnostic.PositionOf(d)));

        // the message names the Arabic text, decoded as Windows-1256 by the engine
        var readAlso = Assert.Single(diagnostics, d => d.Id == "NC1001");
        Assert.Contains(expected.Single(e => e.Id == "NC1001").Text, readAlso.GetMessage());
    }

    [Fact]
    public async Task A_windows_1256_file_the_compiler_decoded_lossily_gets_one_warning_and_no_guesses()
    {
        var bytes = Fixture.Bytes("boilerplate-windows-1256.txt");
        var text = Fixture.Decoded(bytes, Fixture.LossyUtf8);
        Assert.Contains('\uFFFD', text.ToString());

        var diagnostics = await new AnalyzerRun().AddFile("content/boilerplate.txt", text).RunAsync();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("NC4001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("1:1-1:2", ExpectedDiagnostic.PositionOf(diagnostic));
        Assert.Contains("did not check this file", diagnostic.GetMessage());
    }

    [Fact]
    public async Task Replacement_characters_in_a_valid_utf8_file_are_content_not_an_encoding_problem()
    {
        var text = Fixture.Decoded(Fixture.StrictUtf8.GetBytes("\uFFFD\uFFFD " + Fixture.Text("clean-article.txt")), Fixture.StrictUtf8);

        var diagnostics = await new AnalyzerRun().AddFile("content/clean.txt", text).RunAsync();

        Assert.DoesNotContain(diagnostics, d => d.Id == "NC4001");
    }

    [Fact]
    public async Task Double_encoded_text_is_reported_and_its_findings_cover_their_whole_lines()
    {
        var text = Fixture.Decoded(Fixture.Bytes("double-encoded.txt"), Fixture.StrictUtf8);

        var diagnostics = await new AnalyzerRun().AddFile("content/double-encoded.txt", text).RunAsync();

        var repaired = Assert.Single(diagnostics, d => d.Id == "NC4003");
        Assert.Equal("1:1-1:1", ExpectedDiagnostic.PositionOf(repaired));
        var findings = diagnostics.Where(d => d.Id != "NC4003").ToArray();
        var expected = Fixture.Expected("boilerplate.expected.tsv");
        Assert.Equal(expected.Select(e => e.Id), findings.Select(d => d.Id));
        foreach (var (finding, line) in findings.Zip(expected.Select(e => int.Parse(e.Position.Split(':')[0]))))
        {
            // the engine repaired the text before its rules ran, so the span is the whole (double-encoded) line
            var lineSpan = finding.Location.GetLineSpan().Span;
            Assert.Equal(line - 1, lineSpan.Start.Line);
            Assert.Equal(0, lineSpan.Start.Character);
            Assert.Equal(text.Lines[line - 1].Span, finding.Location.SourceSpan);
        }
    }
}
