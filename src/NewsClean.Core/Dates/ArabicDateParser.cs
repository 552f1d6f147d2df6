using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsClean.Core.Dates;

/// <summary>
/// Finds and parses date expressions in Arabic and English news text: ISO and RFC 1123 stamps, numeric
/// dates, Arabic month names of every regional family, Hijri dates (alone or paired with a Gregorian one),
/// with weekday prefix, time of day and zone words.
/// </summary>
public static class ArabicDateParser
{
    private const RegexOptions Options =
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;

    private static readonly TimeSpan MatchTimeout = Text.RegexLimits.MatchTimeout;

    // Separators between date parts; dashes are already folded to '-'.
    private const string Sep = @"[\s,،\-/.]{0,4}";
    private const string Ordinal = @"(?:st|nd|rd|th)?";
    private const string YearWord = @"(?:(?:سنه|عام)\s{1,3})?";

    private static readonly string AnyMonth = "(?:" + MonthNames.GregorianPattern + "|" + MonthNames.HijriPattern + ")";

    // "أيار (مايو)", "كانون الثاني/يناير": the second name only confirms the first.
    private static readonly string Doubled =
        @"(?:\s{0,3}(?:\(\s{0,2}" + MonthNames.GregorianPattern + @"\s{0,2}\)|[/\-]\s{0,3}" + MonthNames.GregorianPattern + "))?";

    private static readonly string WeekdayPrefix =
        MonthNames.WeekdayPattern + @"[\s,،\-]{0,4}(?:الموافق(?:\s{0,3}ل\u0640{0,3})?[\s:]{0,3})?";

    private static readonly string CoreForms = string.Join("|", new[]
    {
        // 2024-09-24, 2012/06/19, 1433/09/09 (Hijri when followed by هـ)
        @"(?<![0-9]|[0-9][.\-/])(?<iy>[0-9]{4})\s{0,2}(?<isep>[\-/.])\s{0,2}(?<im>[0-9]{1,2})\s{0,2}\k<isep>\s{0,2}(?<id>[0-9]{1,2})(?![0-9])",

        // 02/07/2012, 26 - 08 - 2012, 7/21/2012 (not inside 1.2.2012.3); which one is the day is settled later
        @"(?<![0-9]|[0-9][.\-/])(?<na>[0-9]{1,2})\s{0,3}(?<nsep>[\-/.])\s{0,3}(?<nb>[0-9]{1,2})\s{0,3}\k<nsep>\s{0,3}(?<ny>[0-9]{4})(?![0-9]|\k<nsep>[0-9])",

        // 25 إبريل, 2012 / 24th, September 2024 / 10 من شهر يناير 2012 / 21 شعبان 1433
        @"(?<![0-9]|[0-9]:)(?<dd>[0-9]{1,2})" + Ordinal + "(?![0-9])" + Sep + @"(?:(?:من|of)\s{1,3})?(?:شهر\s{1,3})?"
            + "(?<dm>" + AnyMonth + ")" + Doubled + Sep + YearWord + "(?<dy>[0-9]{4})(?![0-9])",

        // September 24, 2024
        "(?<mm>" + MonthNames.GregorianPattern + ")" + Doubled + @"[\s.,،]{1,4}(?<md>[0-9]{1,2})" + Ordinal
            + @"(?![0-9])[\s,،]{1,4}(?<my>[0-9]{4})(?![0-9])",

        // أيار (مايو) 2015: month and year only, day taken as 1. Not after a day that failed above
        // ("31 نوفمبر 2012") nor after "من" ("السابع عشر من سبتمبر 2012"): those name a day we cannot read.
        @"(?<!(?<!\p{L})(?:من|of)\s{1,3}(?:شهر\s{1,3})?)(?<![0-9]" + Ordinal + @"[\s,،\-/.]{0,4})"
            + "(?<ym>" + MonthNames.GregorianPattern + ")" + Doubled + Sep + YearWord + "(?<yy>[0-9]{4})(?![0-9])",
    });

