using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>Author e-mail lines, "للتواصل مع الكاتب" SMS blocks and press-contact blocks.</summary>
public sealed class ContactFooterRule : CleaningRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.ContactFooter, "Contact footer", "Contact footer '{0}' removed", RuleCategory.Boilerplate, RuleSeverity.Warning,
        "A columnist's e-mail address on its own line, SMS contact instructions with operator short codes, and press-contact blocks (name, organisation, e-mail, phone) are dropped.");

    public override RuleDescriptor Descriptor => Rule;

    internal override void Apply(DocumentState document)
    {
        for (var i = document.ContentStart; i < document.ContentEnd; i++)
        {
            var line = document.Lines[i];
            if (line.IsBlank || line.IsClaimed)
            {
                continue;
            }

            var isEmail = line.Words <= 8 && line.Text.IndexOf('@') > 0 && Phrases.Email.SafeMatch(line.Text).Success;
            var startsLikeContact = Phrases.ContactGate.Admits(line) || char.IsDigit(line.Text[0]) || line.Text[0] == '+';
            if (!isEmail && !startsLikeContact)
            {
                continue;
            }

            if (isEmail || Phrases.ContactField.SafeMatch(line.Text).Success)
            {
                document.Claim(line, Rule);
                continue;
            }

            if (line.Words <= 40 && Phrases.ContactHeading.SafeMatch(line.Text).Success)
            {
                document.Claim(line, Rule);

                // The block goes on with short lines: names, organisations, numbers, operator codes.
                for (var j = i + 1; j < document.ContentEnd; j++)
                {
                    var next = document.Lines[j];
                    if (next.IsBlank)
                    {
                        var after = document.NextNonBlank(j);
                        if (after is null || after.Words > 6 || Zones.IsBodyLike(after))
                        {
                            break;
                        }

                        continue;
                    }

                    if (next.IsClaimed)
                    {
                        continue;
                    }

                    if (next.Words > 8 || Zones.IsBodyLike(next) || ListItems.StartsBlock(next))
                    {
                        break;
                    }

                    document.Claim(next, Rule);
                    i = j;
                }
            }
        }
    }
}
