using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsClean.Core.Model;
using NewsClean.Core.Rules;

namespace NewsClean.Core.Tests.Metamorphic;

/// <summary>A document, its lines and what the cleaner made of it: the transformations pick their targets from the findings.</summary>
internal sealed class Baseline
{
    private Baseline(string text, CleanArticle article)
    {
        Text = text;
        Lines = text.Split('\n');
        Article = article;
    }

    public string Text { get; }

    public string[] Lines { get; }

    public CleanArticle Article { get; }

    public static Baseline? Of(string text)
    {
        var result = new ArticleCleaner().Clean(new DocumentInput(Encoding.UTF8.GetBytes(text)));
        return result.IsSuccess ? new Baseline(text, result.Article!) : null;
    }

    /// <summary>0-based indexes of lines a rule removed whole (not an inline prefix or suffix).</summary>
    public IReadOnlyList<int> WholeLines(params string[] ruleIds) =>
        Article.Findings
            .Where(f => ruleIds.Contains(f.RuleId) && f.StartLine == f.EndLine && f.StartLine - 1 < Lines.Length && Bare(f.Text) == Bare(Lines[f.StartLine - 1]))
            .Select(f => f.StartLine - 1)
            .Distinct()
            .OrderBy(i => i)
            .ToArray();

    /// <summary>A line without the white space and bidi marks the cleaner trims from a line's ends.</summary>
    private static string Bare(string text) => text.Trim().Trim('\u200B', '\u200E', '\u200F', '\uFEFF').Trim();

    /// <summary>True when the line lies inside an embedded article's span.</summary>
    public bool InEmbedded(int line) =>
        Article.Findings.Any(f => f.RuleId == RuleIds.EmbeddedArticle && line + 1 >= f.StartLine && line + 1 <= f.EndLine);

    /// <summary>True when the main article has a footer (source, keywords, related list) the cleaner recognised.</summary>
    public bool HasFooter => Article.Findings.Any(f => f.RuleId == RuleIds.SourceLine || f.RuleId == RuleIds.KeywordFooter || f.RuleId == RuleIds.RelatedList);
}
