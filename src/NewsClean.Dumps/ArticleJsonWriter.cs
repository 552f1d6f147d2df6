using System;
using System.IO;
using System.Text;
using NewsClean.Core.Model;
using NewsClean.Dumps.Writing;

namespace NewsClean.Dumps;

/// <summary>
/// Writes articles as JSON Lines: one object per line with the fields of <see cref="ArticleFields"/> in that order,
/// UTF-8 without a byte order mark, each line ended by "\n". The same article always gives the same bytes.
/// </summary>
public sealed class ArticleJsonWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(false);

    private readonly StreamWriter _writer;
    private readonly StringBuilder _line = new StringBuilder(8192);
    private char[] _chars = new char[8192];

    /// <param name="stream">Where the lines go; disposed with the writer unless <paramref name="leaveOpen"/>.</param>
    /// <param name="leaveOpen">True to leave <paramref name="stream"/> open when the writer is disposed.</param>
    public ArticleJsonWriter(Stream stream, bool leaveOpen = false)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        _writer = new StreamWriter(stream, Utf8NoBom, 64 * 1024, leaveOpen) { NewLine = "\n" };
    }

    /// <summary>Lines written so far.</summary>
    public long Count { get; private set; }

    /// <summary>One article as a JSON object on one line (no line end): what <see cref="Write"/> writes, for a caller that serializes on other threads.</summary>
    public static string Serialize(CleanArticle article)
    {
        if (article is null)
        {
            throw new ArgumentNullException(nameof(article));
        }

        return ArticleJson.AppendArticle(new StringBuilder(article.Body.Length + 1024), article).ToString();
    }

    public void Write(CleanArticle article)
    {
        if (article is null)
        {
            throw new ArgumentNullException(nameof(article));
        }

        _line.Clear();
        ArticleJson.AppendArticle(_line, article).Append('\n');
        if (_chars.Length < _line.Length)
        {
            _chars = new char[Math.Max(_line.Length, _chars.Length * 2)];
        }

        _line.CopyTo(0, _chars, 0, _line.Length);
        _writer.Write(_chars, 0, _line.Length);
        if (_line.Capacity > 1 << 20)
        {
            // Do not keep a huge article's buffers for the rest of the run (cleared first: a capacity under the length throws).
            _line.Clear();
            _line.Capacity = 8192;
            _chars = new char[8192];
        }

        Count++;
    }

    /// <summary>Writes a line made by <see cref="Serialize"/>, adding the line end.</summary>
    public void WriteSerialized(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        if (json.IndexOf('\n') >= 0)
        {
            throw new ArgumentException("A serialized article is one line; this text holds a line break.", nameof(json));
        }

        _writer.Write(json);
        _writer.Write('\n');
        Count++;
    }

    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();
}
