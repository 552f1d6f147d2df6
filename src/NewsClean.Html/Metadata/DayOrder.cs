namespace NewsClean.Html.Metadata;

/// <summary>How a numeric date whose first two numbers could both be a day or a month is read.</summary>
internal enum DayOrder
{
    /// <summary>3/4/2019 is 3 April (most of the world).</summary>
    DayFirst,

    /// <summary>3/4/2019 is March 4 (United States English).</summary>
    MonthFirst,
}
