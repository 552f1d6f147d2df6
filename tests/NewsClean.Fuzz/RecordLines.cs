using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace NewsClean.Fuzz;

/// <summary>What a generated dump line must give: an article or an error (<see cref="Any"/>), or an error.</summary>
public enum LineExpectation
{
    /// <summary>Well-formed (or leniently readable): one article or one error, whichever the engine decides.</summary>
    Any,

    /// <summary>Not a JSON object by any reading (cut short, not an object): it must be one error.</summary>
    Error,
}

/// <summary>
/// JSON Lines records built around generated documents, byte by byte (never through a serializer, so the hostile
/// parts survive): every line starts with its record id intact, so an answer can be matched to its line, and never
/// holds a raw line feed, so the lines of the dump are the records the generator counted.
/// </summary>
public sealed class RecordLines
{
    /// <summary>The kinds of damaged line <see cref="Malformed"/> makes.</summary>
    public static readonly IReadOnlyList<string> MalformedKinds = new[]
    {
        "cut-short", "not-an-object", "trailing-garbage", "unterminated-string", "bad-escape", "raw-control-characters",
        "single-quotes", "comments", "non-finite-numbers", "missing-value", "nul-line", "byte-order-mark", "utf16-line",
        "deep-nesting", "many-keys", "duplicate-keys", "lone-brace", "invalid-utf8-in-key", "two-objects",
    };

    private static readonly Encoding Utf8 = new UTF8Encoding(false);
    private static readonly string[] TextKeys = { "content", "text", "body", "Content", "TEXT", "Body" };

    private readonly HostileGenerator _generator;

    public RecordLines(HostileGenerator generator)
    {
        _generator = generator ?? throw new ArgumentNullException(nameof(generator));
    }

    private Random Random => _generator.Random;

    /// <summary>A well-formed (or tolerably odd) record holding <paramref name="document"/>.</summary>
    public byte[] Good(string id, HostileDocument document)
    {
        var line = new MemoryStream();
        Write(line, "{\"id\":");
        WriteString(line, id, asciiOnly: true);
        var fields = new List<Action>();
        fields.Add(() => Content(line, document));
        if (Random.Next(2) == 0)
        {
            fields.Add(() => Field(line, "title"));
        }

        if (Random.Next(3) == 0)
        {
            fields.Add(() => Field(line, "url"));
        }

        if (Random.Next(3) == 0)
        {
            fields.Add(() => Field(line, Random.Next(2) == 0 ? "date" : "date_extracted"));
        }

        if (Random.Next(4) == 0)
        {
            fields.Add(() => Field(line, "source"));
        }

        if (Random.Next(5) == 0)
        {
            fields.Add(() => Extra(line));
        }

        foreach (var field in fields.OrderBy(_ => Random.Next()))
        {
            Write(line, ",");
            field();
        }

        Write(line, "}");
        return Sanitize(line.ToArray());
    }

