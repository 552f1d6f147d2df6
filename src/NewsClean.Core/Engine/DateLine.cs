using System;

namespace NewsClean.Core.Engine;

/// <summary>A line that states when an article was published or updated, and the date it states.</summary>
internal sealed class DateLine
{
    public DateLine(Line line, DateTimeOffset value, bool isUpdate)
    {
        Line = line;
        Value = value;
        IsUpdate = isUpdate;
    }

    public Line Line { get; }

    public DateTimeOffset Value { get; }

    /// <summary>An update line (آخر تحديث): it also gives ModifiedAt.</summary>
    public bool IsUpdate { get; }
}
