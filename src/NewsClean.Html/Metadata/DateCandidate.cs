using System;

namespace NewsClean.Html.Metadata;

/// <summary>A date an element states.</summary>
internal sealed class DateCandidate
{
    public DateCandidate(DateTimeOffset value, int position, bool hinted, bool modified)
    {
        Value = value;
        Position = position;
        Hinted = hinted;
        Modified = modified;
    }

    public DateTimeOffset Value { get; }

    /// <summary>Text characters before the element on the page.</summary>
    public int Position { get; }

    /// <summary>A time element, a datetime attribute, or an element named like a date.</summary>
    public bool Hinted { get; }

    /// <summary>Named or labelled as an update.</summary>
    public bool Modified { get; }
}
