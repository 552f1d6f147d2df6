using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NewsClean.Core.Engine;

namespace NewsClean.Core.Rules;

/// <summary>
/// Site for a dump without a header or a tagged field, from the document's own evidence: the outlet a desk line or a
/// dateline names ("عين اليوم – الرياض", "فهد العتيبي - سبق - الطائف:", "(ضوء):", "الباحة :الندوة"), or a lone
/// outlet name under the headline. A part is taken as the outlet only by its shape (an outlet word, a definite name,
/// the middle of author - outlet - city); a person's name or a city never is. Without such evidence Site stays null.
/// Runs after every rule: it reads their findings and removes nothing.
/// </summary>
internal static class SiteEvidence
{
    /// <summary>An outlet's name is short; longer parts are a desk or a sentence.</summary>
    private const int MaxOutletWords = 3;

    /// <summary>A dateline prefix opening the first paragraph ends with a colon within this many words.</summary>
    private const int MaxPrefixWords = 7;

    private static readonly Regex PartSeparator = new Regex(@"\s{0,3}(?:[-–—:]|ـ{2,})\s{0,3}", RegexOptions.CultureInvariant, ArabicPattern.Timeout);

    private static readonly Regex Parenthesised = new Regex(@"^\(\s{0,2}(?<name>[^()\d]{2,30}?)\s{0,2}\)\s{0,2}[:：]", RegexOptions.CultureInvariant, ArabicPattern.Timeout);

    private static readonly HashSet<string> OutletWordKeys = new HashSet<string>(Phrases.OutletWords.Select(TextTools.Key), StringComparer.Ordinal);

    private static readonly HashSet<string> PlaceKeys = new HashSet<string>(Phrases.Places.Select(TextTools.Key), StringComparer.Ordinal);

    private static readonly HashSet<string> DeskKeys = new HashSet<string>(Phrases.DeskWords.Concat(new[] { "متابعات", "خاص" }).Select(TextTools.Key), StringComparer.Ordinal);

    public static void Infer(DocumentState document)
    {
        if (document.Metadata.Site is not null)
        {
            return;
        }

        document.Metadata.Site = FromCredits(document) ?? FromFirstParagraph(document) ?? FromSource(document);
    }

    /// <summary>Byline and desk lines of the main article (not of an embedded one), in document order.</summary>
    private static string? FromCredits(DocumentState document)
    {
        foreach (var finding in document.Findings)
        {
            if (finding.RuleId != RuleIds.Byline || document.InEmbedded(finding.StartLine - 1))
            {
                continue;
            }

            var outlet = OutletOf(finding.Text, lone: true);
            if (outlet is not null)
            {
                return outlet;
            }
        }

        return null;
    }

    private static string? FromFirstParagraph(DocumentState document)
    {
        for (var i = document.ContentStart; i < document.ContentEnd; i++)
        {
            var line = document.Lines[i];
            if (line.IsBlank || line.IsClaimed)
            {
                continue;
            }

            var text = line.KeptText;
            var parenthesised = Parenthesised.SafeMatch(text);
            if (parenthesised.Success)
            {
                return Qualifies(parenthesised.Groups["name"].Value.Trim(), alone: true) ? parenthesised.Groups["name"].Value.Trim() : null;
            }

            var colon = text.IndexOf(':');
            if (colon <= 0 || TextTools.CountWords(text.Substring(0, colon)) > MaxPrefixWords)
            {
                return null;
            }

            return OutletOf(text.Substring(0, colon), lone: false);
        }

        return null;
    }

    /// <summary>A source line written as a desk ("دبي - البيان"): its outlet part. A one-part source is an agency or a paper, not evidence of the site.</summary>
    private static string? FromSource(DocumentState document)
    {
        var source = document.Metadata.Source;
        return source is null || PartSeparator.Split(source).Length < 2 ? null : OutletOf(source, lone: false);
    }

    /// <summary>The outlet a credit names, or null. <paramref name="lone"/>: a one-part credit may itself be the outlet.</summary>
    private static string? OutletOf(string credit, bool lone)
    {
        var parts = PartSeparator.Split(credit.Trim()).Select(p => p.Trim().Trim('(', ')', '"', '«', '»').Trim()).Where(p => p.Length > 0).ToArray();
        if (parts.Length == 1)
        {
            return lone && Qualifies(parts[0], alone: false) ? parts[0] : null;
        }

        if (parts.Length > 3 || parts.Any(p => p.Any(char.IsDigit)))
        {
            return null;
        }

        // Author - outlet - city: the middle part, when the others are not outlets by their shape.
        if (parts.Length == 3 && !IsPlace(parts[1]) && !IsDesk(parts[1]) && TextTools.CountWords(parts[1]) <= MaxOutletWords && Qualifies(parts[1], alone: true))
        {
            return parts[1];
        }

        var candidates = parts.Where(p => !IsPlace(p) && !IsDesk(p)).ToArray();
        if (candidates.Length != 1)
        {
            return null;
        }

        // Beside a city or a desk word, a single word is the outlet ("سبق- متابعة"); longer, it needs an outlet's shape.
        return Qualifies(candidates[0], alone: TextTools.CountWords(candidates[0]) == 1) ? candidates[0] : null;
    }

    /// <summary>A name shaped like an outlet's: an outlet word, or definite words only ("الشروق", "الوسط التونسية").</summary>
    private static bool Qualifies(string name, bool alone)
    {
        var words = TextTools.Key(name).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        // A news agency credited in a dateline is the source of the copy, not the site that published it.
        if (words.Length == 0 || words.Length > MaxOutletWords || IsPlace(name) || IsDesk(name) || !TextTools.ContainsArabic(name) || Phrases.AgencyOnly.SafeMatch(name).Success)
        {
            return false;
        }

        return alone || words.Any(OutletWordKeys.Contains) || words.All(w => w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 3);
    }

    private static bool IsPlace(string part) => PlaceKeys.Contains(TextTools.Key(part));

    private static bool IsDesk(string part) => DeskKeys.Contains(TextTools.Key(part));
}
