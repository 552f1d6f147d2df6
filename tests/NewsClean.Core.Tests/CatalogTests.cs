using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using NewsClean.Core.Model;
using NewsClean.Core.Rules;
using Xunit;

namespace NewsClean.Core.Tests;

public sealed class CatalogTests
{
    [Fact]
    public void IdsAreUnique()
    {
        var duplicates = RuleCatalog.Descriptors.GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void EveryIdConstantHasADescriptor()
    {
        var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToArray();
        var missing = constants.Where(id => !RuleCatalog.TryGet(id, out _)).ToArray();
        Assert.Empty(missing);
        Assert.Equal(constants.Length, RuleCatalog.Descriptors.Count);
    }

    [Fact]
    public void EveryRuleIsDocumented()
    {
        foreach (var d in RuleCatalog.Descriptors)
        {
            Assert.Matches(new Regex("^NC[1-49][0-9]{3}$"), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Id);
            Assert.True(d.Description.Length >= 40, d.Id + " needs a real description");
            Assert.Contains("{0}", d.MessageFormat);
            Assert.EndsWith("#" + d.Id.ToLowerInvariant(), d.HelpLink);
        }
    }

    [Fact]
    public void IdRangeMatchesCategory()
    {
        foreach (var d in RuleCatalog.Descriptors)
        {
            var expected = d.Id[2] switch
            {
                '1' => RuleCategory.Boilerplate,
                '2' => RuleCategory.Metadata,
                '3' => RuleCategory.Validation,
                '4' => RuleCategory.Encoding,
                _ => RuleCategory.Engine,
            };
            Assert.True(expected == d.Category, $"{d.Id} is {d.Category}, its range says {expected}");
        }
    }

    [Fact]
    public void RulesDocumentListsEveryRule()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules.md"));
        var missing = RuleCatalog.Descriptors.Where(d => !doc.Contains("## " + d.Id, StringComparison.Ordinal)).Select(d => d.Id).ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void DisabledRuleLeavesItsLineInTheBody()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "source-line.txt"));
        var sourceLine = text.Split('\n').First(l => l.Contains(':', StringComparison.Ordinal) && !l.Contains('@', StringComparison.Ordinal) && l.Length > 12 && l.IndexOf(':') < 8);
        var source = sourceLine.Substring(sourceLine.IndexOf(':') + 1).Trim();
        var all = new ArticleCleaner().Clean(text).Article!;
        var without = new ArticleCleaner(new CleanerOptions(new[] { RuleIds.SourceLine })).Clean(text).Article!;
        Assert.Equal(source, all.Source);
        Assert.DoesNotContain(sourceLine, all.Body, StringComparison.Ordinal);
        Assert.Null(without.Source);
        Assert.Contains(sourceLine, without.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(without.Findings, f => f.RuleId == RuleIds.SourceLine);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsClean.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("NewsClean.sln not found above " + AppContext.BaseDirectory);
    }
}
