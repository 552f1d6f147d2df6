using System;
using System.Collections.Generic;
using System.IO;
using NewsClean.Core.Model;
using NewsClean.Dumps;
using NewsClean.Html;

namespace NewsClean.Documents;

/// <summary>
/// Decides which engine reads a document, the same way in every host: a file by its extension or its content, a
/// record's text by its content, a record's html field as soon as it holds markup; -Format/--input forces it.
/// </summary>
public static class DocumentRouter
{
    // File names that are HTML whatever their content looks like at the start.
    private static readonly HashSet<string> HtmlExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".xhtml", ".shtml",
    };

    /// <summary>True when <paramref name="path"/> has an HTML file extension.</summary>
    public static bool HasHtmlExtension(string? path) => path is not null && HtmlExtensions.Contains(Path.GetExtension(path));

    /// <summary>Whether a file (or raw bytes from standard input, <paramref name="path"/> null) goes to the HTML engine.</summary>
    public static bool IsHtml(string? path, byte[] bytes, InputFormat format) => format switch
    {
        InputFormat.Html => true,
        InputFormat.Text => false,
        _ => HasHtmlExtension(path) || HtmlSniffer.LooksLikeHtml(bytes),
    };

    /// <summary>Whether text from a record or the pipeline goes to the HTML engine.</summary>
    public static bool IsHtml(RecordContent content, InputFormat format) => format switch
    {
        InputFormat.Html => true,
        InputFormat.Text => false,
        // An html field is HTML as soon as it holds markup (a crawler may keep only the article's <p> elements).
        _ => HtmlSniffer.LooksLikeHtml(content.Text) || (content.FromHtmlField && content.Text.IndexOf('<') >= 0),
    };

    /// <summary>
    /// The precedence between a record's fields, never an error, the same as a JSON Lines dump's (content, text, body,
    /// then html): the text field when it holds non-blank text, else the html field when it holds any, else whichever is
    /// present (the engine then reports the document empty), else null (the record has no content at all).
    /// </summary>
    public static RecordContent? ChooseContent(string? text, string? html)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            return new RecordContent(text!, false);
        }

        if (!string.IsNullOrWhiteSpace(html))
        {
            return new RecordContent(html!, true);
        }

        return text is not null ? new RecordContent(text, false) : html is not null ? new RecordContent(html, true) : null;
    }

    /// <summary>The engine input of a dump record, as Get-CleanArticle binds a record's fields (the record id as SourceId).</summary>
    public static DocumentInput ToInput(DumpRecord record, string text) => new DocumentInput(text)
    {
        Title = record.Title,
        Url = record.Url,
        Date = record.Date,
        Source = record.Source,
        SourceId = record.Id,
    };
}
