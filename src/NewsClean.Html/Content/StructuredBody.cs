using System.Collections.Generic;
using System.Text;
using NewsClean.Html.Dom;
using NewsClean.Html.Metadata;

namespace NewsClean.Html.Content;

/// <summary>
/// The fallback for pages whose article text is only in their structured data: a JSON-LD object's <c>articleBody</c>
/// (sites that render the story with script leave the DOM holding a caption or a teaser). Taken only when the DOM
/// strategies read far less than it holds (<see cref="ContentSettings.StructuredBodyMinChars"/>,
/// <see cref="ContentSettings.StructuredBodyShare"/>): where the DOM has the story, the DOM's paragraphs, headings and
/// lists are better than one flat string.
/// </summary>
internal static class StructuredBody
{
    /// <summary>The longest articleBody string in the page's JSON-LD scripts, or null.</summary>
    public static string? LongestArticleBody(IEnumerable<string> scripts)
    {
        string? best = null;
        foreach (var script in scripts)
        {
            if (script.IndexOf("articleBody", System.StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var pending = new Stack<object?>(MiniJson.ParseAll(script));
            var visited = 0;
            while (pending.Count > 0 && visited++ < ContentSettings.StructuredBodyMaxValues)
            {
                switch (pending.Pop())
                {
                    case Dictionary<string, object?> obj:
                        foreach (var pair in obj)
                        {
                            if (pair.Key == "articleBody" && pair.Value is string text)
                            {
                                best = best is null || text.Length > best.Length ? text : best;
                            }
                            else
                            {
                                pending.Push(pair.Value);
                            }
                        }

                        break;
                    case List<object?> list:
                        foreach (var item in list)
                        {
                            pending.Push(item);
                        }

                        break;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The article body's paragraphs as blocks when the DOM's <paramref name="chosen"/> blocks read too little of it;
    /// otherwise null. Markup inside the string is dropped, its lines are the paragraphs. Every character maps to the
    /// page from the place of the <c>articleBody</c> key on (the string is escaped JSON there, so the map is approximate).
    /// </summary>
    public static List<ContentBlock>? Replace(List<ContentBlock> chosen, string? articleBody, string html)
    {
        if (articleBody is null)
        {
            return null;
        }

        var paragraphs = Paragraphs(articleBody);
        var total = 0;
        foreach (var paragraph in paragraphs)
        {
            total += paragraph.Length;
        }

        var read = 0;
        foreach (var block in chosen)
        {
            read += block.Text.Length;
        }

        if (total < ContentSettings.StructuredBodyMinChars || read >= ContentSettings.StructuredBodyShare * total)
        {
            return null;
        }

        var anchor = System.Math.Max(0, html.IndexOf("\"articleBody\"", System.StringComparison.Ordinal));
        var last = System.Math.Max(0, html.Length - 1);
        var blocks = new List<ContentBlock>();
        var position = anchor;
        foreach (var paragraph in paragraphs)
        {
            var offsets = new int[paragraph.Length];
            for (var i = 0; i < offsets.Length; i++)
            {
                offsets[i] = System.Math.Min(last, position++);
            }

            position++;
            blocks.Add(new ContentBlock(ContentBlockKind.Paragraph, paragraph, offsets));
        }

        return blocks;
    }

    /// <summary>The string's lines with markup dropped, references decoded and white space folded; empty lines skipped.</summary>
    internal static List<string> Paragraphs(string body)
    {
        var text = body.IndexOf('<') >= 0 ? StripTags(body) : body;
        text = text.IndexOf('&') >= 0 ? HtmlText.Decode(text) : text;
        var paragraphs = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var folded = HtmlText.CollapseSpace(line, char.IsWhiteSpace);
            if (folded.Length > 0)
            {
                paragraphs.Add(folded);
            }
        }

        return paragraphs;
    }

    /// <summary>Markup dropped; a block-level break (p, br, div, li, heading) becomes a line break.</summary>
    private static string StripTags(string body)
    {
        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '<')
            {
                builder.Append(body[i]);
                continue;
            }

            var close = body.IndexOf('>', i);
            if (close < 0)
            {
                builder.Append(body, i, body.Length - i);
                break;
            }

            var name = TagName(body, i + 1, close);
            if (Tags.Block.Contains(name))
            {
                builder.Append('\n');
            }

            i = close;
        }

        return builder.ToString();
    }

    private static string TagName(string text, int start, int end)
    {
        var i = start < end && text[start] == '/' ? start + 1 : start;
        var from = i;
        while (i < end && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return text.Substring(from, i - from).ToLowerInvariant();
    }
}
