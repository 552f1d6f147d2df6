using System;
using System.Collections.Generic;

namespace NewsClean.Html.Metadata;

/// <summary>Metadata as collected from the markup, before it is weighed: every meta value by its key, and the rest.</summary>
internal sealed class PageFacts
{
    /// <summary>Meta values by lower-case name, property or itemprop (og:title, article:tag, keywords, datepublished...).</summary>
    public Dictionary<string, List<string>> Meta { get; } = new Dictionary<string, List<string>>(StringComparer.Ordinal);

    public string? DocumentTitle { get; set; }

    public string? Canonical { get; set; }

    public string? Language { get; set; }

    public List<string> JsonLdScripts { get; } = new List<string>();

    /// <summary>Every datetime attribute on the page (&lt;time datetime&gt;...), raw, in document order.</summary>
    public List<string> DateTimeAttributes { get; } = new List<string>();

    public string? First(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (Meta.TryGetValue(key, out var values))
            {
                foreach (var value in values)
                {
                    if (value.Length > 0)
                    {
                        return value;
                    }
                }
            }
        }

        return null;
    }

    public IEnumerable<string> All(string key) => Meta.TryGetValue(key, out var values) ? values : (IEnumerable<string>)Array.Empty<string>();

    public void Add(string key, string value)
    {
        if (!Meta.TryGetValue(key, out var values))
        {
            values = new List<string>(1);
            Meta[key] = values;
        }

        values.Add(value);
    }
}
