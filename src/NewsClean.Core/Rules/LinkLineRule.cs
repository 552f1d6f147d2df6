using System;
using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>"رابط الخبر بصحيفة الوئام: title", "الرابط الدائم:" with its URL, and lines holding only a URL.</summary>
public sealed class LinkLineRule : CleaningRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.LinkLine, "Link line", "Link line '{0}' removed", RuleCategory.Boilerplate, RuleSeverity.Warning,
        "Permalink labels (رابط الخبر ..., الرابط الدائم:) with the title or URL they carry, and lines that hold only a URL, are dropped; a newspaper they name becomes Site.");

    private static readonly string[] OutletWords = { "بصحيفة", "بموقع", "بجريدة", "في صحيفة", "في موقع", "صحيفة", "موقع", "جريدة" };

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

            var first = line.Text[0];
            if (line.Words <= 60 && (first == 'h' || first == 'H' || first == 'w' || first == 'W' || first == '<') && Phrases.UrlOnly.SafeMatch(line.Text).Success)
            {
                document.Claim(line, Rule);
                document.Metadata.Url ??= line.Text.Trim('<', '>');
                continue;
            }

            if (line.Text.IndexOf("رابط", StringComparison.Ordinal) < 0 && line.Text.IndexOf("الرابط", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var match = Phrases.NewsLinkLine.SafeMatch(line.Text);
            if (!match.Success)
            {
                match = Phrases.NewsLinkSuffix.SafeMatch(line.Raw.Substring(0, line.KeepEnd));
                if (!match.Success)
                {
                    continue;
                }

                document.ClaimSuffix(line, match.Groups["all"].Index, Rule, match.Groups["rest"].Value.Trim());
            }
            else
            {
                document.Claim(line, Rule);
            }

            var site = Outlet(match.Groups["site"].Value);
            if (site is not null)
            {
                document.Metadata.Site ??= site;
            }

            var rest = match.Groups["rest"].Value.Trim();
            if (Phrases.UrlOnly.SafeMatch(rest).Success)
            {
                document.Metadata.Url ??= rest;
            }
            else if (rest.Length > 0)
            {
                document.FooterTitle ??= rest;
            }
            else
            {
                var next = document.NextNonBlank(i);
                if (next is not null && !next.IsClaimed && Phrases.UrlOnly.SafeMatch(next.Text).Success)
                {
                    document.Claim(next, Rule);
                    document.Metadata.Url ??= next.Text;
                }
            }
        }
    }

    private static string? Outlet(string text)
    {
        var value = text.Trim();
        foreach (var word in OutletWords)
        {
            if (value.StartsWith(word, System.StringComparison.Ordinal))
            {
                var name = value.Substring(word.Length).Trim();
                return name.Length > 1 ? name : null;
            }
        }

        return null;
    }
}
