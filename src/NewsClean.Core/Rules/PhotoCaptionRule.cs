using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>Image captions ending in a photo credit "(تصوير ...)" and credit lines "الصورة: رويترز".</summary>
public sealed class PhotoCaptionRule : LineRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.PhotoCaption, "Photo caption or credit", "Photo caption '{0}' removed", RuleCategory.Boilerplate, RuleSeverity.Info,
        "A caption line that ends with a photo credit in brackets ((تصوير أحمد), (صورة أرشيفية), (رويترز)) and credit lines (الصورة: رويترز) describe an image, not the story.");

    public override RuleDescriptor Descriptor => Rule;

    internal override bool Matches(DocumentState document, Line line)
    {
        if (line.Words > 30)
        {
            return false;
        }

        if (line.Words <= 12 && Phrases.CaptionGate.Admits(line) && Phrases.CaptionLabel.SafeMatch(line.Text).Success)
        {
            return true;
        }

        if (line.Text[line.Text.Length - 1] != ')')
        {
            return false;
        }

        // A caption is one phrase: no sentence ends inside it.
        var credit = Phrases.CaptionCredit.SafeMatch(line.Text);
        return credit.Success && !TextTools.EndsLikeSentence(line.Text.Substring(0, credit.Index).TrimEnd());
    }
}
