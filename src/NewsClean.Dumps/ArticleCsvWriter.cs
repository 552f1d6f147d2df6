using System;
using System.IO;
using System.Text;
using NewsClean.Core.Model;
using NewsClean.Dumps.Writing;

namespace NewsClean.Dumps;

/// <summary>
/// Writes articles as CSV (RFC 4180): a header row with the names of <see cref="ArticleFields.Article"/>, then one
/// record per article, fields separated by commas, records by CRLF; a field holding a comma, a quotation mark, CR or
/// LF is quoted and its quotation marks doubled. A null is an empty field; a list or objects field holds the same JSON
/// text the JSON Lines writer gives it. UTF-8 with a byte order mark by default: Excel and Windows PowerShell 5.1's
/// Import-Csv take a CSV without one for the ANSI code page and garble Arabic.
/// A cell that begins with a character a spreadsheet reads as the start of a formula (=, +, -, @, TAB, CR) is prefixed
/// with an apostrophe (OWASP "CSV injection"), unless the writer is made with <c>neutralizeFormulas: false</c>.
/// </summary>
public sealed class ArticleCsvWriter : IDisposable
{
    private static readonly char[] MustQuote = { ',', '"', '\r', '\n' };

    /// <summary>First characters that make Excel, LibreOffice and Google Sheets evaluate a cell (OWASP CSV injection).</summary>
    internal const string FormulaLeads = "=+-@\t\r";

    private readonly bool _neutralizeFormulas;

    private readonly StreamWriter _writer;
    private readonly StringBuilder _field = new StringBuilder(1024);

    /// <param name="stream">Where the CSV goes; disposed with the writer unless <paramref name="leaveOpen"/>.</param>
    /// <param name="leaveOpen">True to leave <paramref name="stream"/> open when the writer is disposed.</param>
    /// <param name="byteOrderMark">False to write UTF-8 without a byte order mark.</param>
    /// <param name="neutralizeFormulas">False to write cells that begin with a formula character as they are.</param>
    public ArticleCsvWriter(Stream stream, bool leaveOpen = false, bool byteOrderMark = true, bool neutralizeFormulas = true)
    {
        _neutralizeFormulas = neutralizeFormulas;
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        _writer = new StreamWriter(stream, new UTF8Encoding(byteOrderMark), 64 * 1024, leaveOpen) { NewLine = "\r\n" };
        var fields = ArticleFields.Article;
        for (var i = 0; i < fields.Count; i++)
        {
            WriteField(i, fields[i]);
        }

        _writer.Write("\r\n");
    }

    /// <summary>Records written so far (the header not counted).</summary>
    public long Count { get; private set; }

    public void Write(CleanArticle article)
    {
        if (article is null)
        {
            throw new ArgumentNullException(nameof(article));
        }

        var fields = ArticleFields.Article;
        for (var i = 0; i < fields.Count; i++)
        {
            WriteField(i, FieldText(fields[i], article));
        }

        _writer.Write("\r\n");
        if (_field.Capacity > 1 << 20)
        {
            // cleared first: a capacity under the length throws
            _field.Clear();
            _field.Capacity = 1024;
        }

        Count++;
    }

    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();

    /// <summary>A field quoted as RFC 4180 asks (only when it must be).</summary>
    internal static string Escape(string? value, bool neutralizeFormulas = false)
    {
        if (value is null)
        {
            return string.Empty;
        }

        if (neutralizeFormulas && value.Length > 0 && FormulaLeads.IndexOf(value[0]) >= 0)
        {
            value = "'" + value;
        }

        return value.IndexOfAny(MustQuote) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    private string? FieldText(string field, CleanArticle article)
    {
        switch (field)
        {
            case "SourcePath":
                return article.SourcePath;
            case "SourceId":
                return article.SourceId;
            case "Url":
                return article.Url;
            case "Title":
                return article.Title;
            case "Body":
                return article.Body;
            case "PublishedAt":
                return article.PublishedAt is { } published ? ArticleJson.FormatDate(published) : null;
            case "ModifiedAt":
                return article.ModifiedAt is { } modified ? ArticleJson.FormatDate(modified) : null;
            case "ScrapedAt":
                return article.ScrapedAt is { } scraped ? ArticleJson.FormatDate(scraped) : null;
            case "Site":
                return article.Site;
            case "Source":
                return article.Source;
            case "Byline":
                return article.Byline;
            case "Encoding":
                return article.Encoding;
            case "WordCount":
                return article.WordCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case "IsValid":
                return article.IsValid is null ? null : article.IsValid.Value ? "true" : "false";
            default:
                // Lists and objects: their JSON text.
                _field.Clear();
                return ArticleJson.AppendValue(_field, field, article).ToString();
        }
    }

    private void WriteField(int index, string? value)
    {
        if (index > 0)
        {
            _writer.Write(',');
        }

        _writer.Write(Escape(value, _neutralizeFormulas));
    }
}
