using System.Collections.Generic;
using System.Linq;
using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>The headline at the top of a dump, the kicker lines above it, and every repeat of it.</summary>
public sealed class HeadlineRule : CleaningRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.Headline, "Headline", "Headline '{0}' moved to Title", RuleCategory.Metadata, RuleSeverity.Info,
        "The headline line above the article (and any repeat of it before or after the body) goes to Title; a headline split over two lines after a colon is joined.");

    internal static readonly RuleDescriptor KickerRule = new RuleDescriptor(
        RuleIds.Kicker, "Kicker or strapline", "Kicker '{0}' removed", RuleCategory.Boilerplate, RuleSeverity.Info,
        "Short lines above the headline (a kicker, a strapline, a section label) belong to the page layout, not to the article body.");

    public override RuleDescriptor Descriptor => Rule;

    public override IEnumerable<RuleDescriptor> Descriptors
    {
        get
        {
            yield return Rule;
            yield return KickerRule;
        }
    }

    internal override void Apply(DocumentState document)
    {
        var bodyStart = Zones.BodyStart(document);
        if (document.Title is null)
        {
            FindTitle(document, bodyStart);
        }

        if (document.Title is null)
        {
            document.Title = document.FooterTitle;
        }

        if (document.Title is not null)
        {
            ClaimRepeats(document, document.Title);
        }
    }

    private static void FindTitle(DocumentState document, int bodyStart)
    {
        var candidates = new List<Line>();
        for (var i = document.ContentStart; i < bodyStart; i++)
        {
            var line = document.Lines[i];
            if (!line.IsBlank && !line.IsClaimed && Zones.IsTitleLike(line) && !BylineRule.IsBylineLine(line))
            {
                candidates.Add(line);
            }
        }

        if (candidates.Count == 0)
        {
            return;
        }

        // A line repeated before the body starts is the headline (dumps often print it twice).
        Line? title = null;
        foreach (var candidate in candidates)
        {
            if (IsRepeatedBefore(document, candidate, bodyStart))
            {
                title = candidate;
                break;
            }
        }

        // Otherwise the headline is the last substantial line above the date or credit line under it
        // (kickers come first, subtitles after), or above the body when there is none; names are short.
        if (title is null)
        {
            var anchor = FirstMetadataLine(document, candidates[0].Index, bodyStart);
            var substantial = candidates.Where(c => c.Words >= 3).ToList();
            title = substantial.LastOrDefault(c => c.Index < anchor) ?? substantial.FirstOrDefault();
        }

        // Two words are a headline only above a credit or date line ("إلزامية الزكاة" over "كتب- ...") or marked up as a
        // heading ("# ..."); plain, straight above the body, they are a name, and a byline is never promoted to the title.
        var lastCandidate = candidates[candidates.Count - 1];
        var metadataLine = FirstMetadataLine(document, lastCandidate.Index, bodyStart);
        var markedHeading = lastCandidate.Text.StartsWith("#", System.StringComparison.Ordinal);
        title ??= lastCandidate.Words >= 2 && (markedHeading || (metadataLine < bodyStart && lastCandidate.Index < metadataLine)) ? lastCandidate : null;
        if (title is null)
        {
            return;
        }

        // A headline split after a colon: "X يحمّل الحكومة المسؤولية:" / "إعطاء ... لا يبيح ...".
        var previous = document.PreviousNonBlank(title.Index);
        if (previous is not null && candidates.Contains(previous) && previous.Text.EndsWith(":", System.StringComparison.Ordinal))
        {
            title = previous;
        }

        var text = title.Text;
        var next = document.NextNonBlank(title.Index);
        if (text.EndsWith(":", System.StringComparison.Ordinal) && next is not null && next.Index < bodyStart && !next.IsClaimed && Zones.IsTitleLike(next))
        {
            text = text + " " + next.Text;
            document.Claim(next, Rule, text);
        }

        // A label ending with a colon and nothing after it heads a section; it is no headline.
        if (text.EndsWith(":", System.StringComparison.Ordinal))
        {
            return;
        }

        document.Title = text;
        document.Claim(title, Rule, text);
        foreach (var candidate in candidates)
        {
            if (candidate.Index < title.Index && !candidate.IsClaimed)
            {
                document.Claim(candidate, KickerRule);
            }
        }
    }

    /// <summary>The first line after <paramref name="from"/> that a date or credit rule took, or the body start.</summary>
    private static int FirstMetadataLine(DocumentState document, int from, int bodyStart)
    {
        for (var i = from; i < bodyStart; i++)
        {
            var line = document.Lines[i];
            if (line.ClaimedBy == PublishDateLineRule.Rule || line.ClaimedBy == AggregatorLineRule.Rule || (!line.IsClaimed && BylineRule.IsBylineLine(line)))
            {
                return i;
            }
        }

        return bodyStart;
    }

    private static bool IsRepeatedBefore(DocumentState document, Line candidate, int bodyStart)
    {
        var key = TextTools.Key(candidate.Text);
        for (var i = candidate.Index + 1; i < bodyStart; i++)
        {
            var line = document.Lines[i];
            if (!line.IsBlank && line.Words == candidate.Words && TextTools.Key(line.Text) == key)
            {
                return true;
            }
        }

        return false;
    }

    private static void ClaimRepeats(DocumentState document, string title)
    {
        var key = TextTools.Key(title);
        if (key.Length == 0)
        {
            return;
        }

        for (var i = document.ContentStart; i < document.ContentEnd; i++)
        {
            var line = document.Lines[i];
            if (!line.IsBlank && !line.IsClaimed && line.Text.Length <= title.Length * 2 + 8 && TextTools.Key(line.Text) == key)
            {
                document.Claim(line, Rule, title);
            }
        }
    }
}