    /// <summary>A damaged line of a random kind; <paramref name="expectation"/> says what it must give.</summary>
    public byte[] Malformed(string id, HostileDocument document, out string kind, out LineExpectation expectation)
    {
        kind = MalformedKinds[Random.Next(MalformedKinds.Count)];
        expectation = LineExpectation.Any;
        var good = Good(id, document);
        var head = Utf8.GetBytes("{\"id\":\"" + id + "\"");
        byte[] line;
        switch (kind)
        {
            case "cut-short":
                line = good.AsSpan(0, Random.Next(1, good.Length)).ToArray();
                expectation = LineExpectation.Error;
                break;
            case "not-an-object":
                line = Utf8.GetBytes(Random.Next(6) switch
                {
                    0 => "[{\"id\":\"" + id + "\",\"text\":\"x\"}]",
                    1 => "\"" + id + "\"",
                    2 => "42",
                    3 => "null",
                    4 => "true",
                    _ => "-1e999999",
                });
                expectation = LineExpectation.Error;
                break;
            case "trailing-garbage":
                line = Concat(good, Utf8.GetBytes(Random.Next(3) switch { 0 => "x", 1 => "}", _ => ",]" }));
                break;
            case "unterminated-string":
                line = Concat(head, Utf8.GetBytes(",\"text\":\"" + _generator.Marker()));
                expectation = LineExpectation.Error;
                break;
            case "bad-escape":
                line = Concat(head, Utf8.GetBytes(",\"text\":\"" + _generator.Marker() + (Random.Next(4) switch { 0 => "\\x41", 1 => "\\u12G4", 2 => "\\ud800\\u", _ => "\\" }) + "\"}"));
                break;
            case "raw-control-characters":
                line = Concat(head, Utf8.GetBytes(",\"text\":\"" + _generator.Marker() + "\u0001\u001f\t\u0000\r" + _generator.Marker() + "\"}"));
                break;
            case "single-quotes":
                line = Utf8.GetBytes("{'id':'" + id + "','text':'" + _generator.Marker() + "'}");
                break;
            case "comments":
                line = Concat(head, Utf8.GetBytes(" /* c */ ,\"text\":\"" + _generator.Marker() + "\" // c\n}"));
                break;
            case "non-finite-numbers":
                line = Concat(head, Utf8.GetBytes(",\"title\":NaN,\"date\":Infinity,\"x\":1e99999999,\"y\":-0,\"text\":\"" + _generator.Marker() + "\"}"));
                break;
            case "missing-value":
                line = Concat(head, Utf8.GetBytes(",\"text\":}"));
                expectation = LineExpectation.Error;
                break;
            case "nul-line":
                line = new byte[_generator.Length(10_000)];
                expectation = LineExpectation.Error;
                break;
            case "byte-order-mark":
                line = Concat(new byte[] { 0xEF, 0xBB, 0xBF }, good);
                break;
            case "utf16-line":
                line = Encoding.Unicode.GetBytes(Utf8.GetString(good));
                expectation = LineExpectation.Error;
                break;
            case "deep-nesting":
                line = Concat(head, Utf8.GetBytes(",\"extra\":" + _generator.DeepJson(_generator.Length(200_000)) + ",\"text\":\"" + _generator.Marker() + "\"}"));
                break;
            case "many-keys":
                line = Concat(head, Utf8.GetBytes(string.Concat(Enumerable.Range(0, _generator.Length(20_000)).Select(i => ",\"k" + i.ToString(CultureInfo.InvariantCulture) + "\":" + i.ToString(CultureInfo.InvariantCulture))) + ",\"text\":\"x\"}"));
                break;
            case "duplicate-keys":
                line = Concat(good.AsSpan(0, good.Length - 1).ToArray(), Utf8.GetBytes(",\"text\":\"" + _generator.Marker() + "\",\"content\":null,\"text\":\"\"}"));
                break;
            case "lone-brace":
                line = Utf8.GetBytes(Random.Next(2) == 0 ? "{" : "}");
                expectation = LineExpectation.Error;
                break;
            case "invalid-utf8-in-key":
                line = Concat(head, new byte[] { (byte)',', (byte)'"', 0xFF, 0xC0, (byte)'"', (byte)':', (byte)'1' }, Utf8.GetBytes(",\"text\":\"x\"}"));
                break;
            default:
                line = Concat(good, good);
                break;
        }

        return Sanitize(line);
    }

