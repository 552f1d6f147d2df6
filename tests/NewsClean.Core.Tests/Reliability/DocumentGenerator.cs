using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace NewsClean.Core.Tests.Reliability;

/// <summary>Generates article-like documents from a fixed vocabulary with a fixed seed, so failures reproduce.</summary>
internal sealed class DocumentGenerator
{
    private static readonly string[] Words = Read("words.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
    private static readonly string[] Boilerplate = Read("boilerplate-lines.txt");
    private readonly Random _random;

    public DocumentGenerator(int seed) => _random = new Random(seed);

    /// <summary>A paragraph of 18-60 words ending with a full stop: reads like article text to every rule.</summary>
    public string Paragraph()
    {
        var count = _random.Next(18, 61);
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(i % 9 == 0 ? "، " : " ");
            }

            builder.Append(Words[_random.Next(Words.Length)]);
        }

        return builder.Append('.').ToString();
    }

    public IReadOnlyList<string> Paragraphs(int min, int max) => Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => Paragraph()).ToArray();

    public string BoilerplateLine() => Boilerplate[_random.Next(Boilerplate.Length)];

    /// <summary>Paragraphs with boilerplate lines sprinkled between them, separated by blank lines or single newlines.</summary>
    public string Mixed(IReadOnlyList<string> paragraphs)
    {
        var parts = new List<string>();
        foreach (var p in paragraphs)
        {
            parts.Add(p);
            if (_random.Next(4) == 0)
            {
                parts.Add(BoilerplateLine());
            }
        }

        return string.Join(_random.Next(2) == 0 ? "\n\n" : "\n", parts);
    }

    private static string[] Read(string name) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)).Where(l => l.Trim().Length > 0).ToArray();
}
