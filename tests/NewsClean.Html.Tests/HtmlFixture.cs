using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace NewsClean.Html.Tests;

/// <summary>
/// A page under Fixtures/ (bytes as a site would serve them, any encoding) beside &lt;name&gt;.expected.json holding
/// every field the HTML side must produce for it.
/// </summary>
public sealed class HtmlFixture
{
    private HtmlFixture(string name, string pagePath, JsonElement expected)
    {
        Name = name;
        PagePath = pagePath;
        Expected = expected;
    }

    public string Name { get; }

    public string PagePath { get; }

    public JsonElement Expected { get; }

    public byte[] Bytes => File.ReadAllBytes(PagePath);

    public override string ToString() => Name;

    public static string FixturePath(string fileName) => Path.Combine(AppContext.BaseDirectory, "Fixtures", fileName);

    public static HtmlFixture Get(string name) => All().Select(row => (HtmlFixture)row[0]).Single(f => f.Name == name);

    public static IEnumerable<object[]> All()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        foreach (var expectedPath in Directory.GetFiles(root, "*.expected.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            var stem = expectedPath.Substring(0, expectedPath.Length - ".expected.json".Length);
            using var json = JsonDocument.Parse(File.ReadAllText(expectedPath));
            yield return new object[] { new HtmlFixture(Path.GetFileName(stem), stem + ".html", json.RootElement.Clone()) };
        }
    }
}
