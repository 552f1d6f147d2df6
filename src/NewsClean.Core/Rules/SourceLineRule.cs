using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>"المصدر: الحرة", "المصدر:" with the source on the next line, "*خدمة «نيويورك تايمز»", an agency credit line.</summary>
public sealed class SourceLineRule : CleaningRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.SourceLine, "Source attribution", "Source line '{0}' moved to Source", RuleCategory.Metadata, RuleSeverity.Info,
        "An attribution line (المصدر: ..., a syndication credit خدمة «...», or a line naming only news agencies such as أ ف ب ـ رويترز at the end) goes to Source.");

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>The source a line names, or null when it is not a source line.</summary>
    internal static string? SourceOf(DocumentState document, Line line, out Line? valueLine)
    {
        valueLine = null;
        if (!Phrases.SourceGate.Admits(line))
        {
            return null;
        }

        var match = Phrases.SourceLine.SafeMatch(line.Text);
        if (match.Success)
        {
            var rest = match.Groups["rest"].Value.Trim();
            if (rest.Length > 0)
            {
                return rest;
            }

            var next = document.NextNonBlank(line.Index);
            if (next is not null && !next.IsClaimed && next.Words <= 8 && !Zones.IsBodyLike(next))
            {
                valueLine = next;
                return next.Text;
            }

            return null;
        }

        var credit = Phrases.ServiceCredit.SafeMatch(line.Text);
        return credit.Success && line.Words <= 6 ? credit.Groups["rest"].Value.Trim() : null;
    }

    internal override void Apply(DocumentState document)
    {
        Line? lastText = null;
        for (var i = document.ContentStart; i < document.ContentEnd; i++)
        {
            var line = document.Lines[i];
            if (line.IsBlank || line.IsClaimed)
            {
                continue;
            }

            lastText = line;
            var source = SourceOf(document, line, out var valueLine);
            if (source is null)
            {
                continue;
            }

            document.Claim(line, Rule, source);
            if (valueLine is not null)
            {
                document.Claim(valueLine, Rule, source);
            }

            document.Metadata.Source ??= source;
        }

        // Agency names alone on the last line are the source of wire copy.
        if (lastText is not null && !lastText.IsClaimed && lastText.Words <= 8 && Phrases.AgencyOnly.SafeMatch(lastText.Text).Success)
        {
            // "--(بترا)": the agency is the name, not the dashes and brackets around it.
            var agency = lastText.Text.Trim(' ', '-', '–', '—', '(', ')');
            document.Claim(lastText, Rule, agency);
            document.Metadata.Source ??= agency;
        }
    }
}
