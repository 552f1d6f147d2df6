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
                    i = TakeItems(document, i);
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

            i = TakeItems(document, i);
        }
    }

    /// <summary>Claims the items under a heading at <paramref name="index"/>; returns the last line index used.</summary>
    internal static int TakeItems(DocumentState document, int index)
    {
        var last = index;
        var sawBlank = false;
        for (var j = index + 1; j < document.ContentEnd; j++)
        {
            var next = document.Lines[j];
            if (next.IsBlank)
            {
                sawBlank = true;
                continue;
            }

            if (next.IsClaimed)
            {
                continue;
            }

            if (ListItems.StartsBlock(next))
            {
                break;
            }

            // Across a blank line the list goes on only with bullets, or in the page footer.
            var allowPlain = !sawBlank || ListItems.InTail(document, j);
            var item = ListItems.ItemText(next, allowPlain);
            if (item is null || (sawBlank && !ListItems.IsBullet(next) && !allowPlain))
            {
                break;
            }

            document.Claim(next, Rule, item);
            document.Related.Add(item);
            last = j;
            sawBlank = false;
        }

        return last;
    }
}
