using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using NewsClean.Core.Model;
using Xunit;
using Xunit.Abstractions;

namespace NewsClean.Core.Tests.Metamorphic;

/// <summary>
/// Metamorphic suite (issue 9): every corpus document goes through transformations whose effect on the article is
/// known, with fixed seeds. A failure prints the relation, document, seed and a minimal reproducer (the smallest
/// original document whose transformed form still fails, escaped so invisible characters show).
/// </summary>
public sealed class MetamorphicTests
{
    /// <summary>Failures reduced and printed per relation; the rest are counted.</summary>
    private const int ReproducersShown = 3;

    private static readonly Lazy<IReadOnlyList<Baseline>> Baselines = new Lazy<IReadOnlyList<Baseline>>(() =>
        MetamorphicCorpus.Documents.Select(d => Baseline.Of(d.Text)).Where(b => b is not null).Select(b => b!).ToArray());

    private static readonly Lazy<IReadOnlyList<Donor>> Donors = new Lazy<IReadOnlyList<Donor>>(() =>
        MetamorphicCorpus.Documents.Zip(MetamorphicCorpus.Documents.Select(d => Baseline.Of(d.Text)), (d, b) => b is null ? null : Donor.Of(d.Name, b.Article))
            .Where(d => d is not null).Select(d => d!).ToArray());

    private static readonly Lazy<IReadOnlyDictionary<string, MetamorphicRelation>> Relations = new Lazy<IReadOnlyDictionary<string, MetamorphicRelation>>(() =>
        Invariants.All.Concat(StructuralRelations.For(Donors.Value)).ToDictionary(r => r.Name, StringComparer.Ordinal));

    /// <summary>
    /// NEWSCLEAN_METAMORPHIC_ROUNDS multiplies every relation's seeds for a long run (20 gives 100k+ cases); CI runs 1.
    /// </summary>
    private static readonly int RoundFactor = int.TryParse(Environment.GetEnvironmentVariable("NEWSCLEAN_METAMORPHIC_ROUNDS"), out var factor) && factor > 0 ? factor : 1;

    private readonly ITestOutputHelper _output;

    public MetamorphicTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> RelationNames()
    {
        var names = new TheoryData<string>();
        foreach (var r in Invariants.All)
        {
            names.Add(r.Name);
        }

        foreach (var r in StructuralRelations.For(Array.Empty<Donor>()))
        {
            names.Add(r.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(RelationNames))]
    public void RelationHolds(string name)
    {
        var relation = Relations.Value[name];
        var documents = MetamorphicCorpus.Documents;
        var cleaner = new ArticleCleaner();
        var watch = Stopwatch.StartNew();
        var cases = 0;
        var failures = new List<string>();
        for (var d = 0; d < documents.Count; d++)
        {
            var baseline = Baseline.Of(documents[d].Text);
            if (baseline is null)
            {
                continue;
            }

            for (var round = 0; round < relation.Rounds * RoundFactor; round++)
            {
                var seed = Seed(documents[d].Name, relation.Name, round);
                var @case = relation.Build(baseline, new Random(seed));
                if (@case is null)
                {
                    continue;
                }

                cases++;
                var problem = Run(cleaner, @case);
                if (problem is null)
                {
                    continue;
                }

                var report = new StringBuilder().Append(relation.Name).Append(" on ").Append(documents[d].Name).Append(" (seed ").Append(seed).Append("): ").Append(problem);
                if (failures.Count < ReproducersShown)
                {
                    var minimal = Reducer.Reduce(baseline.Text, text => Baseline.Of(text) is { } b && relation.Build(b, new Random(seed)) is { } c && Run(cleaner, c) is not null);
                    report.Append("\n  minimal original document (").Append(minimal.Split('\n').Length).Append(" lines):\n    ").Append(Escape(minimal).Replace("\n", "\n    "));
                    if (Baseline.Of(minimal) is { } small && relation.Build(small, new Random(seed)) is { } reduced)
                    {
                        var transformed = NewsClean.Core.Text.TextDecoder.Decode(reduced.Bytes).Content ?? string.Empty;
                        report.Append("\n  transformed:\n    ").Append(Escape(transformed).Replace("\n", "\n    "));
                    }
                }

                failures.Add(report.ToString());
                break;
            }
        }

        _output.WriteLine($"{relation.Name}: {cases} cases over {documents.Count} documents, {failures.Count} failing, {watch.Elapsed.TotalSeconds:n1} s");
        foreach (var failure in failures.Take(ReproducersShown))
        {
            _output.WriteLine(failure);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases fail {relation.Name}:\n" + string.Join("\n", failures.Take(ReproducersShown))
            + (failures.Count > ReproducersShown ? "\n… and on " + string.Join(", ", failures.Skip(ReproducersShown).Select(f => f.Split(' ')[2])) : string.Empty));
    }

    [Fact]
    public void SuiteCoversTheFixturesAndEveryRelationApplies()
    {
        Assert.Contains(MetamorphicCorpus.Documents, d => d.Name.StartsWith("fixture/Documents/", StringComparison.Ordinal));
        Assert.NotEmpty(Donors.Value);
        foreach (var relation in Relations.Value.Values)
        {
            var applies = Baselines.Value.Any(b => relation.Build(b, new Random(1)) is not null);
            Assert.True(applies, relation.Name + " applies to no document: it would test nothing");
        }
    }

    private static string? Run(ArticleCleaner cleaner, MetamorphicCase @case)
    {
        CleanResult result;
        try
        {
            result = cleaner.Clean(new DocumentInput(@case.Bytes));
        }
        catch (Exception e)
        {
            return "engine threw " + e.GetType().Name + ": " + e.Message;
        }

        return result.IsSuccess ? @case.Check(result.Article!) : "no article: " + result.Error!.ErrorId;
    }

    /// <summary>A seed that depends only on names (string.GetHashCode differs between runs).</summary>
    private static int Seed(string document, string relation, int round)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in document + "\u0001" + relation)
            {
                hash = (hash ^ c) * 16777619;
            }

            return (hash ^ (round * 7919)) & 0x7FFFFFFF;
        }
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\n' || (c >= ' ' && c != '\u00A0' && c != '\u0640' && (c < '\u200B' || c > '\u200F') && c != '\uFEFF'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
