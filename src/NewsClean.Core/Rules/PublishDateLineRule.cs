using System.Text.RegularExpressions;
using NewsClean.Core.Dates;
using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>"تاريخ النشر: 24th, September 2024 GMT", "الأربعاء 06 يونيو 2012", "آخر تحديث ...": date lines to PublishedAt/ModifiedAt.</summary>
public sealed class PublishDateLineRule : CleaningRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.PublishDateLine, "Publish date line", "Date line '{0}' moved to PublishedAt", RuleCategory.Metadata, RuleSeverity.Info,
        "A line that states when the article was published or updated (a date with a label such as تاريخ النشر, نشر في, آخر تحديث, a weekday, a time or a time zone, and nothing else) goes to PublishedAt (or ModifiedAt for an update).");

    private static readonly Regex Labels = ArabicPattern.Compile(ArabicPattern.AnyOf(Phrases.DateLabels) + "|" + ArabicPattern.AnyOf("بتوقيت", "توقيت", "العاصمة", "مساء", "صباحا", "يوم", "الموافق", "تم إضافته", "إضافته", "تم") + @"|\b(?:am|pm|gmt|utc)\b");

    /// <summary>Labels that say a line is a date line; weekday and zone words only help strip it.</summary>
    private static readonly Regex DateLabel = ArabicPattern.Compile(ArabicPattern.AnyOf(Phrases.DateLabels) + "|" + ArabicPattern.AnyOf("بتوقيت", "تم إضافته") + @"|\b(?:gmt|utc)\b");

    /// <summary>Below the header only a labelled line can be a date line, and its label opens it.</summary>
    private static readonly PhraseGate LabelGate = new PhraseGate(Phrases.DateLabels, new[] { "تم إضافته", "نُشر" });

    private static readonly Regex Update = ArabicPattern.Compile(ArabicPattern.AnyOf("آخر تحديث", "أخر تحديث", "اخر تحديث", "تحديث", "محدث") + @"|\b(?:last\s{1,3})?updated\b");

    private static readonly Regex Parenthetical = new Regex(@"\([^()]{1,30}\)", RegexOptions.CultureInvariant, ArabicPattern.Timeout);

    private static readonly Regex Time = new Regex(@"\d{1,2}:\d{2}(?::\d{2})?", RegexOptions.CultureInvariant, ArabicPattern.Timeout);

    public override RuleDescriptor Descriptor => Rule;

    internal override void Apply(DocumentState document)
    {
        var bodyStart = Zones.BodyStart(document);
        for (var i = document.ContentStart; i < document.ContentEnd; i++)
        {
            var line = document.Lines[i];
            if (line.IsBlank || line.IsClaimed || line.Words > 24 || !HasDigit(line.Text) || (i > bodyStart + 1 && !LabelGate.Admits(line)))
            {
                continue;
            }

            // Tatweel and bidi marks inside a label or a date change nothing about it.
            var text = TextTools.WithoutTatweelAndBidi(line.Text);
            if (!ArabicDateParser.TryFindDate(text, out var date))
            {
                continue;
            }

            // A sentence that states a date ends with a full stop; a date line seldom does.
            var labelled = DateLabel.SafeMatch(text).Success;
            if ((!labelled && i > bodyStart + 1) || (text.EndsWith(".", System.StringComparison.Ordinal) && line.Words > 5))
            {
                continue;
            }

            // Unlabelled, a city and an agency may stand around the date: a wire dateline ("الرياض 26 شوال ... واس").
            if (!IsOnlyADate(text, date, labelled ? 3 : 2, out var otherWords))
            {
                continue;
            }

            document.Claim(line, Rule, date.Value);
            if (!labelled && otherWords > 0)
            {
                document.Metadata.Byline ??= line.Text;
            }

            // The date belongs to the unit the line stands in: the main article takes it once the embedded articles are known.
            var isUpdate = Update.SafeMatch(text).Success && !Regex.IsMatch(text, "نشر", RegexOptions.None, ArabicPattern.Timeout);
            document.DateLines.Add(new DateLine(line, date.Value, isUpdate));
        }
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (TextTools.DigitValue(c) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What remains of the line without the date, labels, times and zone words is at most a word or two.</summary>
    private static bool IsOnlyADate(string text, DateMatch date, int allowedWords, out int words)
    {
        var rest = text.Remove(date.Index, date.Length);
        foreach (var other in ArabicDateParser.FindDates(rest))
        {
            rest = rest.Remove(other.Index, other.Length);
            break;
        }

        rest = Labels.Replace(rest, " ");
        rest = Parenthetical.Replace(rest, " ");
        rest = Time.Replace(rest, " ");
        words = TextTools.CountWords(Regex.Replace(rest, @"\b[مهـص]\b|\d+", " ", RegexOptions.None, ArabicPattern.Timeout));
        return words <= allowedWords;
    }
}
