using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>Rules drawn with characters: "-----", "=====", "* * *".</summary>
public sealed class SeparatorLineRule : LineRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.SeparatorLine, "Separator line", "Separator line '{0}' removed", RuleCategory.Boilerplate, RuleSeverity.Info,
        "A line made only of dashes, equals signs, stars or dots separates page parts; it carries no text.");

    public override RuleDescriptor Descriptor => Rule;

    internal override bool Matches(DocumentState document, Line line) =>
        line.Words == 0 && Phrases.Separator.SafeMatch(line.Text.Replace(" ", string.Empty)).Success;
}
