using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>Byline and desk lines: "كتب: ...", "بقلم ...", "بغداد اليوم - متابعة", a lone author name under the headline or at the end.</summary>
public sealed class BylineRule : CleaningRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.Byline, "Byline", "Byline '{0}' moved to Byline", RuleCategory.Metadata, RuleSeverity.Info,
        "A credit on its own line (كتب: ..., بقلم ..., متابعة, \"<outlet> - <city or desk>\", a lone author name under the headline or after the last paragraph), or a \"كتب: <name>\" credit glued to the first paragraph, goes to Byline.");

    private static readonly System.Collections.Generic.HashSet<string> FunctionWords = new System.Collections.Generic.HashSet<string>(
        new[] { "في", "من", "علي", "الي", "عن", "مع", "هذا", "هذه", "ذلك", "التي", "الذي", "الله", "والله", "ولي", "التوفيق", "والسلام", "امين", "شكرا", "انتهي", "لا", "ما", "هو", "هي" },
        System.StringComparer.Ordinal);

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>A line that is a credit by its shape alone (used by the headline rule to skip it).</summary>
    internal static bool IsBylineLine(Line line)
    {
        if (line.Words > 10 || line.Text.EndsWith("?", System.StringComparison.Ordinal) || line.Text.EndsWith("؟", System.StringComparison.Ordinal))
        {
            return false;
        }

        return Phrases.BylineVerbLine.SafeMatch(line.Text).Success
            || (line.Words <= 8 && Phrases.DeskLine.SafeMatch(line.Text).Success)
            || IsPlaceColonDesk(line);
    }

    /// <summary>A desk line split by a colon, a city on one side ("الباحة :الندوة"): a short line, so never a sentence's opening.</summary>
    private static bool IsPlaceColonDesk(Line line)
    {
        if (line.Words > 4 || line.Words < 2)
        {
            return false;
        }

        var colon = line.Text.IndexOf(':');
        if (colon <= 0 || colon == line.Text.Length - 1 || line.Text.IndexOf(':', colon + 1) >= 0)
        {
            return false;
        }

        var left = line.Text.Substring(0, colon).Trim();
        var right = line.Text.Substring(colon + 1).Trim();
        return left.Length > 0 && right.Length > 0 && (PlaceKeys.Contains(TextTools.Key(left)) || PlaceKeys.Contains(TextTools.Key(right)));
    }

    private static readonly System.Collections.Generic.HashSet<string> PlaceKeys =
        new System.Collections.Generic.HashSet<string>(System.Linq.Enumerable.Select(Phrases.Places, TextTools.Key), System.StringComparer.Ordinal);

    internal override void Apply(DocumentState document)
    {
        var bodyStart = Zones.BodyStart(document);

        // A lone name is a credit only under the headline or the date line; above them it is a section label.
        var anchor = -1;
        for (var i = document.ContentStart; i < bodyStart; i++)
        {
            var claimedBy = document.Lines[i].ClaimedBy;
            if (claimedBy == HeadlineRule.Rule || claimedBy == PublishDateLineRule.Rule)
            {
                anchor = i;
            }
        }

        for (var i = document.ContentStart; i < bodyStart; i++)
        {
            var line = document.Lines[i];
            if (line.IsBlank || line.IsClaimed)
            {
                continue;
            }

            if (IsBylineLine(line) || (anchor >= 0 && i > anchor && IsLoneName(line)))
            {
                Take(document, line);
            }
        }

        if (bodyStart < document.ContentEnd)
        {
            var first = document.Lines[bodyStart];
            var inline = Phrases.InlineBylinePrefix.SafeMatch(first.Text);
            if (inline.Success && first.KeepStart == first.Raw.Length - first.Raw.TrimStart().Length)
            {
                var credit = inline.Groups["all"].Value;
                document.ClaimPrefix(first, credit.Length, Rule, credit);
                document.Metadata.Byline ??= credit;
            }
        }

        // An author's name alone after the last paragraph.
        var last = LastUnclaimed(document);
        if (last is not null && last.Index > bodyStart && IsLoneName(last) && last.Words <= 3 && !HasFunctionWord(last.Text))
        {
            Take(document, last);
        }
    }

    private static void Take(DocumentState document, Line line)
    {
        document.Claim(line, Rule, line.Text);
        document.Metadata.Byline ??= line.Text;
    }

    /// <summary>Two to four words, no digits, no punctuation: a name or an outlet, not a headline or a sentence.</summary>
    private static bool IsLoneName(Line line)
    {
        if (line.Words < 1 || line.Words > 4)
        {
            return false;
        }

        foreach (var c in line.Text)
        {
            if (char.IsDigit(c) || c == '.' || c == '،' || c == ',' || c == ':' || c == '؟' || c == '?' || c == '!' || c == '"' || c == '«')
            {
                return false;
            }
        }

        return line.Words >= 2 || line.Text.Length <= 20;
    }

    /// <summary>Closing formulas ("والله ولي التوفيق") read like names by shape; names hold no function words.</summary>
    private static bool HasFunctionWord(string text)
    {
        foreach (var word in TextTools.Key(text).Split(' '))
        {
            if (FunctionWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static Line? LastUnclaimed(DocumentState document)
    {
        for (var i = document.ContentEnd - 1; i >= document.ContentStart; i--)
        {
            var line = document.Lines[i];
            if (!line.IsBlank && !line.IsClaimed)
            {
                return line;
            }
        }

        return null;
    }
}