    // Only ever tried anchored, at a few token starts before each year (see TryScan), so no call scans far.
    private static readonly Regex CoreAt = new Regex(
        @"\G(?:" + WeekdayPrefix + ")?(?:" + CoreForms + ")", Options, MatchTimeout);

    // Every date expression holds a four-digit year, and nothing before it in the expression is four digits.
    private static readonly Regex YearFinder = new Regex(@"(?<![0-9])[0-9]{4}(?![0-9])", Options, MatchTimeout);

    private static readonly Regex HijriEra = new Regex(
        @"\G\s{0,3}(?:هجريه|هجري|ه\u0640{0,3}\.?)(?!\p{L})", Options, MatchTimeout);

    private static readonly Regex GregorianEra = new Regex(
        @"\G\s{0,3}(?:ميلاديه|ميلادي|م\.?)(?!\p{L})", Options, MatchTimeout);

    private static readonly Regex PairConnector = new Regex(
        @"\G[\s,،\-|/]{0,4}(?<open>\(\s{0,2})?(?<conn>الموافق(?:\s{0,3}ل\u0640{0,3}(?!\p{L}))?[\s:,،]{0,3})?",
        Options, MatchTimeout);

    private static readonly Regex CloseParen = new Regex(@"\G\s{0,2}\)", Options, MatchTimeout);

    private static readonly Regex TimeTail = new Regex(
        @"\G(?:[\s,،\-|/]{0,4}(?:(?:(?:علي|في)\s{1,3})?(?:ال)?ساعه|at(?![a-z])|اخر\s{1,3}تحديث|تحديث|في)?[\s:,،]{0,3}|\s{0,2}[T@]\s{0,2})"
        + @"(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2})(?:\.(?<f>[0-9]{1,7}))?)?(?![0-9])",
        Options, MatchTimeout);

    private const string Harakat = @"[\u064B-\u0652]{0,2}";

    private static readonly Regex DayPart = new Regex(
        @"\G\s{0,3}(?:(?<latam>a\.?m\.?)|(?<latpm>p\.?m\.?)"
        + "|(?<am>صباح" + Harakat + "ا?|فجر" + Harakat + "ا?|ص)"
        + "|(?<pm>مساء" + Harakat + "ا?|عصر" + Harakat + "ا?|م)"
        + "|(?<noon>ظهر" + Harakat + "ا?)|(?<night>ليل" + Harakat + "ا?))" + Harakat + @"(?!\p{L})",
        Options, MatchTimeout);

    private static readonly Regex ZuluTail = new Regex(@"\GZ(?![a-z0-9])", Options, MatchTimeout);

    // Zone words after a date or time. City names ("بتوقيت القدس") only widen the span: the offset stays zero.
    private static readonly Regex ZoneTail = new Regex(
        @"\G[\s,،]{0,3}(?<open>\(\s{0,2})?(?:"
        + @"(?:GMT|UTC)(?:\s{0,2}(?<zs>[+\-])\s{0,2}(?<zh>[0-9]{1,2})(?::?(?<zm>[0-9]{2}))?)?(?![a-z0-9])"
        + @"|(?<ns>[+\-])(?<nh>[0-9]{2}):?(?<nm>[0-9]{2})(?![0-9])"
        + @"|ت\.?\s?غ\.?(?!\p{L})"
        + @"|ب?توقيت\s{1,3}\p{L}{2,20}(?:\s{1,3}ال\p{L}{2,20})?"
        + @")(?(open)\s{0,2}\))",
        Options, MatchTimeout);

    /// <summary>Finds the first (leftmost) date expression in <paramref name="text"/>.</summary>
    public static bool TryFindDate(string text, out DateMatch match)
    {
        match = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        string folded = Fold(text);
        try
        {
            return TryScan(folded, 0, out match);
        }
        catch (RegexMatchTimeoutException)
        {
            match = default;
            return false;
        }
    }

