using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>"اقرأ المزيد : المقال كامل - title - paper url": the footer a site appends to copied text.</summary>
public sealed class CopyPasteFooterRule : LineRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.CopyPasteFooter, "Copy-paste footer", "Copy-paste footer '{0}' removed", RuleCategory.Boilerplate, RuleSeverity.Warning,
        "Some sites append \"اقرأ المزيد : المقال كامل - <title> - <paper> <tracking url>\" to copied text; the paper becomes Site and the line is dropped.");

    public override RuleDescriptor Descriptor => Rule;

    internal override bool Matches(DocumentState document, Line line)
    {
        if (line.Text.IndexOf("http", System.StringComparison.OrdinalIgnoreCase) < 0 && line.Text.IndexOf("www.", System.StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        var match = Phrases.CopyPasteFooter.SafeMatch(line.Text);
        if (!match.Success)
        {
            return false;
        }

        document.Metadata.Site ??= match.Groups["site"].Value.Trim();
        document.Metadata.Url ??= match.Groups["url"].Value.Trim();
        document.FooterTitle ??= match.Groups["title"].Value.Trim();
        return true;
    }
}
