using System;
using System.Collections.Generic;
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
        "Each whole secondary article inside a read-also or related block (a title, then a desk line, a date line or paragraphs, up to its own source line, the next article or the block's end) is split out as an embedded article with its own fields; a block may hold several, in any order with listed titles.");

    public override RuleDescriptor Descriptor => Rule;

    public override IEnumerable<RuleDescriptor> Descriptors
    {
        get
        {
            yield return Rule;
            yield return EmbeddedRule;
        }
    }

    /// <summary>Under a read-also marker every title-like line is a listed title, blank lines or not.</summary>
    private static readonly Func<DocumentState, Line, bool, string?> ReadItem = (document, line, afterBlank) => ListItems.ItemText(line, allowPlain: true);

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
            if (rest.Length > 0)
            {
                document.Related.Add(rest);
            }

            i = ListBlock.Read(document, line, rest, Rule, ReadItem);
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
}