    /// <summary>All date expressions in <paramref name="text"/>, left to right, non-overlapping.</summary>
    public static IReadOnlyList<DateMatch> FindDates(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var found = new List<DateMatch>();
        string folded = Fold(text);
        int pos = 0;
        try
        {
            while (pos < folded.Length && TryScan(folded, pos, out DateMatch m))
            {
                found.Add(m);
                pos = m.Index + m.Length;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Keep what was found before the timeout: those matches are complete.
        }

        return found;
    }

    /// <summary>
    /// Parses <paramref name="text"/> when all of it (trimmed of blanks and stray punctuation) is one date
    /// expression, weekday, time and zone words included.
    /// </summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        string folded = Fold(text);
        int start = 0;
        int end = folded.Length;
        while (start < end && IsTrimmable(folded[start]))
        {
            start++;
        }

        while (end > start && IsTrimmable(folded[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return false;
        }

        try
        {
            if (!TryAt(folded, start, out DateMatch dm))
            {
                return false;
            }

            // A trailing dot may belong to the expression ("هـ.", "a.m."), so compare against both ends.
            int dmEnd = dm.Index + dm.Length;
            if (dmEnd != end && !(dmEnd > end && dmEnd <= folded.Length && IsAllTrimmable(folded, end, dmEnd)))
            {
                return false;
            }

            value = dm.Value;
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// Folds, one char for one char so offsets stay valid: alef variants to bare alef, ى/ی to ي, ة to ه,
    /// keheh to kaf, Eastern Arabic and Persian digits to ASCII, dash variants to '-', bidi marks to spaces.
    /// </summary>
    internal static string Fold(string text)
    {
        char[]? buffer = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            char f = FoldChar(c);
            if (f != c)
            {
                buffer ??= text.ToCharArray();
                buffer[i] = f;
            }
        }

        return buffer is null ? text : new string(buffer);
    }

    private static char FoldChar(char c)
    {
        switch (c)
        {
            case '\u0622':
            case '\u0623':
            case '\u0625':
            case '\u0671':
                return '\u0627';
            case '\u0649':
            case '\u06CC':
                return '\u064A';
            case '\u0629':
                return '\u0647';
            case '\u06A9':
                return '\u0643';
            case '\u2010':
            case '\u2011':
            case '\u2012':
            case '\u2013':
            case '\u2014':
            case '\u2015':
            case '\u2212':
                return '-';
            case '\u061C':
            case '\u200B':
            case '\u200C':
            case '\u200D':
            case '\u200E':
            case '\u200F':
            case '\u202A':
            case '\u202B':
            case '\u202C':
            case '\u202D':
            case '\u202E':
            case '\u2066':
            case '\u2067':
            case '\u2068':
            case '\u2069':
            case '\uFEFF':
                return ' ';
        }

        if (c >= '\u0660' && c <= '\u0669')
        {
            return (char)('0' + (c - '\u0660'));
        }

        if (c >= '\u06F0' && c <= '\u06F9')
        {
            return (char)('0' + (c - '\u06F0'));
        }

        return c;
    }

    private static bool IsTrimmable(char c) =>
        char.IsWhiteSpace(c) || c == ',' || c == '،' || c == ';' || c == '؛' || c == '|' || c == '-' || c == '.' || c == ':';

    private static bool IsAllTrimmable(string s, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!IsTrimmable(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    // How far before its year a date can start: "يوم الأربعاء، الموافق لـ 10 من شهر كانون الثاني (يناير) سنة"
    // is 11 words; digits and letters of "24th" count as two. Beyond that, and beyond the previous year
    // (a date holds only one), no start is tried.
    private const int MaxTokensBeforeYear = 16;
    private const int MaxCharsBeforeYear = 160;

    private static bool TryScan(string s, int pos, out DateMatch match)
    {
        int floor = pos;
        var starts = new List<int>(MaxTokensBeforeYear + 1);
        while (floor < s.Length)
        {
            Match year = YearFinder.Match(s, floor);
            if (!year.Success)
            {
                break;
            }

            starts.Clear();
            int limit = Math.Max(floor, year.Index - MaxCharsBeforeYear);
            for (int i = year.Index; i >= limit && starts.Count <= MaxTokensBeforeYear; i--)
            {
                if (IsTokenStart(s, i))
                {
                    starts.Add(i);
                }
            }

            // Leftmost first, like a regex scan would.
            for (int k = starts.Count - 1; k >= 0; k--)
            {
                if (TryAt(s, starts[k], out match))
                {
                    return true;
                }
            }

            floor = year.Index + year.Length;
        }

        match = default;
        return false;
    }

    private static bool IsTokenStart(string s, int i)
    {
        char c = s[i];
        char prev = i > 0 ? s[i - 1] : ' ';
        return (c >= '0' && c <= '9') ? !(prev >= '0' && prev <= '9') : char.IsLetter(c) && !char.IsLetter(prev);
    }

    private static bool TryAt(string s, int start, out DateMatch match)
    {
        Match m = CoreAt.Match(s, start);
        if (m.Success)
        {
            return TryBuild(s, m, out match);
        }

        match = default;
        return false;
    }

    private enum CoreKind
    {
        YearFirst,
        Numeric,
        Named,
    }

    /// <summary>The bare date part of a match, before deciding its calendar.</summary>
    private readonly struct Core
    {
        public Core(CoreKind kind, int end, int first, int second, int year, bool hijriMonth)
        {
            Kind = kind;
            End = end;
            First = first;
            Second = second;
            Year = year;
            HijriMonth = hijriMonth;
        }

        public CoreKind Kind { get; }

        public int End { get; }

        /// <summary>YearFirst: month. Numeric: first number as written. Named: day, 0 when absent.</summary>
        public int First { get; }

        /// <summary>YearFirst: day. Numeric: second number as written. Named: month.</summary>
        public int Second { get; }

        public int Year { get; }

        /// <summary>The month was written as a Hijri month name.</summary>
        public bool HijriMonth { get; }

        /// <summary>Numbers only with a year this low are Hijri (1433) rather than Gregorian.</summary>
        public bool LowYear => Kind != CoreKind.Named && Year < 1600;

        public bool MaybeHijri => HijriMonth || LowYear;
    }

    private static bool TryReadCore(Match m, out Core core)
    {
        core = default;
        int end = m.Index + m.Length;
        GroupCollection g = m.Groups;
        if (g["iy"].Success)
        {
            core = new Core(CoreKind.YearFirst, end, Int(g["im"]), Int(g["id"]), Int(g["iy"]), false);
            return true;
        }

        if (g["ny"].Success)
        {
            core = new Core(CoreKind.Numeric, end, Int(g["na"]), Int(g["nb"]), Int(g["ny"]), false);
            return true;
        }

        if (g["dy"].Success)
        {
            return TryNamed(g["dm"].Value, Int(g["dd"]), Int(g["dy"]), end, out core);
        }

        if (g["my"].Success)
        {
            return TryNamed(g["mm"].Value, Int(g["md"]), Int(g["my"]), end, out core);
        }

        if (g["yy"].Success)
        {
            return TryNamed(g["ym"].Value, 0, Int(g["yy"]), end, out core);
        }

        return false;
    }

    private static bool TryNamed(string monthName, int day, int year, int end, out Core core)
    {
        core = default;
        bool hijri = false;
        if (!MonthNames.TryGregorian(monthName, out int month))
        {
            // Hijri months need a day: "رمضان 1433" alone is too vague to date an article.
            if (day == 0 || !MonthNames.TryHijri(monthName, out month))
            {
                return false;
            }

            hijri = true;
        }

        core = new Core(CoreKind.Named, end, day, month, year, hijri);
        return true;
    }

    private static int Int(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Completes a core match with its era suffix, paired date, time and zone.</summary>
    private static bool TryBuild(string s, Match m, out DateMatch result)
    {
        result = default;
        if (!TryReadCore(m, out Core first))
        {
            return false;
        }

        int pos = first.End;
        Core gregorian = first;
        bool hijriOnly = false;

        if (first.MaybeHijri)
        {
            bool era = TryAdvance(HijriEra, s, ref pos);
            if (TryPair(s, ref pos, wantHijri: false, out Core second))
            {
                gregorian = second;
            }
            else if (first.HijriMonth || era)
            {
                hijriOnly = true;
            }
            else
            {
                // 12/05/1433 without هـ: too old for Gregorian, too unsure for Hijri.
                return false;
            }
        }
        else
        {
            TryAdvance(GregorianEra, s, ref pos);
            TryPair(s, ref pos, wantHijri: true, out _);
        }

        bool hasTime = TryTime(s, ref pos, out TimeSpan timeOfDay, out bool latinDayPart);
        TimeSpan zone = TryZone(s, ref pos, hasTime);

        int year;
        int month;
        int day;
        bool valid = hijriOnly
            ? TryHijriToGregorian(first, out year, out month, out day)
            : TryGregorian(gregorian, latinDayPart, out year, out month, out day);
        if (!valid || year < 1900 || year > 2100)
        {
            return false;
        }

        var value = new DateTimeOffset(new DateTime(year, month, day).Add(timeOfDay), zone);
        int start = m.Index;
        result = new DateMatch(start, pos - start, value, hasTime, hijriOnly);
        return true;
    }

    private static bool TryAdvance(Regex regex, string s, ref int pos)
    {
        Match m = regex.Match(s, pos);
        if (!m.Success)
        {
            return false;
        }

        pos = m.Index + m.Length;
        return true;
    }

    /// <summary>
    /// The other calendar's date right after the first one: "... هـ الموافق 11 اغسطس 2015 م",
    /// "11 تموز 2012 الموافق 21 شعبان 1433", "21 شعبان 1433 (11 يوليو 2012)".
    /// </summary>
    private static bool TryPair(string s, ref int pos, bool wantHijri, out Core second)
    {
        second = default;
        Match conn = PairConnector.Match(s, pos);
        if (!conn.Success)
        {
            return false;
        }

        Match m = CoreAt.Match(s, conn.Index + conn.Length);
        if (!m.Success || !TryReadCore(m, out Core core))
        {
            return false;
        }

        int p = core.End;
        if (wantHijri)
        {
            if (!core.MaybeHijri)
            {
                return false;
            }

            bool era = TryAdvance(HijriEra, s, ref p);

            // A bare numeric date counts as Hijri only when the text says so.
            if (!core.HijriMonth && !era && !conn.Groups["conn"].Success)
            {
                return false;
            }

            if (!TryHijriToGregorian(core, out _, out _, out _))
            {
                return false;
            }
        }
        else
        {
            if (core.MaybeHijri || core.Year < 1900 || core.Year > 2100)
            {
                return false;
            }

            TryAdvance(GregorianEra, s, ref p);
        }

        if (conn.Groups["open"].Success && !TryAdvance(CloseParen, s, ref p))
        {
            return false;
        }

        pos = p;
        second = core;
        return true;
    }

    private static bool TryTime(string s, ref int pos, out TimeSpan timeOfDay, out bool latinDayPart)
    {
        timeOfDay = TimeSpan.Zero;
        latinDayPart = false;
        Match t = TimeTail.Match(s, pos);
        if (!t.Success)
        {
            return false;
        }

        int hour = Int(t.Groups["h"]);
        int minute = Int(t.Groups["mi"]);
        int second = t.Groups["s"].Success ? Int(t.Groups["s"]) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        int p = t.Index + t.Length;
        Match d = DayPart.Match(s, p);
        if (d.Success)
        {
            GroupCollection g = d.Groups;
            latinDayPart = g["latam"].Success || g["latpm"].Success;
            if (hour <= 12)
            {
                if (g["latam"].Success || g["am"].Success)
                {
                    hour = hour == 12 ? 0 : hour;
                }
                else if (g["latpm"].Success || g["pm"].Success)
                {
                    hour = hour == 12 ? 12 : hour + 12;
                }
                else if (g["noon"].Success)
                {
                    // ظهرا: 1 to 6 are after midday, 11 or 12 are around it.
                    hour = hour >= 1 && hour <= 6 ? hour + 12 : hour;
                }
                else if (g["night"].Success)
                {
                    hour = hour == 12 ? 0 : hour >= 6 ? hour + 12 : hour;
                }
            }

            p = d.Index + d.Length;
        }

        pos = p;
        timeOfDay = new TimeSpan(hour, minute, second);
        if (t.Groups["f"].Success)
        {
            timeOfDay += TimeSpan.FromTicks(int.Parse(t.Groups["f"].Value.PadRight(7, '0'), NumberStyles.None, CultureInfo.InvariantCulture));
        }

        return true;
    }

    private static TimeSpan TryZone(string s, ref int pos, bool hasTime)
    {
        if (hasTime && TryAdvance(ZuluTail, s, ref pos))
        {
            return TimeSpan.Zero;
        }

        Match z = ZoneTail.Match(s, pos);
        if (!z.Success)
        {
            return TimeSpan.Zero;
        }

        GroupCollection g = z.Groups;
        TimeSpan offset = TimeSpan.Zero;
        if (g["ns"].Success)
        {
            // "+0300" alone after a date is more likely a number than a zone.
            if (!hasTime || !TryOffset(g["ns"].Value, Int(g["nh"]), Int(g["nm"]), out offset))
            {
                return TimeSpan.Zero;
            }
        }
        else if (g["zs"].Success)
        {
            if (!TryOffset(g["zs"].Value, Int(g["zh"]), g["zm"].Success ? Int(g["zm"]) : 0, out offset))
            {
                return TimeSpan.Zero;
            }
        }

        pos = z.Index + z.Length;
        return offset;
    }

    private static bool TryOffset(string sign, int hours, int minutes, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (sign == "-")
        {
            offset = offset.Negate();
        }

        return true;
    }

    private static bool TryGregorian(Core c, bool latinDayPart, out int year, out int month, out int day)
    {
        year = c.Year;
        switch (c.Kind)
        {
            case CoreKind.YearFirst:
                month = c.First;
                day = c.Second;
                break;
            case CoreKind.Numeric:
                // Day first unless the text is clearly US style: 7/21/2012, or 05/06/2012 followed by AM/PM.
                bool monthFirst = c.First <= 12 && (c.Second > 12 || latinDayPart);
                month = monthFirst ? c.First : c.Second;
                day = monthFirst ? c.Second : c.First;
                break;
            default:
                month = c.Second;
                day = c.First == 0 ? 1 : c.First;
                break;
        }

        return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1
            && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool TryHijriToGregorian(Core c, out int year, out int month, out int day)
    {
        year = month = day = 0;
        int hYear = c.Year;
        int hMonth = c.Kind == CoreKind.YearFirst ? c.First : c.Second;
        int hDay = c.Kind == CoreKind.YearFirst ? c.Second : c.First;
        if (hMonth < 1 || hMonth > 12 || hDay < 1 || hDay > 30 || hYear < 1300 || hYear > 1600)
        {
            return false;
        }

        // Umm al-Qura is what Gulf sites print; outside its range, or for a 30th it lacks (other
        // countries sight the moon themselves), the tabular calendar is close enough.
        Calendar[] calendars = { new UmAlQuraCalendar(), new HijriCalendar() };
        foreach (Calendar calendar in calendars)
        {
            try
            {
                if (hDay > calendar.GetDaysInMonth(hYear, hMonth))
                {
                    continue;
                }

                DateTime g = calendar.ToDateTime(hYear, hMonth, hDay, 0, 0, 0, 0);
                year = g.Year;
                month = g.Month;
                day = g.Day;
                return true;
            }
            catch (ArgumentOutOfRangeException)
            {
                // Outside this calendar's range: try the next one.
            }
        }

        return false;
    }
}
