using System;
using System.Collections;
using System.Globalization;

namespace NewsClean.Validation;

/// <summary>
/// Thresholds of <see cref="ArticleValidator"/>, with documented defaults. Built from a hashtable with
/// <see cref="FromDictionary"/>, where an unknown key or a bad value is an error naming the key, never a silent default.
/// </summary>
public sealed class ValidationSettings
{
    public static readonly ValidationSettings Default = new ValidationSettings();

    /// <summary>Fewest words a body may have (default 30).</summary>
    public int MinBodyWords { get; private set; } = 30;

    /// <summary>Least share of Arabic letters among the body's letters when <see cref="ExpectedLanguage"/> is "ar" (default 0.5).</summary>
    public double MinArabicRatio { get; private set; } = 0.5;

    /// <summary>"ar" (default) checks the Arabic share; "any" does not.</summary>
    public string ExpectedLanguage { get; private set; } = "ar";

    /// <summary>Shortest plausible title in characters (default 4).</summary>
    public int MinTitleLength { get; private set; } = 4;

    /// <summary>Longest plausible title in characters (default 250).</summary>
    public int MaxTitleLength { get; private set; } = 250;

    /// <summary>When true a missing title is an error, else a warning (default false: many dumps hold only the body).</summary>
    public bool RequireTitle { get; private set; }

    /// <summary>How far a publish date may lie after the crawl time before it counts as wrong (default 48 hours).</summary>
    public double FutureToleranceHours { get; private set; } = 48;

    /// <summary>Publish dates before this year are implausible (default 1990).</summary>
    public int MinPublishedYear { get; private set; } = 1990;

    /// <summary>The time a publish date is compared with when the article has no crawl time (default: now).</summary>
    public DateTimeOffset? ReferenceTime { get; private set; }

    /// <summary>Settings from a hashtable such as <c>@{ MinBodyWords = 80; ExpectedLanguage = 'any' }</c>; keys are case-insensitive.</summary>
    public static ValidationSettings FromDictionary(IDictionary? values)
    {
        var settings = new ValidationSettings();
        if (values is null)
        {
            return settings;
        }

        foreach (DictionaryEntry entry in values)
        {
            var key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
            var value = Unwrap(entry.Value);
            switch (key.ToUpperInvariant())
            {
                case "MINBODYWORDS":
                    settings.MinBodyWords = Int(key, value, 0, 100000);
                    break;
                case "MINARABICRATIO":
                    settings.MinArabicRatio = Number(key, value, 0, 1);
                    break;
                case "EXPECTEDLANGUAGE":
                    var language = Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim().ToLowerInvariant();
                    if (language != "ar" && language != "any")
                    {
                        throw new ArgumentException($"Validation setting '{key}' must be 'ar' or 'any', not '{value}'.", key);
                    }

                    settings.ExpectedLanguage = language;
                    break;
                case "MINTITLELENGTH":
                    settings.MinTitleLength = Int(key, value, 0, 10000);
                    break;
                case "MAXTITLELENGTH":
                    settings.MaxTitleLength = Int(key, value, 1, 100000);
                    break;
                case "REQUIRETITLE":
                    settings.RequireTitle = value is bool flag ? flag : throw new ArgumentException($"Validation setting '{key}' must be $true or $false, not '{value}'.", key);
                    break;
                case "FUTURETOLERANCEHOURS":
                    settings.FutureToleranceHours = Number(key, value, 0, 24 * 3650);
                    break;
                case "MINPUBLISHEDYEAR":
                    settings.MinPublishedYear = Int(key, value, 1, 9999);
                    break;
                case "REFERENCETIME":
                    settings.ReferenceTime = value switch
                    {
                        DateTimeOffset offset => offset,
                        DateTime date => new DateTimeOffset(date.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date),
                        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
                        _ => throw new ArgumentException($"Validation setting '{key}' must be a date, not '{value}'.", key),
                    };
                    break;
                default:
                    throw new ArgumentException($"Unknown validation setting '{key}'. Known settings: MinBodyWords, MinArabicRatio, ExpectedLanguage, MinTitleLength, MaxTitleLength, RequireTitle, FutureToleranceHours, MinPublishedYear, ReferenceTime.", key);
            }
        }

        if (settings.MinTitleLength > settings.MaxTitleLength)
        {
            throw new ArgumentException("Validation setting 'MinTitleLength' is larger than 'MaxTitleLength'.", "MinTitleLength");
        }

        return settings;
    }

    /// <summary>PowerShell hands values wrapped in PSObject; its BaseObject is reached through reflection-free ToString fallbacks.</summary>
    private static object? Unwrap(object? value)
    {
        var baseObject = value?.GetType().GetProperty("BaseObject")?.GetValue(value);
        return baseObject ?? value;
    }

    private static int Int(string key, object? value, int min, int max)
    {
        if (value is int or long or short or byte || (value is double d && Math.Abs(d % 1) < double.Epsilon) || value is string)
        {
            if (int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var result) && result >= min && result <= max)
            {
                return result;
            }
        }

        throw new ArgumentException($"Validation setting '{key}' must be a whole number from {min} to {max}, not '{value}'.", key);
    }

    private static double Number(string key, object? value, double min, double max)
    {
        if (value is not bool && value is not null
            && double.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            && result >= min && result <= max)
        {
            return result;
        }

        throw new ArgumentException($"Validation setting '{key}' must be a number from {min} to {max}, not '{value}'.", key);
    }
}
