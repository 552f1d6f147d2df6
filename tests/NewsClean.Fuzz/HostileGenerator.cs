using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace NewsClean.Fuzz;

/// <summary>
/// A seeded, deterministic source of hostile documents (issue 11): the same seed and seeds give the same bytes on every
/// machine. Ordinary-sized kinds are drawn at random; the few huge ones are asked for by name (<see cref="Huge"/>).
/// </summary>
public sealed class HostileGenerator
{
    /// <summary>The kinds <see cref="Next"/> draws from, each as likely as the others.</summary>
    public static readonly IReadOnlyList<string> Kinds = new[]
    {
        "random-bytes", "truncated-seed", "invalid-utf8", "lone-surrogates", "nul-flood", "long-line", "short-lines",
        "marker-repeats", "date-repeats", "colon-bullet-repeats", "seed-byte-mutation", "seed-text-mutation",
        "seed-line-splice", "deep-html", "deep-json-text", "entity-flood", "charset-lie", "html-mutation", "csv-quoting",
        "gzip-as-document", "mixed-code-pages", "invisible-characters", "empty-or-blank", "utf16-lies", "plain-seed",
    };

    private static readonly Encoding Utf8 = new UTF8Encoding(false);
    private static readonly string[] Charsets = { "utf-7", "utf-32", "windows-1251", "windows-1256", "iso-8859-6", "utf-16", "x-no-such-charset", "utf-8", "", "\"><script>", "koi8-r", "ibm037" };
    private static readonly string[] Entities = { "&amp;", "&nbsp;", "&#1575;", "&#x627;", "&#xD800;", "&#xDFFF;", "&#x10FFFF;", "&#x110000;", "&#99999999999;", "&#0;", "&", "&#", "&#x;", "&lt;p&gt;", "&rlm;", "&zwnj;", "&notanentity;", "&amp;amp;amp;" };
    private static readonly string[] Invisible = { "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069", "\ufeff", "\u00ad", "\u0640", "\u064b", "\u0651", "\u2028", "\u2029", "\u0085", "\u000b", "\u000c", "\r", "\t" };

    // Most sizes stay under this many units; one draw in LargeSharePercent may go up to the kind's maximum.
    private const int SmallBytes = 2048;
    private const int LargeSharePercent = 10;

    // A slice of a seed is at most this long (a whole seed is drawn too).
    private const int SliceBytes = 8192;

    private readonly Random _random;
    private readonly SeedDocuments _seeds;
    private readonly FuzzScale _scale;

    static HostileGenerator() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public HostileGenerator(int seed, SeedDocuments seeds, FuzzScale scale)
    {
        _random = new Random(seed);
        _seeds = seeds ?? throw new ArgumentNullException(nameof(seeds));
        _scale = scale ?? throw new ArgumentNullException(nameof(scale));
    }

    public Random Random => _random;

    /// <summary>One ordinary-sized hostile document of a random kind.</summary>
    public HostileDocument Next() => Make(Kinds[_random.Next(Kinds.Count)]);

    /// <summary>The huge inputs, one of each: a line of <see cref="FuzzScale.HugeLineBytes"/>, the tiny lines, deep nesting.</summary>
    public IEnumerable<HostileDocument> Huge()
    {
        var words = Words(400);
        yield return Text("huge-line-words", Repeat(string.Join(" ", words) + " ", _scale.HugeLineBytes));
        yield return Text("huge-line-one-word", new string('\u0627', _scale.HugeLineBytes / 2));
        yield return Text("huge-line-markers", Repeat(Marker() + " " + Marker() + ": ", _scale.HugeLineBytes));
        yield return Text("huge-line-nul", new string('\0', _scale.HugeLineBytes));
        var tiny = new StringBuilder(_scale.TinyLines * 3);
        for (var i = 0; i < _scale.TinyLines; i++)
        {
            tiny.Append(_random.Next(6) switch { 0 => "\u0627", 1 => "-", 2 => ":", 3 => "•", 4 => "", _ => "\u0641\u064a" }).Append('\n');
        }

        yield return Text("huge-tiny-lines", tiny.ToString());
        yield return new HostileDocument("huge-deep-html", Utf8.GetBytes(DeepHtml(_scale.MaxNesting * 5)), true);
        yield return new HostileDocument("huge-html-line", Utf8.GetBytes("<html><body><p>" + Repeat(string.Join(" ", words) + " ", _scale.HugeLineBytes / 2) + "</p></body></html>"), true);
    }

