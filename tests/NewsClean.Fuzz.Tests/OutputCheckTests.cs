using System.Collections.Generic;
using System.Text;
using NewsClean.Fuzz;
using Xunit;

namespace NewsClean.Fuzz.Tests;

/// <summary>The checks the fuzz run relies on fail when the promise is broken (so a green run means something).</summary>
public sealed class OutputCheckTests
{
    private static readonly KnownCrashes None = KnownCrashes.Empty;

    private static readonly IReadOnlyList<ExpectedInput> Inputs = new[]
    {
        new ExpectedInput { Path = "/d.jsonl", Line = 1, Id = "a", Kind = "k" },
        new ExpectedInput { Path = "/d.jsonl", Line = 2, Id = "b", Kind = "k", Expectation = LineExpectation.Error },
        new ExpectedInput { Path = "/d.jsonl", Line = 3, Id = "c", Kind = "k" },
        new ExpectedInput { Path = "/f.txt", Kind = "k" },
    };

    private static string Article(string? path, string? id) =>
        "{\"SourcePath\":" + (path is null ? "null" : "\"" + path + "\"") + ",\"SourceId\":" + (id is null ? "null" : "\"" + id + "\"")
        + ",\"Url\":null,\"Title\":\"t\",\"Body\":\"b\",\"PublishedAt\":null,\"ModifiedAt\":null,\"ScrapedAt\":null,\"Site\":null,\"Source\":null,\"Byline\":null,"
        + "\"Keywords\":[],\"RelatedTitles\":[],\"EmbeddedArticles\":[],\"Encoding\":null,\"WordCount\":1,\"IsValid\":null,\"ValidationIssues\":[],\"Findings\":[]}\n";

    private static string Error(string id, string path, long? line) =>
        "{\"error\":\"" + id + "\",\"path\":\"" + path + "\",\"line\":" + (line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null") + ",\"message\":\"m\"}\n";

    private static OutputCheck Check(string stdout, string stderr) =>
        OutputCheck.Run(Inputs, Encoding.UTF8.GetBytes(stdout), Encoding.UTF8.GetBytes(stderr), None);

    [Fact]
    public void OneAnswerPerInputInOrder_Passes()
    {
        var check = Check(Article(null, "a") + Article(null, "c") + Article("/f.txt", "x"), Error("MalformedRecord", "/d.jsonl", 2));

        Assert.Empty(check.Problems);
        Assert.Equal(3, check.Articles);
    }

    [Fact]
    public void AMissingAnswer_AnExtraOne_OrTheWrongOrder_Fails()
    {
        Assert.NotEmpty(Check(Article(null, "a") + Article("/f.txt", null), Error("MalformedRecord", "/d.jsonl", 2)).Problems);
        Assert.NotEmpty(Check(Article(null, "a") + Article(null, "c") + Article(null, "c") + Article("/f.txt", null), Error("MalformedRecord", "/d.jsonl", 2)).Problems);
        Assert.NotEmpty(Check(Article(null, "c") + Article(null, "a") + Article("/f.txt", null), Error("MalformedRecord", "/d.jsonl", 2)).Problems);
    }

    [Fact]
    public void AnArticleForALineThatMustFail_Fails()
    {
        Assert.NotEmpty(Check(Article(null, "a") + Article(null, "b") + Article(null, "c") + Article("/f.txt", null), string.Empty).Problems);
    }

    [Fact]
    public void InvalidJson_OrAStackTraceOnStderr_Fails()
    {
        Assert.NotEmpty(Check(Article(null, "a").Replace("}", string.Empty, System.StringComparison.Ordinal) + Article(null, "c") + Article("/f.txt", null), Error("MalformedRecord", "/d.jsonl", 2)).Problems);
        Assert.NotEmpty(Check(Article(null, "a") + Article(null, "c") + Article("/f.txt", null), Error("MalformedRecord", "/d.jsonl", 2) + "Unhandled exception. System.Exception\n").Problems);
    }

    [Fact]
    public void AnInternalError_IsSetApartWithItsInput()
    {
        var check = Check(Article(null, "a") + Article("/f.txt", null), Error("MalformedRecord", "/d.jsonl", 2) + Error("InternalError", "/d.jsonl", 3));

        Assert.Empty(check.Problems);
        var crash = Assert.Single(check.InternalErrors);
        Assert.Equal("c", crash.Input.Id);
    }

    [Fact]
    public void ADamagedGzipDump_MayGiveAnyPrefix_ButMustEndWithTheError()
    {
        var inputs = new[]
        {
            new ExpectedInput { Path = "/z.jsonl.gz", Kind = "gzip-corrupt", DamagedDumpIds = new[] { "a", "b", "c" } },
            new ExpectedInput { Path = "/d.jsonl", Line = 1, Id = "d", Kind = "k" },
        };
        OutputCheck Run(string stdout, string stderr) => OutputCheck.Run(inputs, Encoding.UTF8.GetBytes(stdout), Encoding.UTF8.GetBytes(stderr), None);

        Assert.Empty(Run(Article(null, "a") + Article(null, "b garbled") + Article(null, "d"), Error("MalformedRecord", "/z.jsonl.gz", 3) + Error("FileReadFailed", "/z.jsonl.gz", null)).Problems);
        Assert.NotEmpty(Run(Article(null, "a") + Article(null, "d"), string.Empty).Problems);
        Assert.NotEmpty(Run(Article(null, "a") + Article(null, "d"), Error("MalformedRecord", "/z.jsonl.gz", 3)).Problems);
        var crash = Assert.Single(Run(Article(null, "d"), Error("InternalError", "/z.jsonl.gz", 2) + Error("FileReadFailed", "/z.jsonl.gz", null)).InternalErrors);
        Assert.Null(crash.Known);
    }
}
