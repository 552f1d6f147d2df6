using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>"الحرة:" alone on the first line: the outlet the dump was taken from.</summary>
public sealed class SiteHeaderRule : CleaningRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.SiteHeader, "Site header", "Site header '{0}' moved to Site", RuleCategory.Metadata, RuleSeverity.Info,
        "A short outlet name ending with a colon on the first line of a dump (\"الحرة:\") names the site; it goes to Site.");

    public override RuleDescriptor Descriptor => Rule;

    internal override void Apply(DocumentState document)
    {
        var line = document.NextNonBlank(document.ContentStart - 1);
        if (line is null || line.IsClaimed || line.Words > 4 || Phrases.SourceLine.SafeMatch(line.Text).Success)
        {
            return;
        }

        var match = Phrases.SiteHeader.SafeMatch(line.Text);
        if (!match.Success)
        {
            return;
        }

        // A site header stands apart (a blank line or the crawler stamp under it); a line ending with a colon
        // directly above more text is the first half of a headline or a section label.
        var below = line.Index + 1 < document.ContentEnd ? document.Lines[line.Index + 1] : null;
        var stamp = below is null ? string.Empty : TextTools.WesternDigits(TextTools.WithoutTatweelAndBidi(below.Text));
        if (below is not null && !below.IsBlank && !Phrases.CrawlerStamp.SafeMatch(stamp).Success && !Phrases.MachineTimestamp.SafeMatch(stamp).Success
            && !Phrases.HomeCrumb.SafeMatch(below.Text).Success && !Phrases.NavigationWord.SafeMatch(below.Text).Success)
        {
            return;
        }

        var site = match.Groups["site"].Value.Trim();
        document.Claim(line, Rule, site);
        if (document.Metadata.Site is null)
        {
            document.Metadata.Site = site;
            document.SiteFromHeader = true;
        }
    }
}