    /// <summary>A document of the named kind (one of <see cref="Kinds"/>).</summary>
    public HostileDocument Make(string kind) => kind switch
    {
        "random-bytes" => Bytes(kind, RandomBytes(_random.Next(0, 4096))),
        "truncated-seed" => Bytes(kind, Truncate(Seed())),
        "invalid-utf8" => Bytes(kind, InsertInvalidUtf8(Seed())),
        "lone-surrogates" => Bytes(kind, Wtf8(InsertLoneSurrogates(SeedText()))),
        "nul-flood" => Bytes(kind, NulFlood(Seed())),
        "long-line" => Text(kind, Repeat(string.Join(_random.Next(2) == 0 ? " " : "", Words(50)), Length(400_000))),
        "short-lines" => Text(kind, ShortLines(Length(20_000))),
        "marker-repeats" => Text(kind, MarkerRepeats()),
        "date-repeats" => Text(kind, DateRepeats()),
        "colon-bullet-repeats" => Text(kind, ColonBulletRepeats()),
        "seed-byte-mutation" => Bytes(kind, MutateBytes(Seed(), _random.Next(1, 40))),
        "seed-text-mutation" => Text(kind, MutateText(SeedText())),
        "seed-line-splice" => Text(kind, SpliceLines()),
        "deep-html" => new HostileDocument(kind, Utf8.GetBytes(DeepHtml(Length(_scale.MaxNesting))), true),
        "deep-json-text" => Text(kind, DeepJson(Length(_scale.MaxNesting))),
        "entity-flood" => EntityFlood(kind),
        "charset-lie" => CharsetLie(kind),
        "html-mutation" => new HostileDocument(kind, MutateHtml(HtmlSeed()), true),
        "csv-quoting" => Text(kind, OddCsv()),
        "gzip-as-document" => Bytes(kind, Gzip(Seed())),
        "mixed-code-pages" => Bytes(kind, MixedCodePages()),
        "invisible-characters" => Text(kind, InsertInvisible(SeedText())),
        "empty-or-blank" => Bytes(kind, Blank()),
        "utf16-lies" => Bytes(kind, Utf16Lies()),
        "plain-seed" => Bytes(kind, Seed()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of this generator."),
    };

    /// <summary>A short hostile string for a record's title, url, date or source field.</summary>
    public string FieldValue() => _random.Next(10) switch
    {
        0 => string.Empty,
        1 => Marker(),
        2 => Date(),
        3 => InsertLoneSurrogates(Marker()),
        4 => new string('\u0627', Length(5000)),
        5 => "http://" + Repeat("a.", Length(3000)) + "/" + Invisible[_random.Next(Invisible.Length)],
        6 => Date() + Date(),
        7 => string.Concat(Enumerable.Range(0, _random.Next(1, 30)).Select(_ => Invisible[_random.Next(Invisible.Length)])),
        8 => _random.Next(4) switch { 0 => "99999-01-01", 1 => "0000-00-00", 2 => "2025-02-30T25:61:61+99:00", _ => "-1" },
        _ => string.Join(" ", Words(_random.Next(1, 12))),
    };

    /// <summary>A page: an HTML seed, or one made of seed text.</summary>
    public byte[] HtmlSeed() => _seeds.Html.Count > 0 && _random.Next(100) < _scale.StoredPagePercent
        ? _seeds.Html[_random.Next(_seeds.Html.Count)]
        : Utf8.GetBytes("<html><head><title>" + Marker() + "</title></head><body><article><p>" + string.Join("</p><p>", SeedText().Split('\n')) + "</p></article></body></html>");

    /// <summary>A seed text document, whole or (more often) a slice of it cut at random byte offsets.</summary>
    public byte[] Seed()
    {
        if (_seeds.Text.Count == 0)
        {
            return Utf8.GetBytes("\u062e\u0628\u0631 \u0639\u0627\u062c\u0644");
        }

        var seed = _seeds.Text[_random.Next(_seeds.Text.Count)];
        if (_random.Next(100) < _scale.WholeSeedPercent || seed.Length <= SliceBytes)
        {
            return seed;
        }

        var length = Length(SliceBytes);
        return seed.AsSpan(_random.Next(seed.Length - length), length).ToArray();
    }

    /// <summary>
    /// A size in [1, max], log-uniform, and mostly small: most documents are ordinary in size, and the big ones are few,
    /// so a corpus of many documents stays small enough to run often.
    /// </summary>
    public int Length(int max)
    {
        var bound = _random.Next(100) < LargeSharePercent ? max : Math.Min(max, SmallBytes);
        return Math.Max(1, (int)Math.Exp(_random.NextDouble() * Math.Log(Math.Max(2, bound))));
    }

    public string SeedText() => Decode(Seed());

    public string Marker() => _seeds.Markers[_random.Next(_seeds.Markers.Count)];

    public byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    public byte[] Truncate(byte[] bytes) => bytes.Length == 0 ? bytes : bytes.AsSpan(0, _random.Next(bytes.Length)).ToArray();

    /// <summary>Strings as WTF-8: UTF-8, except that a lone surrogate becomes its three-byte form (invalid UTF-8).</summary>
    public static byte[] Wtf8(string text)
    {
        var output = new MemoryStream(text.Length * 2);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                output.Write(Utf8.GetBytes(text.Substring(i, 2)));
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                output.WriteByte((byte)(0xE0 | (c >> 12)));
                output.WriteByte((byte)(0x80 | ((c >> 6) & 0x3F)));
                output.WriteByte((byte)(0x80 | (c & 0x3F)));
            }
            else
            {
                output.Write(Utf8.GetBytes(c.ToString()));
            }
        }

