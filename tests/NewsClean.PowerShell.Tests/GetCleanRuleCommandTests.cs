using System.Linq;
using NewsClean.Core.Model;
using NewsClean.Core.Rules;
using Xunit;

namespace NewsClean.PowerShell.Tests;

public sealed class GetCleanRuleCommandTests : IClassFixture<ModuleRunspace>
{
    private readonly ModuleRunspace _shell;

    public GetCleanRuleCommandTests(ModuleRunspace shell)
    {
        _shell = shell;
    }

    [Fact]
    public void WithoutParameters_ListsEveryRuleOnce_InIdOrder()
    {
        var ids = Ids(_shell.Invoke("Get-CleanRule"));

        Assert.NotEmpty(ids);
        Assert.Equal(RuleCatalog.Descriptors.Select(d => d.Id), ids);
        Assert.Equal(ids.Distinct(), ids);
    }

    [Fact]
    public void Id_AcceptsWildcards()
    {
        var ids = Ids(_shell.Invoke("Get-CleanRule -Id 'NC2*'"));

        Assert.Equal(RuleCatalog.Descriptors.Where(d => d.Id.StartsWith("NC2", System.StringComparison.Ordinal)).Select(d => d.Id), ids);
        Assert.NotEmpty(ids);
    }

    [Fact]
    public void Category_Filters()
    {
        var rules = _shell.Invoke("Get-CleanRule -Category Metadata").Output.Select(o => (RuleDescriptor)o.BaseObject).ToList();

        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.Equal(RuleCategory.Metadata, r.Category));
    }

    [Fact]
    public void UnknownId_IsRuleNotFound_ButAnUnmatchedPatternIsNoError()
    {
        var result = _shell.Invoke("Get-CleanRule -Id NC0000, 'NC0*', $args[0]", RuleIds.SiteHeader);

        Assert.Equal(new[] { "RuleNotFound,NewsClean.PowerShell.GetCleanRuleCommand" }, result.ErrorIds);
        Assert.Equal(new[] { RuleIds.SiteHeader }, Ids(result));
    }

    [Fact]
    public void Findings_PipedIn_ListTheRulesThatFired()
    {
        var text = ArticleFixture.Load("article-desalination").Text;
        var result = _shell.Invoke("$article = $args[0] | Get-CleanArticle; $article.Findings | Get-CleanRule; ,$article", text);

        var article = Assert.IsType<CleanArticle>(result.Output[^1].BaseObject);
        var fired = article.Findings.Select(f => f.RuleId).Distinct().OrderBy(id => id, System.StringComparer.Ordinal);
        Assert.NotEmpty(article.Findings);
        Assert.Equal(fired, Ids(new ScriptResult(result.Output.Take(result.Output.Count - 1).ToList(), result.Errors)));
    }

    private static string[] Ids(ScriptResult result) =>
        result.Output.Select(o => Assert.IsType<RuleDescriptor>(o.BaseObject).Id).ToArray();
}

/// <summary>Issue 13: rule ids complete on Tab for -ExcludeRule and Get-CleanRule.</summary>
public sealed class RuleIdCompletionTests : Xunit.IClassFixture<ModuleRunspace>
{
    private readonly ModuleRunspace _shell;

    public RuleIdCompletionTests(ModuleRunspace shell)
    {
        _shell = shell;
    }

    [Xunit.Theory]
    [Xunit.InlineData("Get-CleanArticle -ExcludeRule NC10")]
    [Xunit.InlineData("Test-CleanArticle -ExcludeRule NC10")]
    [Xunit.InlineData("Get-CleanRule NC10")]
    public void RuleIds_CompleteFromThePrefix(string line)
    {
        var result = _shell.Invoke("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches | ForEach-Object CompletionText", line);

        var ids = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(result.Output, o => o.ToString()));
        Xunit.Assert.NotEmpty(ids);
        Xunit.Assert.All(ids, id => Xunit.Assert.StartsWith("NC10", id, System.StringComparison.Ordinal));
        Xunit.Assert.Equal(
            System.Linq.Enumerable.Count(NewsClean.Core.Rules.RuleCatalog.Descriptors, d => d.Id.StartsWith("NC10", System.StringComparison.Ordinal)),
            ids.Count);
    }
}
