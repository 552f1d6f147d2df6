using System;
using System.Globalization;

namespace NewsClean.Core.Dates;

/// <summary>A date expression found in text.</summary>
public readonly struct DateMatch
{
    internal DateMatch(int index, int length, DateTimeOffset value, bool hasTime, bool isHijri)
    {
        Index = index;
        Length = length;
        Value = value;
        HasTime = hasTime;
        IsHijri = isHijri;
    }

    /// <summary>Offset of the expression in the searched string.</summary>
    public int Index { get; }

    /// <summary>Length of the whole expression: weekday prefix, Hijri/Gregorian pair, era suffix, time and zone included.</summary>
    public int Length { get; }

    /// <summary>Gregorian date; time of day when stated, else midnight; offset when stated (GMT, +0300), else zero.</summary>
    public DateTimeOffset Value { get; }

    public bool HasTime { get; }

    /// <summary>True only when the value was converted from a Hijri date that had no Gregorian counterpart.</summary>
    public bool IsHijri { get; }

    public override string ToString() =>
        Value.ToString(HasTime ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd", CultureInfo.InvariantCulture)
        + " @" + Index.ToString(CultureInfo.InvariantCulture) + "+" + Length.ToString(CultureInfo.InvariantCulture)
        + (IsHijri ? " (hijri)" : string.Empty);
}
