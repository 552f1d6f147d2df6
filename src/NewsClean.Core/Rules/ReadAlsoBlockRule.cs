using System.Collections.Generic;
using NewsClean.Core.Dates;
using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>
/// Read-also blocks in every spelling ("إقرأ أيضاً", "اقرأ أيضا", "شاهد أيضا", "طالع أيضا", "قد يهمك"), inline or with titles
/// below; when a whole secondary article follows its title (a desk line, paragraphs, its own source line) it is split out.
/// </summary>
public sealed class ReadAlsoBlockRule : CleaningRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.ReadAlsoBlock, "Read-also block", "Read-also block '{0}' moved to RelatedTitles", RuleCategory.Boilerplate, RuleSeverity.Warning,
        "A read-also marker (إقرأ أيضاً, اقرأ أيضا, اقرأ ايضاً, اقرأ المزيد, شاهد أيضا, طالع أيضا, قد يهمك; with or without colon) and the titles after it, inline or on the following lines, go to RelatedTitles. In the Latin-script languages (Read more:, Lesen Sie auch:, Lea también:, Czytaj też:, ...) the marker counts only before a colon, and the line alone is the block.");

    internal static readonly RuleDescriptor EmbeddedRule = new RuleDescriptor(
        RuleIds.EmbeddedArticle, "Embedded article", "Embedded article '{0}' moved to EmbeddedArticles", RuleCategory.Boilerplate, RuleSeverity.Warning,
        "A whole secondary article inside a read-also block (its title, a desk or dateline, paragraphs and its own source line) is split out as an embedded article with its own fields.");

    public override RuleDescriptor Descriptor => Rule;

    public override IEnumerable<RuleDescriptor> Descriptors
    {
        get
        {
            yield return Rule;
            yield return EmbeddedRule;
        }
    }

    internal override void Apply(DocumentState document)
    {
        for (var i = document.ContentStart; i < document.ContentEnd; i++)
        {
            var line = document.Lines[i];
            if (line.IsBlank || line.IsClaimed || line.Words > 40 || !Phrases.ReadAlsoGate.Admits(line))
            {
                continue;
            }

            var marker = Phrases.ReadAlso.SafeMatch(line.Text);
            if (!marker.Success && ClaimLatinReadAlso(document, line))
            {
                continue;
            }

            if (!marker.Success)
            {
                marker = Phrases.WatchTeaser.SafeMatch(line.Text);
                if (!marker.Success || line.Words > 25)
                {
                    continue;
                }
            }

            var rest = marker.Groups["rest"].Value.Trim();
            // "اقرأ المزيد عن ..." opening a sentence that runs to a full stop is article text.
            if (rest.Length > 0 && ((Zones.IsBodyLike(line) && line.Words > 25) || (line.Text.EndsWith(".", System.StringComparison.Ordinal) && line.Words > 12)))
            {
                continue;
            }

            document.Claim(line, Rule, rest.Length > 0 ? rest : null);
            var titles = new List<Line>();
            if (rest.Length > 0)
            {
                document.Related.Add(rest);
            }

            i = TakeTitles(document, line, titles, rest);
        }
    }

    /// <summary>
    /// "Read more: title" in a Latin-script language: the line alone is the block (an HTML page gives each link its own
    /// block, and the titles-below and embedded-article readings are written for Arabic dumps).
    /// </summary>
    private static bool ClaimLatinReadAlso(DocumentState document, Line line)
    {
        var marker = Phrases.LatinReadAlso.SafeMatch(line.Text);
        if (!marker.Success || line.Words > 25)
        {
            return false;
        }

        var rest = marker.Groups["rest"].Value.Trim();
        document.Claim(line, Rule, rest);
        document.Related.Add(rest);
        return true;
    }

    private static int TakeTitles(DocumentState document, Line marker, List<Line> titles, string inlineTitle)
    {
        var last = marker.Index;
        for (var next = document.NextNonBlank(marker.Index); next is not null; next = document.NextNonBlank(next.Index))
        {
            if (next.IsClaimed)
            {
                continue;
            }

            if (ListItems.StartsBlock(next))
            {
                break;
            }

            var hasTitle = titles.Count > 0 || inlineTitle.Length > 0;
            if (hasTitle && (BylineRule.IsBylineLine(next) || Zones.IsBodyLike(next)) && LooksLikeEmbedded(document, next, titles.Count > 0))
            {
                var titleLine = titles.Count > 0 ? titles[titles.Count - 1] : null;
                var title = titleLine is not null ? ListItems.ItemText(titleLine, allowPlain: true)! : inlineTitle;
                document.Related.RemoveAt(document.Related.Count - 1);
                return SplitEmbedded(document, title, next, titleLine);
            }

            var item = ListItems.ItemText(next, allowPlain: true);
            if (item is null)
            {
                break;
            }

            document.Claim(next, Rule, item);
            document.Related.Add(item);
            titles.Add(next);
            last = next.Index;
        }

        return last;
    }

    /// <summary>A secondary article opens with a desk line, or its paragraphs run to a source line of their own.</summary>
    private static bool LooksLikeEmbedded(DocumentState document, Line start, bool titleOnItsOwnLine)
    {
        if (BylineRule.IsBylineLine(start))
        {
            return true;
        }

        // Without a desk line the paragraphs must run to a source line of their own: after the main article's
        // footer, or, under a title on its own line, as the last thing on the page. Mid-article, a source line
        // further down is the main article's.
        var footerBefore = FooterBefore(document, start.Index);
        if (!footerBefore && !titleOnItsOwnLine)
        {
            return false;
        }

        for (var next = document.NextNonBlank(start.Index); next is not null; next = document.NextNonBlank(next.Index))
        {
            if (next.IsClaimed)
            {
                continue;
            }

            if (SourceLineRule.SourceOf(document, next, out var valueLine) is not null)
            {
                return footerBefore || ListItems.InTail(document, (valueLine ?? next).Index);
            }

            if (ListItems.StartsBlock(next))
            {
                return false;
            }
        }

        return false;
    }

    private static bool FooterBefore(DocumentState document, int index)
    {
        for (var i = document.ContentStart; i < index; i++)
        {
            var rule = document.Lines[i].ClaimedBy;
            if (rule == SourceLineRule.Rule || rule == KeywordFooterRule.Rule || rule == RelatedListRule.Rule
                || Phrases.SourceLine.SafeMatch(document.Lines[i].Text).Success || Phrases.KeywordLine.SafeMatch(document.Lines[i].Text).Success)
            {
                return true;
            }
        }

        return false;
    }

    private static int SplitEmbedded(DocumentState document, string title, Line start, Line? titleLine)
    {
        var metadata = new ArticleMetadata();
        var first = start.Index;
        var paragraphs = new List<string>();
        var desk = Phrases.DeskLine.SafeMatch(start.Text);
        var from = first;
        if (BylineRule.IsBylineLine(start))
        {
            if (desk.Success)
            {
                metadata.Site = desk.Groups["a"].Value.Trim();
                metadata.Byline = desk.Groups["b"].Value.Trim().TrimEnd(':').Trim();
            }
            else
            {
                metadata.Byline = start.Text;
            }

            from = first + 1;
        }

        var end = from;
        for (var i = from; i < document.ContentEnd; i++)
        {
            var line = document.Lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if (line.IsClaimed)
            {
                end = i;
                continue;
            }

            var source = SourceLineRule.SourceOf(document, line, out var valueLine);
            if (source is not null)
            {
                metadata.Source = source;
                end = valueLine?.Index ?? i;
                break;
            }

            if (ListItems.StartsBlock(line))
            {
                break;
            }

            paragraphs.Add(line.Text);
            end = i;
        }

        if (paragraphs.Count > 0 && ArabicDateParser.TryFindDate(paragraphs[0], out var date))
        {
            metadata.PublishedAt = date.Value;
        }

        var article = new CleanArticle(title, paragraphs, metadata, System.Array.Empty<CleanArticle>(), System.Array.Empty<Finding>(), document.Input.SourcePath, null);

        // The title line was taken as a read-also title before the article under it showed; it opens the article.
        if (titleLine is not null)
        {
            document.Release(titleLine);
            first = titleLine.Index;
        }

        document.ClaimBlock(first, end, EmbeddedRule, article);
        document.Embedded.Add(article);
        return end;
    }
}
