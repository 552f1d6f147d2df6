using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace NewsClean.Analyzers.Tests;

/// <summary>
/// End to end: `dotnet build` of samples/CorpusCheck with the real compiler, the analyzer loaded as a project
/// reference (with NewsClean.Core passed along by the analyzer project), the sample's .editorconfig and .globalconfig.
/// </summary>
[Collection(DotnetCliCollection.Name)]
public sealed class SampleBuildTests
{
    private static readonly Regex DiagnosticLine = new Regex(
        @"^(?<file>[^\r\n(]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>NC\d{4}): ",
        RegexOptions.CultureInvariant | RegexOptions.Multiline,
        TimeSpan.FromSeconds(5));

    private readonly ITestOutputHelper _output;

    public SampleBuildTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Dotnet_build_of_the_sample_reports_NC_diagnostics_with_file_and_line()
    {
        var sample = Path.Combine(DotnetCli.RepositoryRoot(), "samples", "CorpusCheck");
        var configuration = DotnetCli.Configuration;

        // The compile step must run even when an earlier run left its outputs.
        foreach (var folder in new[] { "bin", "obj" })
        {
            var path = Path.Combine(sample, folder, configuration);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }

        var (exitCode, output) = DotnetCli.Run(sample, "build", "CorpusCheck.csproj", "-c", configuration, "-nologo", "-v", "q", "--disable-build-servers");
        _output.WriteLine(output);

        var found = DiagnosticLine.Matches(output)
            .Select(m => string.Join(
                " ",
                Path.GetRelativePath(sample, m.Groups["file"].Value.Trim()).Replace('\\', '/'),
                m.Groups["line"].Value,
                m.Groups["severity"].Value,
                m.Groups["id"].Value))
            .Distinct()
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(
            new[]
            {
                // CRLF file; NC1007 raised to error for content/curated/** by the sample's .editorconfig
                "content/curated/book-fair.txt 1 warning NC2003",
                "content/curated/book-fair.txt 10 error NC1007",
                "content/curated/book-fair.txt 11 error NC1007",
                "content/curated/book-fair.txt 9 error NC1007",
                // .md is content through newsclean.content_file_extensions
                "content/notes.md 1 warning NC2003",
                "content/notes.md 5 warning NC1004",
                // NC2003 (Info by default) raised to warning by the sample's .globalconfig
                "content/oil-prices.txt 10 warning NC1001",
                "content/oil-prices.txt 12 warning NC1004",
                "content/oil-prices.txt 14 warning NC1005",
                "content/oil-prices.txt 4 warning NC2003",
            },
            found);
        Assert.DoesNotContain("content/raw/", output.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", output, StringComparison.Ordinal);
        Assert.NotEqual(0, exitCode);
    }
}
