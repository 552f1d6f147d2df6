using System;
using System.Collections.Generic;

namespace NewsClean.Html.Dom;

/// <summary>What the extractor needs to know about HTML element names.</summary>
internal static class Tags
{
    /// <summary>
    /// Elements dropped with everything inside: code, media, widgets and form controls are never article text; nor are
    /// ruby annotations (rt, rp: the reading of the characters printed above them, furigana or pinyin), which would
    /// otherwise run into the text they annotate.
    /// </summary>
    public static readonly HashSet<string> Dropped = new HashSet<string>(StringComparer.Ordinal)
    {
        "rt", "rp", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio", "source",
        "track", "map", "area", "button", "input", "select", "textarea", "option", "optgroup", "datalist", "link", "meta",
        "title", "base", "param", "frame", "frameset", "applet", "noembed", "noframes", "dialog", "output", "progress", "meter",
    };

    /// <summary>Elements that start a new block of text (the rest flow inline).</summary>
    public static readonly HashSet<string> Block = new HashSet<string>(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
        "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "br", "listing", "plaintext", "xmp",
    };

    /// <summary>Elements whose own text is one paragraph (their score goes to their parent).</summary>
    public static readonly HashSet<string> ParagraphLike = new HashSet<string>(StringComparer.Ordinal)
    {
        "p", "pre", "td", "th", "li", "dd", "dt", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "address", "caption", "figcaption", "summary", "legend",
    };

    public static bool IsHeading(string tag) =>
        tag.Length == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';

    public static bool IsEmbed(string tag) => tag == "iframe" || tag == "object" || tag == "embed" || tag == "video" || tag == "audio";

}
