using System;

namespace NewsClean.Html.Metadata;

/// <summary>A date stated in a line of text: where it stands and the calendar day it names (at midnight with no offset, unless the Core's Arabic parser read a time).</summary>
internal readonly struct TextDate
{
    public TextDate(int index, int length, DateTimeOffset value)
    {
        Index = index;
        Length = length;
        Value = value;
    }

    public int Index { get; }

    public int Length { get; }

    public DateTimeOffset Value { get; }
}
