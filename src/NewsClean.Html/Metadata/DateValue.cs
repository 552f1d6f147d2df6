using System;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsClean.Core.Dates;

namespace NewsClean.Html.Metadata;

/// <summary>Parses the dates pages carry: ISO 8601 and RFC 1123 in meta tags, anything the Core's date parser reads in text.</summary>
internal static class DateValue
{
    private static readonly Regex IsoLike = new Regex(@"^\s{0,4}[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}", RegexOptions.CultureInvariant, NewsClean.Core.Text.RegexLimits.MatchTimeout);

    private static readonly Regex IsoDay = new Regex(@"^\s{0,4}[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?![0-9])", RegexOptions.CultureInvariant, NewsClean.Core.Text.RegexLimits.MatchTimeout);

    private static readonly Regex NumericDayMonth = new Regex(@"^\s{0,4}[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{4}(?![0-9])", RegexOptions.CultureInvariant, NewsClean.Core.Text.RegexLimits.MatchTimeout);

    private static readonly Regex CompactIso = new Regex(@"^\s{0,4}(?<y>[0-9]{4})(?<m>[0-9]{2})(?<d>[0-9]{2})(?:T?(?<h>[0-9]{2})(?<mi>[0-9]{2})(?<s>[0-9]{2})?)?", RegexOptions.CultureInvariant, NewsClean.Core.Text.RegexLimits.MatchTimeout);

    private static readonly Regex UnixSeconds = new Regex(@"^\s{0,4}[0-9]{10}(?:[0-9]{3})?\s{0,4}$", RegexOptions.CultureInvariant, NewsClean.Core.Text.RegexLimits.MatchTimeout);

    // Earlier than this is not a news date (placeholders such as 0001-01-01 or 1970-01-01).
    private static readonly DateTimeOffset Earliest = new DateTimeOffset(DateText.EarliestYear, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How far past the clock a stated date may lie (time zones ahead of UTC, a clock slightly behind).</summary>
    public static readonly TimeSpan ClockSlack = TimeSpan.FromDays(1);

    /// <summary>The latest date a page can have been published: now, give or take <see cref="ClockSlack"/>.</summary>
    public static DateTimeOffset Latest => DateTimeOffset.UtcNow + ClockSlack;

    /// <summary>A date given on its own (a meta value, a datetime attribute); a numeric day and month that could be swapped are read in <paramref name="order"/>.</summary>
    public static DateTimeOffset? Parse(string? value, DayOrder order = DayOrder.DayFirst)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value!.Trim();
        if (text.Length > 200)
        {
            return null;
        }

        try
        {
            if (IsoLike.IsMatch(text))
            {
                var iso = Regex.Replace(text, @"\s{1,4}(?=[0-9]{1,2}:)", "T", RegexOptions.CultureInvariant, NewsClean.Core.Text.RegexLimits.MatchTimeout);
                if (DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
                {
                    return Plausible(parsed);
                }

                // A malformed time ("2022-01-10T22:06:08:684Z") does not unmake the day before it.
                var day = IsoDay.Match(text);
                if (day.Success && DateTimeOffset.TryParseExact(day.Value.Trim(), "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dayOnly))
                {
                    return Plausible(dayOnly);
                }
            }

            if (NumericDayMonth.IsMatch(text))
            {
                var numeric = DateText.FindAll(text, order, Latest, allowShortYear: false);
                if (numeric.Count > 0)
                {
                    return Plausible(numeric[0].Value);
                }
            }

            var compact = CompactIso.Match(text);
            if (compact.Success && text.Trim().Length <= 15 && TryCompact(compact, out var fromCompact))
            {
                return Plausible(fromCompact);
            }

            if (UnixSeconds.IsMatch(text))
            {
                var number = long.Parse(text.Trim(), CultureInfo.InvariantCulture);
                var date = text.Trim().Length == 13 ? DateTimeOffset.FromUnixTimeMilliseconds(number) : DateTimeOffset.FromUnixTimeSeconds(number);
                return Plausible(date);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        if (ArabicDateParser.TryParse(text, out var arabic))
        {
            return Plausible(arabic);
        }

        if (HasLatinMonth(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var rfc))
        {
            return Plausible(rfc);
        }

        if (Find(text) is { } found)
        {
            return found;
        }

        var dates = DateText.FindAll(text, DayOrder.DayFirst, Latest, allowShortYear: false);
        return dates.Count > 0 ? dates[0].Value : null;
    }

    /// <summary>The first date in a line of text (a visible date line).</summary>
    public static DateTimeOffset? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text!.Length > 400)
        {
            return null;
        }

        return ArabicDateParser.TryFindDate(text, out var match) ? Plausible(match.Value) : null;
    }

    private static DateTimeOffset? Plausible(DateTimeOffset value) =>
        value < Earliest || value > Latest ? null : value;

    private static bool TryCompact(Match match, out DateTimeOffset value)
    {
        value = default;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(1, Math.Min(9999, year)), month))
        {
            return false;
        }

        var hour = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minute = match.Groups["mi"].Success ? int.Parse(match.Groups["mi"].Value, CultureInfo.InvariantCulture) : 0;
        var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    private static bool HasLatinMonth(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var month in new[] { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" })
        {
            if (lower.Contains(month))
            {
                return true;
            }
        }

        return false;
    }
}
