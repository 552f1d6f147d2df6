using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsClean.Core.Dates;

namespace NewsClean.Html.Metadata;

/// <summary>
/// Finds the dates a line of visible text states, in the forms pages write them: numeric (<c>22/11/2020 - 04:30</c>,
/// <c>3.3.2019</c>, <c>2019-03-03</c>, <c>2019年6月24日</c>), with a month name in any language of <see cref="MonthWords"/>
/// (<c>3. März 2019</c>, <c>March 3, 2019</c>, <c>le 3 mars 2019</c>, <c>17 de marzo de 2020</c>, <c>2019. március 3.</c>), Persian solar dates
/// (converted), and whatever the Core's Arabic parser reads. A numeric date whose day and month could be swapped is read
/// in the page language's order (<see cref="DayOrder"/>), unless only the other reading is plausible.
/// </summary>
internal static class DateText
{
    /// <summary>Longest text searched; a longer one is not a date line.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Earliest year read as a publication date (earlier ones are placeholders or history).</summary>
    public const int EarliestYear = 1990;

    private const int YearDigits = 4;

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly TimeSpan Timeout = NewsClean.Core.Text.RegexLimits.MatchTimeout;

    private static readonly Regex YearFirst = new Regex(
        @"(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?<s>[-/.])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})(?![0-9])"
        + @"|(?<![0-9])(?<y>(?:19|20)[0-9]{2})\s{0,2}[年년]\s{0,2}(?<m>[0-9]{1,2})\s{0,2}[月월]\s{0,2}(?<d>[0-9]{1,2})\s{0,2}[日일]",
        Options, Timeout);

    private static readonly Regex SolarYearFirst = new Regex(
        @"(?<![0-9])(?<y>1[34][0-9]{2})(?<s>[-/.])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})(?![0-9])", Options, Timeout);

    private static readonly Regex Numeric = new Regex(
        @"(?<![0-9][.,/\-]?)(?<a>[0-9]{1,2})(?<s>[./\-])\s{0,2}(?<b>[0-9]{1,2})\k<s>\s{0,2}(?<y>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9]|[.,:][0-9])",
        Options, Timeout);

    private static readonly Regex DayMonthYear = new Regex(
        @"(?<![0-9])(?<d>[0-9]{1,2})(?:\.|st|nd|rd|th|er|e|º|°)?\s{0,3}(?:de\s{1,3})?(?<mon>[\p{L}\p{M}]{2,14})\.?,?\s{0,3}(?:de\s{1,3}|del\s{1,3})?(?<y>(?:19|20|13|14)[0-9]{2})(?![0-9])",
        Options, Timeout);

    private static readonly Regex MonthDayYear = new Regex(
        @"(?<!\p{L})(?<mon>[\p{L}\p{M}]{3,14})\.?\s{1,3}(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?:[0-2]?[0-9]:[0-5][0-9]\s{1,3})?(?<y>(?:19|20)[0-9]{2})(?![0-9])",
        Options, Timeout);

    // Hungarian and other year-first writing: "2019. március 3.".
    private static readonly Regex YearMonthDay = new Regex(
        @"(?<![0-9])(?<y>(?:19|20)[0-9]{2})\.?\s{1,3}(?<mon>[\p{L}\p{M}]{3,14})\.?\s{1,3}(?<d>[0-9]{1,2})(?![0-9])",
        Options, Timeout);

    private static readonly Regex ArabicLetter = new Regex(@"[\u0600-\u06FF]", Options, Timeout);

    // English-speaking countries that write the day first (the region of a language tag, or a site's country domain).
    private static readonly string[] DayFirstRegions = { "-gb", "-uk", "-au", "-nz", "-ie", "-in", "-za", "-sg", "-pk", "-ng", "-ke" };

    private static readonly PersianCalendar Solar = new PersianCalendar();

