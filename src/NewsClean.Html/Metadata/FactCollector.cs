using System;
using HtmlAgilityPack;
using NewsClean.Html.Dom;

namespace NewsClean.Html.Metadata;

/// <summary>
/// Collects meta tags, itemprop values, the title element, the canonical link, the language and JSON-LD blocks while
/// the tree builder walks the page.
/// </summary>
internal sealed class FactCollector : IElementObserver
{
    public PageFacts Facts { get; } = new PageFacts();

    public void Observe(HtmlNode element) => Visit(element, Facts);

    /// <summary>Reads one element; returns false when its children need no visit.</summary>
    private static bool Visit(HtmlNode node, PageFacts facts)
    {
        switch (node.Name)
        {
            case "meta":
                ReadMeta(node, facts);
                return false;
            case "title":
                if (facts.DocumentTitle is null && !HasAncestor(node, "svg"))
                {
                    facts.DocumentTitle = HtmlText.Decode(node.InnerText);
                }

                return false;
            case "link":
                var rel = node.GetAttributeValue("rel", string.Empty);
                if (facts.Canonical is null && rel.Equals("canonical", StringComparison.OrdinalIgnoreCase))
                {
                    facts.Canonical = HtmlText.Decode(node.GetAttributeValue("href", string.Empty)).Trim();
                }

                return false;
            case "html":
                if (facts.Language is null)
                {
                    var lang = node.GetAttributeValue("lang", string.Empty).Trim();
                    if (lang.Length == 0)
                    {
                        lang = node.GetAttributeValue("xml:lang", string.Empty).Trim();
                    }

                    facts.Language = lang.Length > 0 ? lang : null;
                }

                return true;
            case "script":
                if (node.GetAttributeValue("type", string.Empty).Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    facts.JsonLdScripts.Add(node.InnerHtml);
                }

                return false;
            case "style":
            case "svg":
            case "noscript":
            case "template":
                return false;
        }

        if (node.HasAttributes)
        {
            ReadItemValues(node, facts);
        }

        return true;
    }

    /// <summary>
    /// itemprop and RDFa property values on any element (&lt;span itemprop="datePublished" content="..."&gt;,
    /// &lt;span property="dc:date dc:created" content="..."&gt;): the same keys as meta tags; and every datetime attribute.
    /// One walk over the attributes.
    /// </summary>
    private static void ReadItemValues(HtmlNode node, PageFacts facts)
    {
        string? names = null;
        string? content = null;
        string? datetime = null;
        foreach (var attribute in node.Attributes)
        {
            var name = attribute.Name;
            if (name.Equals("itemprop", StringComparison.OrdinalIgnoreCase) || name.Equals("property", StringComparison.OrdinalIgnoreCase))
            {
                names = names is null ? attribute.Value : names + " " + attribute.Value;
            }
            else if (name.Equals("content", StringComparison.OrdinalIgnoreCase))
            {
                content = attribute.Value;
            }
            else if (name.Equals("datetime", StringComparison.OrdinalIgnoreCase))
            {
                datetime = attribute.Value;
            }
        }

        if (datetime is not null && node.Name != "del" && node.Name != "ins")
        {
            facts.DateTimeAttributes.Add(datetime);
        }

        var value = content ?? datetime;
        if (names is null || value is null)
        {
            return;
        }

        var decoded = HtmlText.Decode(value).Trim();
        foreach (var key in names.Split(' '))
        {
            if (key.Length > 0)
            {
                facts.Add(key.ToLowerInvariant(), decoded);
            }
        }
    }

    private static void ReadMeta(HtmlNode node, PageFacts facts)
    {
        var content = node.GetAttributeValue("content", null);
        if (content is null)
        {
            var charset = node.GetAttributeValue("charset", null);
            if (charset is not null)
            {
                facts.Add("charset", charset);
            }

            return;
        }

        var value = HtmlText.Decode(content).Trim();
        foreach (var attribute in new[] { "property", "name", "itemprop", "http-equiv" })
        {
            var key = node.GetAttributeValue(attribute, string.Empty).Trim();
            if (key.Length == 0)
            {
                continue;
            }

            foreach (var part in key.Split(' '))
            {
                if (part.Length > 0)
                {
                    facts.Add(part.ToLowerInvariant(), value);
                }
            }
        }
    }

    private static bool HasAncestor(HtmlNode node, string name)
    {
        for (var p = node.ParentNode; p is not null; p = p.ParentNode)
        {
            if (p.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
