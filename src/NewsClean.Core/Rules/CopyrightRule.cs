using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>"جميع الحقوق محفوظة ©" and other legal footers.</summary>
public sealed class CopyrightRule : LineRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.Copyright, "Copyright line", "Copyright line '{0}' removed", RuleCategory.Boilerplate, RuleSeverity.Warning,
        "Copyright and legal footers (جميع الحقوق محفوظة, حقوق النشر محفوظة, ©, All rights reserved) are dropped.");

    public override RuleDescriptor Descriptor => Rule;

    internal override bool Matches(DocumentState document, Line line) =>
        line.Words <= 20
        && (line.Text.IndexOf('©') >= 0 || line.Text.IndexOf("حقوق", System.StringComparison.Ordinal) >= 0 || line.Text.IndexOf("ight", System.StringComparison.OrdinalIgnoreCase) >= 0)
        && Phrases.Copyright.SafeMatch(line.Text).Success;
}
