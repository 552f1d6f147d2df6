using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace NewsClean.PowerShell.Tests;

/// <summary>A document from Fixtures/ with what a user expects the cleaner to make of it (Fixtures/&lt;name&gt;.expected.json).</summary>
public sealed class ArticleFixture
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private ArticleFixture(string path, string text, Expectation expected)
    {
        Path = path;
        Text = text;
        Expected = expected;
    }

    public string Path { get; }

    public string Text { get; }

    public Expectation Expected { get; }

    public static ArticleFixture Load(string name)
    {
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var path = System.IO.Path.Combine(folder, name + ".txt");
        var expected = JsonSerializer.Deserialize<Expectation>(File.ReadAllText(System.IO.Path.Combine(folder, name + ".expected.json")), JsonOptions)
            ?? throw new InvalidDataException($"{name}.expected.json is empty.");
        return new ArticleFixture(path, File.ReadAllText(path), expected);
    }

    public sealed record Expectation(
        string Title,
        string Site,
        string Published,
        string Source,
        string SourceLine,
        IReadOnlyList<string> Keywords,
        string KeywordLine,
        string FirstParagraphStart);
}
