using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>Breadcrumbs, section labels, tickers and view counters.</summary>
public sealed class NavigationRule : LineRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.Navigation, "Navigation", "Navigation text '{0}' removed", RuleCategory.Boilerplate, RuleSeverity.Info,
        "Breadcrumbs (الرئيسية > أخبار), a lone section name or ticker label (عاجل, الأخبار, رياضة) and view counters (1 168 زيارة) are page chrome.");

    public override RuleDescriptor Descriptor => Rule;

    internal override bool Matches(DocumentState document, Line line)
    {
        if (line.Words <= 3 && (Phrases.NavigationWord.SafeMatch(line.Text).Success || Phrases.CounterLine.SafeMatch(line.Text).Success))
        {
            return true;
        }

        return line.Words <= 16 && !TextTools.EndsLikeSentence(line.Text) && HasCrumbMark(line.Text)
            && (Phrases.HomeCrumb.SafeMatch(line.Text).Success || (CountCrumbs(line.Text) >= 2 && line.Text.IndexOf('«') < 0 && Phrases.Breadcrumb.SafeMatch(line.Text).Success));
    }

    private static bool HasCrumbMark(string text) => text.IndexOfAny(CrumbMarks) >= 0;

    private static readonly char[] CrumbMarks = { '>', '»', '›', '/', '|' };

    private static int CountCrumbs(string text)
    {
        // « » in Arabic text are quotation marks; only without an opening « is » a breadcrumb arrow.
        var guillemetIsQuote = text.IndexOf('«') >= 0;
        var count = 0;
        foreach (var c in text)
        {
            if (c == '>' || c == '›' || (c == '»' && !guillemetIsQuote))
            {
                count++;
            }
        }

        return count;
    }
}
