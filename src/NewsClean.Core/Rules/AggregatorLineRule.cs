using NewsClean.Core.Dates;
using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>"نشر في الجمهورية يوم 26 - 08 - 2012": the line a news aggregator writes above a reprinted article.</summary>
public sealed class AggregatorLineRule : LineRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.AggregatorLine, "Aggregator line", "Aggregator line '{0}' moved to Site, PublishedAt and Byline", RuleCategory.Metadata, RuleSeverity.Info,
        "\"<author>نشر في <outlet> يوم DD - MM - YYYY\" names the outlet (Site), the date (PublishedAt) and, when an author precedes it, the Byline.");

    public override RuleDescriptor Descriptor => Rule;

    internal override bool Matches(DocumentState document, Line line)
    {
        if (line.Words > 20 || line.Text.IndexOf("نشر", System.StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var match = Phrases.Aggregator.SafeMatch(line.Text);
        if (!match.Success)
        {
            return false;
        }

        var site = match.Groups["site"].Value.Trim();
        var before = match.Groups["pre"].Value.Trim();
        if (document.Metadata.Site is null || document.SiteFromHeader)
        {
            document.Metadata.Site = site;
            document.SiteFromHeader = false;
        }

        if (before.Length > 0 && TextTools.Key(before) != TextTools.Key(site))
        {
            document.Metadata.Byline ??= before;
        }

        if (document.Metadata.PublishedAt is null && ArabicDateParser.TryFindDate(match.Groups["date"].Value, out var date))
        {
            document.Metadata.PublishedAt = date.Value;
        }

        return true;
    }
}
