using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace NewsClean.Core.Tests;

/// <summary>
/// A golden case: an input document (bytes as stored, any encoding) beside a JSON file with everything the
/// cleaner must produce. Fields left out of the JSON are not checked; fields written as null or [] must be empty.
/// </summary>
public sealed class GoldenCase
{
    private GoldenCase(string name, string inputPath, JsonElement expected)
    {
        Name = name;
        InputPath = inputPath;
        Expected = expected;
    }

    public string Name { get; }

    public string InputPath { get; }

    public JsonElement Expected { get; }

    public override string ToString() => Name;

    /// <summary>Every case under a folder of the test output: &lt;name&gt;.txt (or .input) beside &lt;name&gt;.expected.json.</summary>
    public static IEnumerable<object[]> Load(string folder)
    {
        var root = Path.Combine(AppContext.BaseDirectory, folder);
        foreach (var expectedPath in Directory.GetFiles(root, "*.expected.json", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var stem = expectedPath.Substring(0, expectedPath.Length - ".expected.json".Length);
            var input = new[] { stem + ".txt", stem + ".input" }.First(File.Exists);
            using var json = JsonDocument.Parse(File.ReadAllText(expectedPath));
            yield return new object[] { new GoldenCase(Path.GetRelativePath(root, stem), input, json.RootElement.Clone()) };
        }
    }
}
