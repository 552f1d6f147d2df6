using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>News-agency end markers "// انتهى //" and the wire time "16:28 ت م".</summary>
public sealed class WireMarkerRule : LineRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.WireMarker, "Wire marker", "Wire marker '{0}' removed", RuleCategory.Boilerplate, RuleSeverity.Warning,
        "Agency copy ends with \"// انتهى //\" and a transmission time such as \"16:28 ت م\"; neither is article text.");

    public override RuleDescriptor Descriptor => Rule;

    internal override bool Matches(DocumentState document, Line line) =>
        line.Words <= 4 && (Phrases.WireEnd.SafeMatch(line.Text).Success || Phrases.WireTime.SafeMatch(line.Text).Success);
}
