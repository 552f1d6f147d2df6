using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsClean.Core.Dates;

/// <summary>
/// Month and weekday names, spelled in the folded form produced by <see cref="ArabicDateParser.Fold"/>
/// (bare alef for أ إ آ ٱ, ي for ى, ه for ة), so each spelling variant needs one entry only.
/// </summary>
internal static class MonthNames
{
    private static readonly IReadOnlyDictionary<string, int> GregorianByKey = ToLookup(GregorianEntries());

    private static readonly IReadOnlyDictionary<string, int> HijriByKey = ToLookup(HijriEntries());

    /// <summary>One Gregorian month name (Egyptian/Gulf, Levantine/Iraqi, Maghreb, Moroccan, English).</summary>
    internal static readonly string GregorianPattern = ToPattern(GregorianEntries());

    /// <summary>One Hijri month name.</summary>
    internal static readonly string HijriPattern = ToPattern(HijriEntries());

    /// <summary>One weekday name, Arabic (with optional يوم) or English.</summary>
    internal static readonly string WeekdayPattern =
        @"(?<!\p{L})(?:(?:يوم\s{1,3})?ال(?:احد|اثنين|ثلاثاء|ثلاثا|اربعاء|اربعا|خميس|جمعه|سبت)"
        + @"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?)(?!\p{L})";

    internal static bool TryGregorian(string matched, out int month) => GregorianByKey.TryGetValue(Key(matched), out month);

    internal static bool TryHijri(string matched, out int month) => HijriByKey.TryGetValue(Key(matched), out month);

    private static (string Name, int Month)[] GregorianEntries() => new[]
    {
        ("يناير", 1), ("جانفي", 1), ("كانون الثاني", 1), ("كانون ثاني", 1), ("january", 1), ("jan", 1),
        ("فبراير", 2), ("فيفري", 2), ("شباط", 2), ("february", 2), ("feb", 2),
        ("مارس", 3), ("اذار", 3), ("march", 3), ("mar", 3),
        ("ابريل", 4), ("افريل", 4), ("نيسان", 4), ("april", 4), ("apr", 4),
        ("مايو", 5), ("ماي", 5), ("ايار", 5), ("may", 5),
        ("يونيو", 6), ("يونيه", 6), ("جوان", 6), ("حزيران", 6), ("june", 6), ("jun", 6),
        ("يوليو", 7), ("يوليه", 7), ("يوليوز", 7), ("جويليه", 7), ("تموز", 7), ("july", 7), ("jul", 7),
        ("اغسطس", 8), ("غشت", 8), ("اوت", 8), ("اب", 8), ("august", 8), ("aug", 8),
        ("سبتمبر", 9), ("شتنبر", 9), ("ايلول", 9), ("september", 9), ("sept", 9), ("sep", 9),
        ("اكتوبر", 10), ("تشرين الاول", 10), ("تشرين اول", 10), ("october", 10), ("oct", 10),
        ("نوفمبر", 11), ("نونبر", 11), ("تشرين الثاني", 11), ("تشرين ثاني", 11), ("november", 11), ("nov", 11),
        ("ديسمبر", 12), ("دجنبر", 12), ("كانون الاول", 12), ("كانون اول", 12), ("december", 12), ("dec", 12),
    };

    private static (string Name, int Month)[] HijriEntries() => new[]
    {
        ("محرم", 1), ("المحرم", 1),
        ("صفر", 2),
        ("ربيع الاول", 3), ("ربيع اول", 3),
        ("ربيع الثاني", 4), ("ربيع ثاني", 4), ("ربيع الاخر", 4), ("ربيع اخر", 4),
        ("جمادي الاولي", 5), ("جمادي الاول", 5), ("جمادي اولي", 5), ("جمادي اول", 5),
        ("جمادي الثانيه", 6), ("جمادي الثاني", 6), ("جمادي ثانيه", 6), ("جمادي الاخره", 6), ("جمادي الاخر", 6), ("جمادي اخره", 6),
        ("رجب", 7),
        ("شعبان", 8),
        ("رمضان", 9),
        ("شوال", 10),
        ("ذو القعده", 11), ("ذي القعده", 11), ("ذا القعده", 11),
        ("ذو الحجه", 12), ("ذي الحجه", 12), ("ذا الحجه", 12),
    };

    // Whitespace inside two-word names varies ("ذوالقعدة", double spaces), so keys drop it.
    private static string Key(string matched)
    {
        var sb = new StringBuilder(matched.Length);
        foreach (char c in matched)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static IReadOnlyDictionary<string, int> ToLookup((string Name, int Month)[] entries) =>
        new ReadOnlyDictionary<string, int>(entries.ToDictionary(e => Key(e.Name), e => e.Month, StringComparer.Ordinal));

    // Sorted so names sharing a prefix sit together, which lets the regex parser merge them; the trailing
    // \p{L} guard, not the order, is what keeps "ماي" from matching the start of "مايو".
    private static string ToPattern((string Name, int Month)[] entries) =>
        @"(?<!\p{L})(?:"
        + string.Join("|", entries.Select(e => e.Name).OrderBy(n => n, StringComparer.Ordinal).Select(n => Regex.Escape(n).Replace(@"\ ", @"\s{0,3}")))
        + @")(?!\p{L})";
}