    /// <summary>Every date in <paramref name="text"/>, in order; none later than <paramref name="latest"/>.</summary>
    public static List<TextDate> FindAll(string? text, DayOrder order, DateTimeOffset latest, bool allowShortYear)
    {
        var found = new List<TextDate>();
        if (string.IsNullOrEmpty(text) || text!.Length > MaxTextLength)
        {
            return found;
        }

        // Every form states a four-digit year (19xx, 20xx, or a solar 13xx/14xx), except a numeric date with a two-digit
        // one: most lines with numbers (prices, scores, counts) end here.
        if (!MayHoldDate(text, allowShortYear))
        {
            return found;
        }

        var folded = Normalize(text);
        try
        {

            // Arabic lines first: the Core parser reads their month names, Hijri pairs and times in full.
            if (ArabicLetter.IsMatch(text))
            {
                foreach (var match in ArabicDateParser.FindDates(text))
                {
                    if (match.Value.Year >= EarliestYear && match.Value <= latest)
                    {
                        Insert(found, new TextDate(match.Index, match.Length, match.Value));
                    }
                }
            }

            foreach (Match m in YearFirst.Matches(folded))
            {
                Add(found, m, Int(m, "y"), Int(m, "m"), Int(m, "d"), latest);
            }

            foreach (Match m in SolarYearFirst.Matches(folded))
            {
                AddSolar(found, m, Int(m, "y"), Int(m, "m"), Int(m, "d"), latest);
            }

            foreach (Match m in Numeric.Matches(folded))
            {
                AddNumeric(found, m, order, latest, allowShortYear);
            }

            foreach (Match m in DayMonthYear.Matches(folded))
            {
                var year = Int(m, "y");
                var name = m.Groups["mon"].Value;
                if (year < 1500)
                {
                    AddSolar(found, m, year, MonthWords.PersianSolarMonth(name), Int(m, "d"), latest);
                }
                else
                {
                    Add(found, m, year, MonthWords.Gregorian(name), Int(m, "d"), latest);
                }
            }

            foreach (Match m in MonthDayYear.Matches(folded))
            {
                Add(found, m, Int(m, "y"), MonthWords.Gregorian(m.Groups["mon"].Value), Int(m, "d"), latest);
            }

            foreach (Match m in YearMonthDay.Matches(folded))
            {
                Add(found, m, Int(m, "y"), MonthWords.Gregorian(m.Groups["mon"].Value), Int(m, "d"), latest);
            }

        }
        catch (RegexMatchTimeoutException)
        {
            return found;
        }

        found.Sort((x, y) => x.Index.CompareTo(y.Index));
        return found;
    }

    /// <summary>
    /// The order a page writes an ambiguous numeric date in: from its language (en-US writes the month first), and for a
    /// bare "en" from its site's country (a .uk, .au, .in... site writes the day first).
    /// </summary>
    public static DayOrder OrderFor(string? language, string? url = null)
    {
        var order = OrderFor(language);
        var bare = language is not null && language.Trim().Equals("en", StringComparison.OrdinalIgnoreCase);
        if (order == DayOrder.MonthFirst && bare && HostCountry(url) is { } country && Array.IndexOf(DayFirstRegions, "-" + country) >= 0)
        {
            return DayOrder.DayFirst;
        }

        return order;
    }

    private static string? HostCountry(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host;
        var dot = host.LastIndexOf('.');
        return dot >= 0 && host.Length - dot == 3 ? host.Substring(dot + 1).ToLowerInvariant() : null;
    }

    private static DayOrder OrderFor(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return DayOrder.DayFirst;
        }

        var lang = language!.Trim().Replace('_', '-').ToLowerInvariant();
        if (!(lang == "en" || lang.StartsWith("en-", StringComparison.Ordinal)))
        {
            return DayOrder.DayFirst;
        }

        foreach (var region in DayFirstRegions)
        {
            if (lang.EndsWith(region, StringComparison.Ordinal))
            {
                return DayOrder.DayFirst;
            }
        }