        return output.ToArray();
    }

    public string InsertLoneSurrogates(string text)
    {
        var builder = new StringBuilder(text);
        var count = _random.Next(1, 20);
        for (var i = 0; i < count; i++)
        {
            var surrogate = (char)(_random.Next(2) == 0 ? _random.Next(0xD800, 0xDC00) : _random.Next(0xDC00, 0xE000));
            builder.Insert(_random.Next(builder.Length + 1), surrogate);
        }

        return builder.ToString();
    }

    private static string Decode(byte[] bytes) => Utf8.GetString(bytes);

    private static string Repeat(string unit, int bytes)
    {
        var unitBytes = Math.Max(1, Utf8.GetByteCount(unit));
        var builder = new StringBuilder(bytes);
        for (var i = 0; i < bytes / unitBytes; i++)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static HostileDocument Text(string kind, string text) => new HostileDocument(kind, Utf8.GetBytes(text), false);

    private static HostileDocument Bytes(string kind, byte[] bytes) => new HostileDocument(kind, bytes, false);

    private List<string> Words(int count)
    {
        var source = SeedText().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(0, count).Select(_ => source.Length == 0 ? "\u062e\u0628\u0631" : source[_random.Next(source.Length)]).ToList();
    }

    private byte[] InsertInvalidUtf8(byte[] seed)
    {
        byte[][] bad = { new byte[] { 0xC0, 0x80 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xF5 }, new byte[] { 0x80 }, new byte[] { 0xE0, 0x80, 0xAF }, new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 }, new byte[] { 0xFF, 0xFE }, new byte[] { 0xD8 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 } };
        var output = new List<byte>(seed);
        var count = _random.Next(1, 60);
        for (var i = 0; i < count; i++)
        {
            output.InsertRange(_random.Next(output.Count + 1), bad[_random.Next(bad.Length)]);
        }

        return output.ToArray();
    }

    private byte[] NulFlood(byte[] seed)
    {
        if (_random.Next(4) == 0)
        {
            return new byte[Length(200_000)];
        }

        var output = new List<byte>(seed);
        var floods = _random.Next(1, 10);
        for (var i = 0; i < floods; i++)
        {
            output.InsertRange(_random.Next(output.Count + 1), new byte[Length(50_000)]);
        }

        return output.ToArray();
    }

    private string ShortLines(int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(_random.Next(8) switch
            {
                0 => Marker(),
                1 => "",
                2 => ":",
                3 => "\u0627",
                4 => "\r",
                5 => Invisible[_random.Next(Invisible.Length)],
                6 => _random.Next(100).ToString(CultureInfo.InvariantCulture),
                _ => "\u0641\u064a",
            }).Append(_random.Next(10) == 0 ? "\r\n" : "\n");
        }

        return builder.ToString();
    }

    private string MarkerRepeats()
    {
        var builder = new StringBuilder();
        var marker = Marker();
        var repeats = Length(Math.Min(_scale.MaxFloodRepeats, 5000));
        var glue = _random.Next(6) switch { 0 => "\n", 1 => " ", 2 => "", 3 => ": ", 4 => "\n\n", _ => "\n- " };
        if (_random.Next(2) == 0)
        {
            builder.Append(string.Join(" ", Words(8))).Append("\n\n");
        }

        for (var i = 0; i < repeats; i++)
        {
            builder.Append(_random.Next(5) == 0 ? Marker() : marker).Append(glue);
            if (_random.Next(20) == 0)
            {
                builder.Append(string.Join(" ", Words(_random.Next(1, 6)))).Append('\n');
            }
        }

        // The issue's crash: a marker followed by a short cut-off line at the very end of the document.
        if (_random.Next(2) == 0)
        {
            builder.Append(marker).Append('\n').Append(string.Join(" ", Words(1)).AsSpan(0, 1)).Append(_random.Next(2) == 0 ? "- \u062e" : string.Empty);
        }

        return builder.ToString();
    }

    private string Date()
    {
        var year = _random.Next(6) == 0 ? _random.Next(0, 100000) : _random.Next(1990, 2030);
        var digits = _random.Next(3);
        string Number(int n)
        {
            var text = n.ToString(CultureInfo.InvariantCulture);
            return digits == 0 ? text : string.Concat(text.Select(c => (char)(c - '0' + (digits == 1 ? 0x0660 : 0x06F0))));
        }

        var month = _random.Next(0, 14);
        var day = _random.Next(0, 40);
        return _random.Next(5) switch
        {
            0 => $"{Number(year)}-{Number(month)}-{Number(day)}",
            1 => $"{Number(day)}/{Number(month)}/{Number(year)}",
            2 => $"{Number(day)} {Marker()} {Number(year)}",
            3 => $"{Number(year)}-{Number(month)}-{Number(day)}T{Number(_random.Next(30))}:{Number(_random.Next(70))}:{Number(_random.Next(70))}+{Number(_random.Next(30))}:00",
            _ => $"{Number(day)}.{Number(month)}.{Number(year)} {Number(_random.Next(30))}:{Number(_random.Next(70))}",
        };
    }

    private string DateRepeats()
    {
        var builder = new StringBuilder();
        var repeats = Length(Math.Min(_scale.MaxFloodRepeats, 4000));
        var sameLine = _random.Next(2) == 0;
        for (var i = 0; i < repeats; i++)
        {
            builder.Append(Date()).Append(sameLine ? " " : "\n");
        }

        return string.Join(" ", Words(10)) + "\n" + builder;
    }

    private string ColonBulletRepeats()
    {
        var units = new[] { ":", " : ", "•", "- ", "–", "|", "»", "«", "*", "::", "\u061b", "\u060c", "...", "(", ")", "[", "]", "\"", "'" };
        var builder = new StringBuilder();
        var repeats = Length(_scale.MaxFloodRepeats);
        var unit = units[_random.Next(units.Length)];
        for (var i = 0; i < repeats; i++)
        {
            builder.Append(_random.Next(4) == 0 ? units[_random.Next(units.Length)] : unit);
            if (_random.Next(50) == 0)
            {
                builder.Append(_random.Next(2) == 0 ? "\n" : Marker());
            }
        }

        return _random.Next(2) == 0 ? Marker() + "\n" + builder : builder.ToString();
    }

    private byte[] MutateBytes(byte[] seed, int mutations)
    {
        var output = new List<byte>(seed);
        for (var i = 0; i < mutations; i++)
        {
            var at = _random.Next(output.Count + 1);
            switch (_random.Next(5))
            {
                case 0 when at < output.Count:
                    output[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1:
                    output.Insert(at, (byte)_random.Next(256));
                    break;
                case 2 when at < output.Count:
                    output.RemoveRange(at, Math.Min(output.Count - at, _random.Next(1, 64)));
                    break;
                case 3 when output.Count > 0:
                    var from = _random.Next(output.Count);
                    output.InsertRange(at, output.GetRange(from, Math.Min(output.Count - from, _random.Next(1, 256))));
                    break;
                default:
                    output.InsertRange(at, Utf8.GetBytes(Marker()));
                    break;
            }
        }

        return output.ToArray();
    }

    private string MutateText(string text)
    {
        var lines = text.Split('\n').ToList();
        var mutations = _random.Next(1, 30);
        for (var i = 0; i < mutations; i++)
        {
            var at = _random.Next(lines.Count + 1);
            switch (_random.Next(8))
            {
                case 0:
                    lines.Insert(at, Marker());
                    break;
                case 1 when at < lines.Count:
                    lines.RemoveAt(at);
                    break;
                case 2 when lines.Count > 0:
                    lines.Insert(at, lines[_random.Next(lines.Count)]);
                    break;
                case 3 when at < lines.Count && lines[at].Length > 0:
                    lines[at] = lines[at].Substring(0, _random.Next(lines[at].Length));
                    break;
                case 4:
                    lines.Insert(at, Marker() + " " + Date());
                    break;
                case 5 when at < lines.Count:
                    lines[at] = Marker() + lines[at];
                    break;
                case 6:
                    lines.Insert(at, string.Empty);
                    break;
                default:
                    lines.Insert(at, Marker() + "\n" + string.Join(" ", Words(_random.Next(1, 4))));
                    break;
            }
        }

        var joined = string.Join(_random.Next(8) == 0 ? "\r\n" : "\n", lines);
        return _random.Next(6) == 0 ? joined.Substring(0, _random.Next(joined.Length + 1)) : joined;
    }

    private string SpliceLines()
    {
        var a = SeedText().Split('\n');
        var b = SeedText().Split('\n');
        var cutA = _random.Next(a.Length + 1);
        var cutB = _random.Next(b.Length + 1);
        return string.Join("\n", a.Take(cutA).Concat(b.Skip(cutB)).Concat(a.Skip(cutA).Take(_random.Next(3))));
    }

    private string DeepHtml(int depth)
    {
        var tags = new[] { "div", "b", "i", "table", "tr", "td", "span", "p", "ul", "li", "font", "a", "article", "section" };
        var builder = new StringBuilder(depth * 12);
        builder.Append("<html><head><title>").Append(Marker()).Append("</title></head><body>");
        var tag = tags[_random.Next(tags.Length)];
        var mixed = _random.Next(2) == 0;
        for (var i = 0; i < depth; i++)
        {
            builder.Append('<').Append(mixed ? tags[_random.Next(tags.Length)] : tag).Append('>');
            if (_random.Next(200) == 0)
            {
                builder.Append(string.Join(" ", Words(5)));
            }
        }

        builder.Append(string.Join(" ", Words(60)));
        if (_random.Next(2) == 0)
        {
            for (var i = 0; i < depth; i++)
            {
                builder.Append("</").Append(mixed ? tags[_random.Next(tags.Length)] : tag).Append('>');
            }
        }

        return builder.Append("</body></html>").ToString();
    }

    /// <summary>Nested objects and arrays around "x"; left open one time in three unless <paramref name="closed"/>.</summary>
    public string DeepJson(int depth, bool closed = false)
    {
        var builder = new StringBuilder(depth * 8);
        var closers = new Stack<char>(depth);
        for (var i = 0; i < depth; i++)
        {
            if (_random.Next(2) == 0)
            {
                builder.Append("{\"a\":");
                closers.Push('}');
            }
            else
            {
                builder.Append('[');
                closers.Push(']');
            }
        }

        builder.Append("\"x\"");
        if (closed || _random.Next(3) > 0)
        {
            while (closers.Count > 0)
            {
                builder.Append(closers.Pop());
            }
        }

        return builder.ToString();
    }

    private HostileDocument EntityFlood(string kind)
    {
        var builder = new StringBuilder();
        var entity = Entities[_random.Next(Entities.Length)];
        var repeats = Length(_scale.MaxFloodRepeats);
        for (var i = 0; i < repeats; i++)
        {
            builder.Append(_random.Next(5) == 0 ? Entities[_random.Next(Entities.Length)] : entity);
            if (_random.Next(100) == 0)
            {
                builder.Append(_random.Next(2) == 0 ? "<p>" : Marker());
            }
        }

        var html = _random.Next(3) > 0;
        var body = html
            ? "<html><head><title>" + entity + Marker() + "</title></head><body><p>" + builder + "</p></body></html>"
            : builder.ToString();
        return new HostileDocument(kind, Utf8.GetBytes(body), html);
    }

    private HostileDocument CharsetLie(string kind)
    {
        var charset = Charsets[_random.Next(Charsets.Length)];
        var page = Decode(HtmlSeed());
        var meta = _random.Next(3) switch
        {
            0 => $"<meta charset=\"{charset}\">",
            1 => $"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">",
            _ => $"<?xml version=\"1.0\" encoding=\"{charset}\"?><meta charset={charset}>",
        };
        var head = page.IndexOf("<head", StringComparison.OrdinalIgnoreCase);
        page = head >= 0 ? page.Insert(head, meta) : meta + page;
        if (_random.Next(3) == 0)
        {
            // declared twice, differently
            page = $"<meta charset=\"{Charsets[_random.Next(Charsets.Length)]}\">" + page;
        }

        var bytes = _random.Next(4) switch
        {
            0 => Encoding.GetEncoding(1251).GetBytes(page),
            1 => Encoding.GetEncoding(1256).GetBytes(page),
            _ => Utf8.GetBytes(page),
        };
        return new HostileDocument(kind, bytes, true);
    }

    private byte[] MutateHtml(byte[] page)
    {
        var text = Decode(page);
        string[] inserts =
        {
            "<!--", "<script>", "<style>", "<![CDATA[", "<plaintext>", "<textarea>", "</html>", "<html>", "<body>", "<title>", "</title>",
            "<meta property=\"og:title\" content=\"", "<meta name=\"date\" content=\"" + Date() + "\">", "<time datetime=\"" + Date() + "\">",
            "<a href=\"javascript:" + new string('x', 1000) + "\">", "<p " + Repeat("a=\"b\" ", Length(20000)) + ">", "<", ">", "\"", "'", "</",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":" + DeepJson(Length(2000)) + "</script>",
            "<svg><math><mi><mglyph><table><tr><td>", "&#x", "<br/>", "<p></p>", "\0",
        };
        var builder = new StringBuilder(text);
        var count = _random.Next(1, 40);
        for (var i = 0; i < count; i++)
        {
            builder.Insert(_random.Next(builder.Length + 1), inserts[_random.Next(inserts.Length)]);
        }

        var result = builder.ToString();
        if (_random.Next(4) == 0)
        {
            result = result.Substring(0, _random.Next(result.Length + 1));
        }

        return Utf8.GetBytes(result);
    }

    private string OddCsv()
    {
        var rows = new StringBuilder("id,title,content,date\n");
        var count = _random.Next(1, 200);
        for (var i = 0; i < count; i++)
        {
            var text = string.Join(" ", Words(_random.Next(1, 40)));
            rows.Append(_random.Next(6) switch
            {
                0 => $"{i},\"{Marker()}\",\"{text.Replace(" ", "\"\" ", StringComparison.Ordinal)}\",{Date()}\n",
                1 => $"{i},\"unterminated,{text}\n",
                2 => $"{i};{Marker()};\"{text}\n{text}\";{Date()}\n",
                3 => $"\"\"\"{i}\"\"\",{text},,,,,,\"\n",
                4 => $"{i},=HYPERLINK(\"x\"),\"{text}\"\"\r\n",
                _ => $"{i},{Marker()},{text},{Date()}\n",
            });
        }

        return rows.ToString();
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private byte[] MixedCodePages()
    {
        var text = SeedText();
        var half = _random.Next(text.Length + 1);
        var encodings = new[] { Encoding.GetEncoding(1256), Encoding.GetEncoding(1251), Encoding.GetEncoding(28596), Utf8, Encoding.Unicode, Encoding.Latin1 };
        var first = encodings[_random.Next(encodings.Length)].GetBytes(text.Substring(0, half));
        var second = encodings[_random.Next(encodings.Length)].GetBytes(text.Substring(half));
        return first.Concat(second).ToArray();
    }

    private string InsertInvisible(string text)
    {
        var builder = new StringBuilder(text);
        var count = Length(Math.Max(2, text.Length / 4));
        for (var i = 0; i < count; i++)
        {
            var mark = Invisible[_random.Next(Invisible.Length)];
            builder.Insert(_random.Next(builder.Length + 1), _random.Next(30) == 0 ? string.Concat(Enumerable.Repeat(mark, Length(3000))) : mark);
        }

        return builder.ToString();
    }

    private byte[] Blank() => _random.Next(8) switch
    {
        0 => Array.Empty<byte>(),
        1 => new byte[] { 0xEF, 0xBB, 0xBF },
        2 => Utf8.GetBytes(new string(' ', Length(100_000))),
        3 => Utf8.GetBytes(string.Concat(Enumerable.Repeat("\r\n", Length(50_000)))),
        4 => Utf8.GetBytes("\u00a0\u2003\u3000\u200b\ufeff"),
        5 => new byte[] { 0xFF, 0xFE },
        6 => new byte[] { 0xFE, 0xFF, 0x00 },
        _ => Utf8.GetBytes("<html></html>"),
    };

    private byte[] Utf16Lies()
    {
        var text = SeedText();
        return _random.Next(5) switch
        {
            0 => new byte[] { 0xFF, 0xFE }.Concat(Utf8.GetBytes(text)).ToArray(),
            1 => new byte[] { 0xFE, 0xFF }.Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            2 => Encoding.Unicode.GetBytes(text),
            3 => Truncate(new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(text)).ToArray()),
            _ => new byte[] { 0x00, 0x00, 0xFE, 0xFF }.Concat(Encoding.UTF32.GetBytes(text)).ToArray(),
        };
    }
}
