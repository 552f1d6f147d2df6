using System;
using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>"مقالات مشابهة", "أخبار ذات صلة", "مواضيع ذات صلة", "الأكثر قراءة" and the titles listed under them.</summary>
public sealed class RelatedListRule : CleaningRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.RelatedList, "Related-articles list", "Related list '{0}' moved to RelatedTitles", RuleCategory.Boilerplate, RuleSeverity.Warning,
        "A related-articles heading (مقالات مشابهة, أخبار ذات صلة, مواضيع ذات صلة, الأكثر قراءة, ...) and the titles under it, with bullets or numbers or one per line, go to RelatedTitles. Latin-script headings (You may also like, Das könnte Sie auch interessieren, Te puede interesar, ...) count only as a whole line.");

    public override RuleDescriptor Descriptor => Rule;

    internal override void Apply(DocumentState document)
    {
        for (var i = document.ContentStart; i < document.ContentEnd; i++)
        {
            var line = document.Lines[i];
            if (line.IsBlank || line.IsClaimed || !Phrases.RelatedGate.Admits(line))
            {
                continue;
            }

            var heading = Phrases.RelatedHeading.SafeMatch(line.Text);
            if (!heading.Success)
            {
                if (Phrases.LatinRelatedHeading.SafeMatch(line.Text).Success)
                {
                    document.Claim(line, Rule, null);
                    i = ListBlock.Read(document, line, string.Empty, Rule, ReadItem);
                }

                continue;
            }

            var rest = heading.Groups["rest"].Value.Trim();
            if (rest.Length == 0 && line.Words > 6)
            {
                continue;
            }

            if (rest.Length > 0 && (line.Words > 60 || TextTools.EndsLikeSentence(line.Text) || !ListItems.InTail(document, i)))
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

    /// <summary>Across a blank line the list goes on only with bullets, or in the page footer.</summary>
    private static readonly Func<DocumentState, Line, bool, string?> ReadItem = (document, line, afterBlank) =>
    {
        var allowPlain = !afterBlank || ListItems.InTail(document, line.Index);
        var item = ListItems.ItemText(line, allowPlain);
        return item is null || (afterBlank && !ListItems.IsBullet(line) && !allowPlain) ? null : item;
    };
}