    /// <summary>A JSON string: ASCII-only with \u escapes (lone surrogates escaped too), or raw UTF-8 with every surrogate as its own three bytes (invalid UTF-8).</summary>
    public static void WriteString(Stream output, string text, bool asciiOnly)
    {
        output.WriteByte((byte)'"');
        foreach (var c in text)
        {
            if (c == '"' || c == '\\')
            {
                output.WriteByte((byte)'\\');
                output.WriteByte((byte)c);
            }
            else if (c < 0x20 || (asciiOnly && c > 0x7E))
            {
                Write(output, "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else if (c < 0x80)
            {
                output.WriteByte((byte)c);
            }
            else if (c < 0x800)
            {
                output.WriteByte((byte)(0xC0 | (c >> 6)));
                output.WriteByte((byte)(0x80 | (c & 0x3F)));
            }
            else
            {
                // three bytes: a BMP character, or a surrogate on its own (a pair gives its two halves: CESU-8, invalid UTF-8 too)
                output.WriteByte((byte)(0xE0 | (c >> 12)));
                output.WriteByte((byte)(0x80 | ((c >> 6) & 0x3F)));
                output.WriteByte((byte)(0x80 | (c & 0x3F)));
            }
        }

        output.WriteByte((byte)'"');
    }

    private static void Write(Stream output, string ascii) => output.Write(Utf8.GetBytes(ascii));

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    // A raw line feed would make two records of one; every other byte stays.
    private static byte[] Sanitize(byte[] line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == (byte)'\n')
            {
                line[i] = (byte)' ';
            }
        }

        return line;
    }

    /// <summary>The document's bytes between quotes, with only '"', '\' and control bytes escaped: invalid UTF-8 stays raw.</summary>
    private static void WriteRawBytes(Stream output, byte[] bytes)
    {
        output.WriteByte((byte)'"');
        foreach (var b in bytes)
        {
            if (b == (byte)'"' || b == (byte)'\\')
            {
                output.WriteByte((byte)'\\');
                output.WriteByte(b);
            }
            else if (b < 0x20)
            {
                Write(output, "\\u00" + b.ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                output.WriteByte(b);
            }
        }

        output.WriteByte((byte)'"');
    }

    private void Content(Stream line, HostileDocument document)
    {
        var key = document.IsHtml && Random.Next(3) > 0 ? "html" : TextKeys[Random.Next(TextKeys.Length)];
        switch (Random.Next(12))
        {
            case 0:
                // no text at all, or text of the wrong type: the record must still give one answer
                Write(line, Random.Next(3) switch { 0 => "\"" + key + "\":null", 1 => "\"" + key + "\":12345", _ => "\"" + key + "\":{\"nested\":[\"x\"]}" });
                return;
            case 1:
                // text and html both: the documented precedence decides, never an error
                Write(line, "\"text\":");
                WriteString(line, Random.Next(2) == 0 ? " " : _generator.Marker(), asciiOnly: false);
                Write(line, ",\"html\":");
                WriteRawBytes(line, _generator.HtmlSeed());
                return;
        }

        Write(line, "\"" + key + "\":");
        switch (Random.Next(3))
        {
            case 0:
                WriteRawBytes(line, document.Bytes);
                break;
            default:
                WriteString(line, Utf8.GetString(document.Bytes), asciiOnly: Random.Next(2) == 0);
                break;
        }
    }

    private void Field(Stream line, string name)
    {
        Write(line, "\"" + name + "\":");
        switch (Random.Next(8))
        {
            case 0:
                Write(line, "null");
                break;
            case 1:
                Write(line, Random.Next(2) == 0 ? "20250114" : "true");
                break;
            case 2:
                Write(line, "[\"a\",{\"b\":1}]");
                break;
            default:
                WriteString(line, _generator.Random.Next(3) == 0 ? _generator.InsertLoneSurrogates(_generator.FieldValue()) : _generator.FieldValue(), asciiOnly: Random.Next(2) == 0);
                break;
        }
    }

    private void Extra(Stream line)
    {
        Write(line, "\"meta\":");
        Write(line, Random.Next(3) switch
        {
            0 => _generator.DeepJson(_generator.Length(5000), closed: true),
            1 => "{\"tags\":[" + string.Join(",", Enumerable.Range(0, Random.Next(1, 500)).Select(i => "\"t" + i.ToString(CultureInfo.InvariantCulture) + "\"")) + "]}",
            _ => "[1.5e308,-1e-400,123456789012345678901234567890,true,false,null]",
        });
    }
}