        return DayOrder.MonthFirst;
    }

    private static bool MayHoldDate(string text, bool allowShortYear)
    {
        var run = 0;
        var first = 0;
        var second = 0;
        var separators = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var digit = i < text.Length ? (int)char.GetNumericValue(text[i]) : -1;
            if (digit >= 0 && digit <= 9 && char.IsDigit(text[i]))
            {
                if (run == 0)
                {
                    first = digit;
                }
                else if (run == 1)
                {
                    second = digit;
                }

                run++;
                continue;
            }

            if (run == YearDigits && ((first == 1 && (second == 9 || second == 3 || second == 4)) || (first == 2 && second == 0)))
            {
                return true;
            }

            if (run > 0 && run <= 2 && i < text.Length && (text[i] == '.' || text[i] == '/'))
            {
                separators++;
            }

            run = 0;
        }

        return allowShortYear && separators >= 2;
    }

    /// <summary>Digits of any script as ASCII and letters folded by <see cref="MonthWords.Fold"/>, one character for one.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c >= '\u0660' && c <= '\u0669')
            {
                builder.Append((char)('0' + (c - '\u0660')));
            }
            else if (c >= '\u06F0' && c <= '\u06F9')
            {
                builder.Append((char)('0' + (c - '\u06F0')));
            }
            else if (c >= '\u0966' && c <= '\u096F')
            {
                // Devanagari
                builder.Append((char)('0' + (c - '\u0966')));
            }
            else if (c >= '\u09E6' && c <= '\u09EF')
            {
                // Bengali
                builder.Append((char)('0' + (c - '\u09E6')));
            }
            else if (c == '\u00A0')
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(MonthWords.FoldChar(c));
            }
        }

        return builder.ToString();
    }

    private static void AddNumeric(List<TextDate> found, Match m, DayOrder order, DateTimeOffset latest, bool allowShortYear)
    {
        var a = Int(m, "a");
        var b = Int(m, "b");
        var yearText = m.Groups["y"].Value;
        var separator = m.Groups["s"].Value;
        int year;
        if (yearText.Length == 2)
        {
            if (!allowShortYear || separator == "-")
            {
                return;
            }

            // A two-digit year is this century unless that would be in the future.
            year = 2000 + Int(m, "y");
            if (year > latest.Year)
            {
                year -= 100;
            }
        }
        else
        {
            year = Int(m, "y");
        }

        var dayFirst = Make(year, b, a, latest);
        var monthFirst = Make(year, a, b, latest);
        DateTimeOffset? value;
        if (separator == ".")
        {
            // Dotted dates are day-first in every language that writes them.
            value = dayFirst;
        }
        else if (dayFirst is null || monthFirst is null)
        {
            value = dayFirst ?? monthFirst;
        }
        else
        {
            value = order == DayOrder.MonthFirst ? monthFirst : dayFirst;
        }

        if (value is { } v)
        {
            Insert(found, new TextDate(m.Index, m.Length, v));
        }
    }

    private static void Add(List<TextDate> found, Match m, int year, int month, int day, DateTimeOffset latest)
    {
        if (Make(year, month, day, latest) is { } value)
        {
            Insert(found, new TextDate(m.Index, m.Length, value));
        }
    }

    private static void AddSolar(List<TextDate> found, Match m, int year, int month, int day, DateTimeOffset latest)
    {
        if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1300 || year > 1500)
        {
            return;
        }

        try
        {
            if (day > Solar.GetDaysInMonth(year, month))
            {
                return;
            }

            var gregorian = Solar.ToDateTime(year, month, day, 0, 0, 0, 0);
            if (Make(gregorian.Year, gregorian.Month, gregorian.Day, latest) is { } value)
            {
                Insert(found, new TextDate(m.Index, m.Length, value));
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // Not a date of the solar calendar.
        }
    }

    private static DateTimeOffset? Make(int year, int month, int day, DateTimeOffset latest)
    {
        if (year < EarliestYear || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var value = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        return value > latest ? null : value;
    }

    /// <summary>Keeps the first reading of each stretch of text: a later pattern never overrides an overlapping earlier one.</summary>
    private static void Insert(List<TextDate> found, TextDate date)
    {
        foreach (var other in found)
        {
            if (date.Index < other.Index + other.Length && other.Index < date.Index + date.Length)
            {
                return;
            }
        }

        found.Add(date);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
