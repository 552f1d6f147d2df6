using HtmlAgilityPack;

namespace NewsClean.Html.Dom;

/// <summary>Sees every element the tree builder meets, dropped ones included (meta, title, link, JSON-LD scripts), so the page is walked once.</summary>
internal interface IElementObserver
{
    void Observe(HtmlNode element);
}
