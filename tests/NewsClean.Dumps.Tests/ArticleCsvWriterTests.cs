using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsClean.Core.Model;
using Xunit;

namespace NewsClean.Dumps.Tests;

public sealed class ArticleCsvWriterTests
{
    private static readonly IReadOnlyList<CleanArticle> Articles = Fixture.Articles();

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData(" spaces kept ", " spaces kept ")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void FieldsAreQuotedOnlyWhenTheyMustBe(string? value, string expected)
    {
        Assert.Equal(expected, ArticleCsvWriter.Escape(value));
    }

    [Fact]
    public void TheHeaderIsTheFieldListAndEachArticleOneRecordThatReadsBack()
    {
        var bytes = Write(Articles);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        var rows = Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(ArticleFields.Article, rows[0]);
        Assert.Equal(Articles.Count + 1, rows.Count);
        for (var i = 0; i < Articles.Count; i++)
        {
            var row = rows[i + 1];
            string Field(string name) => row[ArticleFields.Article.ToList().IndexOf(name)];
            Assert.Equal(Articles[i].Body, Field("Body"));
            Assert.Equal(Articles[i].Title ?? string.Empty, Field("Title"));
            Assert.Equal(Articles[i].Keywords, JsonSerializer.Deserialize<string[]>(Field("Keywords")));
            Assert.Equal(Articles[i].Findings.Count, JsonDocument.Parse(Field("Findings")).RootElement.GetArrayLength());
            Assert.Equal(Articles[i].PublishedAt?.ToString("o", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, Field("PublishedAt"));
        }
    }

    [Fact]
    public void RecordsEndWithCrlfAndTwoRunsAreByteIdentical()
    {
        var bytes = Write(Articles);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(bytes, Write(Fixture.Articles()));
    }

    [Fact]
    public void WithoutByteOrderMarkOnRequest()
    {
        using var stream = new MemoryStream();
        using (new ArticleCsvWriter(stream, leaveOpen: true, byteOrderMark: false))
        {
        }

        Assert.Equal(string.Join(",", ArticleFields.Article) + "\r\n", Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static byte[] Write(IEnumerable<CleanArticle> articles)
    {
        using var stream = new MemoryStream();
        using (var writer = new ArticleCsvWriter(stream, leaveOpen: true))
        {
            foreach (var article in articles)
            {
                writer.Write(article);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A strict RFC 4180 reader, independent of the writer: records end with CRLF outside quotes.</summary>
    private static List<string[]> Parse(string csv)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add(fields.ToArray());
                fields.Clear();
                i++;
            }
            else
            {
                Assert.NotEqual('\n', c);
                field.Append(c);
            }
        }

        Assert.Empty(fields);
        return rows;
    }
}
