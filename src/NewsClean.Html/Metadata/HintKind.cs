namespace NewsClean.Html.Metadata;

/// <summary>What an element's class and id say about the dates inside it (see <see cref="DateZones"/>).</summary>
internal enum HintKind
{
    /// <summary>Nothing: the element may hold the article's date.</summary>
    None,

    /// <summary>Other content (comments, related lists, tickers): its dates are never the article's.</summary>
    OtherContent,

    /// <summary>Page layout (sidebar, navigation, site footer): furniture outside the headline's article.</summary>
    Layout,
}
