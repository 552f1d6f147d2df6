using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>Ad slots and calls to action: "إعلان", "اضغط هنا", "للمزيد", app and newsletter prompts.</summary>
public sealed class AdvertisementRule : LineRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.AdvertisementLine, "Advertisement or call to action", "Advertisement/call to action '{0}' removed", RuleCategory.Boilerplate, RuleSeverity.Warning,
        "Ad slot labels (إعلان, Advertisement), click prompts (اضغط هنا, للمزيد) and calls to install an app, visit a site or subscribe are dropped.");

    public override RuleDescriptor Descriptor => Rule;

    internal override bool Matches(DocumentState document, Line line) =>
        Phrases.AdGate.Admits(line) && ((line.Words <= 4 && Phrases.AdLine.SafeMatch(line.Text).Success)
        || (line.Words <= 40 && Phrases.CallToAction.SafeMatch(line.Text).Success));
}
