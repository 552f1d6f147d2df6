using System;
using System.Globalization;
using System.Text;

namespace NewsClean.Dumps.Json;

/// <summary>
/// Parses one JSON object held in a byte range (UTF-8) into a <see cref="DumpRecord"/>. Only the fields a record
/// needs are decoded into strings; everything else is validated and skipped without allocating. Iterative, so deep
/// nesting cannot overflow the stack. One instance per reader: it reuses its scratch buffers.
/// </summary>
internal sealed class RecordParser
{
    private const int MaxDepth = 256;

    // Scratch kept between records is dropped after a record this large, so one huge record does not pin memory.
    private const int RetainedScratchChars = 1 << 20;

    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false, false);

    private readonly bool[] _isObject = new bool[MaxDepth];
    private readonly string?[] _values = new string?[(int)Field.Count];
    private char[] _chars = new char[4096];
    private byte[] _bytes = Array.Empty<byte>();
    private int _p;
    private int _start;
    private int _end;
    private string? _error;

    private enum Field
    {
        Id,
        AltId,
        Content,
        Text,
        Body,
        Html,
        Title,
        Url,
        Date,
        DateExtracted,
        Source,
        Count,
        None = -1,
    }

    /// <summary>Fills <paramref name="record"/> from bytes [start, end); sets <see cref="DumpRecord.RawError"/> when they are not one JSON object.</summary>
    public void Parse(byte[] bytes, int start, int end, DumpRecord record)
    {
        _bytes = bytes;
        _start = start;
        _p = start;
        _end = end;
        _error = null;
        Array.Clear(_values, 0, _values.Length);
        try
        {
            if (ParseObject())
            {
                Assign(record);
            }
            else
            {
                record.RawError = _error;
            }
        }
        finally
        {
            _bytes = Array.Empty<byte>();
            if (_chars.Length > RetainedScratchChars)
            {
                _chars = new char[4096];
            }
        }
    }

    private static bool IsWhiteSpace(byte b) => b == (byte)' ' || b == (byte)'\t' || b == (byte)'\r' || b == (byte)'\n';

    private static bool IsBlank(string? value) => value is null || value.Trim().Length == 0;

    private static string? FirstNonBlank(string? a, string? b) => !IsBlank(a) ? a : !IsBlank(b) ? b : a ?? b;

    private void Assign(DumpRecord record)
    {
        record.Id = _values[(int)Field.Id] ?? _values[(int)Field.AltId];
        record.Title = _values[(int)Field.Title];
        record.Url = _values[(int)Field.Url];
        record.Date = FirstNonBlank(_values[(int)Field.Date], _values[(int)Field.DateExtracted]);
        record.Source = _values[(int)Field.Source];

        // The first text field that holds something; if all are blank, the first present (the engine then reports it empty).
        string? firstPresent = null;
        var firstPresentIsHtml = false;
        for (var field = Field.Content; field <= Field.Html; field++)
        {
            var value = _values[(int)field];
            if (value is null)
            {
                continue;
            }

            if (!IsBlank(value))
            {
                record.Text = value;
                record.IsHtml = field == Field.Html;
                return;
            }

            if (firstPresent is null)
            {
                firstPresent = value;
                firstPresentIsHtml = field == Field.Html;
            }
        }

        record.Text = firstPresent;
        record.IsHtml = firstPresentIsHtml;
    }

    private bool ParseObject()
    {
        SkipWhiteSpace();
        if (_p >= _end || _bytes[_p] != (byte)'{')
        {
            return Fail(_p >= _end ? "the record is empty" : "the record is not a JSON object");
        }

        _p++;
        SkipWhiteSpace();
        if (_p < _end && _bytes[_p] == (byte)'}')
        {
            _p++;
            return AtEnd();
        }

        while (true)
        {
            SkipWhiteSpace();
            if (_p >= _end || _bytes[_p] != (byte)'"')
            {
                return Fail("expected a property name in double quotes");
            }

            if (!ScanString(out var keyStart, out var keyEnd, out var keyEscaped))
            {
                return false;
            }

            var field = keyEscaped ? MatchKey(DecodeString(keyStart, keyEnd, true)) : MatchKey(_bytes, keyStart, keyEnd);
            if (_error is not null)
            {
                return false;
            }

            if (!SkipColon())
            {
                return false;
            }
            if (field == Field.None)
            {
                if (!SkipValue())
                {
                    return false;
                }
            }
            else if (!ReadScalar(out _values[(int)field]))
            {
                return false;
            }

            SkipWhiteSpace();
            if (_p < _end && _bytes[_p] == (byte)',')
            {
                _p++;
                continue;
            }

            if (_p < _end && _bytes[_p] == (byte)'}')
            {
                _p++;
                return AtEnd();
            }

            return Fail(_p >= _end ? "the object is not closed" : "expected ',' or '}'");
        }
    }

    private bool AtEnd()
    {
        SkipWhiteSpace();
        return _p == _end || Fail("unexpected data after the object");
    }

    private void SkipWhiteSpace()
    {
        while (_p < _end && IsWhiteSpace(_bytes[_p]))
        {
            _p++;
        }
    }

    /// <summary>The ':' between a property name and its value, with the white space around it.</summary>
    private bool SkipColon()
    {
        SkipWhiteSpace();
        if (_p >= _end || _bytes[_p] != (byte)':')
        {
            return Fail("expected ':' after a property name");
        }

        _p++;
        SkipWhiteSpace();
        return true;
    }

    private bool Fail(string detail)
    {
        _error ??= string.Format(CultureInfo.InvariantCulture, "Malformed JSON at byte {0} of the record: {1}.", _p - _start + 1, detail);
        return false;
    }

    private static Field MatchKey(string? key)
    {
        if (key is null)
        {
            return Field.None;
        }

        var bytes = Utf8.GetBytes(key);
        return MatchKey(bytes, 0, bytes.Length);
    }

    private static Field MatchKey(byte[] bytes, int start, int end)
    {
        // Compared as ASCII, case-insensitively; keys are short, so a length switch rejects most at once.
        switch (end - start)
        {
            case 2:
                return KeyEquals(bytes, start, "id") ? Field.Id : Field.None;
            case 3:
                return KeyEquals(bytes, start, "_id") ? Field.AltId : KeyEquals(bytes, start, "url") ? Field.Url : Field.None;
            case 4:
                return KeyEquals(bytes, start, "text") ? Field.Text
                    : KeyEquals(bytes, start, "body") ? Field.Body
                    : KeyEquals(bytes, start, "html") ? Field.Html
                    : KeyEquals(bytes, start, "date") ? Field.Date
                    : Field.None;
            case 5:
                return KeyEquals(bytes, start, "title") ? Field.Title : Field.None;
            case 6:
                return KeyEquals(bytes, start, "source") ? Field.Source : Field.None;
            case 7:
                return KeyEquals(bytes, start, "content") ? Field.Content : Field.None;
            case 14:
                return KeyEquals(bytes, start, "date_extracted") ? Field.DateExtracted : Field.None;
            default:
                return Field.None;
        }
    }

    private static bool KeyEquals(byte[] bytes, int start, string lowerName)
    {
        for (var i = 0; i < lowerName.Length; i++)
        {
            var b = bytes[start + i];
            if (b >= (byte)'A' && b <= (byte)'Z')
            {
                b = (byte)(b + 32);
            }

            if (b != lowerName[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A field the record keeps: a string decoded, a number or literal as its text, an object or array skipped as absent.</summary>
    private bool ReadScalar(out string? value)
    {
        value = null;
        if (_p >= _end)
        {
            return Fail("expected a value");
        }

        var c = _bytes[_p];
        if (c == (byte)'"')
        {
            if (!ScanString(out var start, out var end, out var escaped))
            {
                return false;
            }

            value = escaped ? DecodeString(start, end, false) : Utf8.GetString(_bytes, start, end - start);
            return _error is null;
        }

        if (c == (byte)'{' || c == (byte)'[')
        {
            return SkipValue();
        }

        var tokenStart = _p;
        if (!SkipPrimitive())
        {
            return false;
        }

        value = _bytes[tokenStart] == (byte)'n' ? null : Utf8.GetString(_bytes, tokenStart, _p - tokenStart);
        return true;
    }

    /// <summary>Moves past a string whose opening quote is at <see cref="_p"/>; [start, end) is its content.</summary>
    private bool ScanString(out int start, out int end, out bool escaped)
    {
        start = _p + 1;
        var search = start;
        escaped = false;
        while (true)
        {
            var quote = search < _end ? Array.IndexOf(_bytes, (byte)'"', search, _end - search) : -1;
            if (quote < 0)
            {
                end = _end;
                _p = _end;
                return Fail("a string is not closed");
            }

            // Escaped only when preceded by an odd number of backslashes.
            var backslashes = 0;
            for (var i = quote - 1; i >= start && _bytes[i] == (byte)'\\'; i--)
            {
                backslashes++;
            }

            if ((backslashes & 1) == 0)
            {
                end = quote;
                _p = quote + 1;
                escaped = escaped || Array.IndexOf(_bytes, (byte)'\\', start, end - start) >= 0;
                return true;
            }

            escaped = true;
            search = quote + 1;
        }
    }

    private string? DecodeString(int start, int end, bool isKey)
    {
        // Never more chars than bytes: UTF-8 needs at least one byte per UTF-16 unit, an escape at least two.
        if (_chars.Length < end - start)
        {
            _chars = new char[Math.Max(end - start, _chars.Length * 2)];
        }

        var length = 0;
        var p = start;
        while (p < end)
        {
            var backslash = Array.IndexOf(_bytes, (byte)'\\', p, end - p);
            var runEnd = backslash < 0 ? end : backslash;
            if (runEnd > p)
            {
                length += Utf8.GetChars(_bytes, p, runEnd - p, _chars, length);
            }

            if (backslash < 0)
            {
                break;
            }

            p = backslash + 1;
            if (p >= end)
            {
                _p = p;
                Fail("a string ends with a lone backslash");
                return null;
            }

            var e = _bytes[p++];
            switch (e)
            {
                case (byte)'"':
                case (byte)'\\':
                case (byte)'/':
                    _chars[length++] = (char)e;
                    break;
                case (byte)'b':
                    _chars[length++] = '\b';
                    break;
                case (byte)'f':
                    _chars[length++] = '\f';
                    break;
                case (byte)'n':
                    _chars[length++] = '\n';
                    break;
                case (byte)'r':
                    _chars[length++] = '\r';
                    break;
                case (byte)'t':
                    _chars[length++] = '\t';
                    break;
                case (byte)'u':
                    if (p + 4 > end || !TryHex(p, out var unit))
                    {
                        _p = p;
                        Fail("\\u must be followed by four hex digits");
                        return null;
                    }

                    _chars[length++] = (char)unit;
                    p += 4;
                    break;
                default:
                    _p = p - 1;
                    Fail(isKey ? "invalid escape in a property name" : "invalid escape in a string");
                    return null;
            }
        }

        return new string(_chars, 0, length);
    }

    private bool TryHex(int p, out int value)
    {
        value = 0;
        for (var i = 0; i < 4; i++)
        {
            var b = _bytes[p + i];
            int digit;
            if (b >= (byte)'0' && b <= (byte)'9')
            {
                digit = b - '0';
            }
            else if (b >= (byte)'a' && b <= (byte)'f')
            {
                digit = b - 'a' + 10;
            }
            else if (b >= (byte)'A' && b <= (byte)'F')
            {
                digit = b - 'A' + 10;
            }
            else
            {
                return false;
            }

            value = (value << 4) | digit;
        }

        return true;
    }

    /// <summary>Validates and skips any value (iteratively: the container kinds are kept in a fixed stack).</summary>
    private bool SkipValue()
    {
        var depth = 0;
        var expectKey = false;
        while (true)
        {
            SkipWhiteSpace();
            if (_p >= _end)
            {
                return Fail(depth > 0 ? "an object or array is not closed" : "expected a value");
            }

            if (expectKey)
            {
                if (_bytes[_p] != (byte)'"')
                {
                    return Fail("expected a property name in double quotes");
                }

                if (!SkipString())
                {
                    return false;
                }

                if (!SkipColon())
                {
                    return false;
                }
                expectKey = false;
                if (_p >= _end)
                {
                    return Fail("expected a value");
                }
            }

            var c = _bytes[_p];
            if (c == (byte)'{' || c == (byte)'[')
            {
                if (depth == MaxDepth)
                {
                    return Fail("nesting is deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
                }

                var isObject = c == (byte)'{';
                _isObject[depth++] = isObject;
                _p++;
                SkipWhiteSpace();
                if (_p < _end && _bytes[_p] == (isObject ? (byte)'}' : (byte)']'))
                {
                    _p++;
                    depth--;
                }
                else
                {
                    expectKey = isObject;
                    continue;
                }
            }
            else if (c == (byte)'"')
            {
                if (!SkipString())
                {
                    return false;
                }
            }
            else if (!SkipPrimitive())
            {
                return false;
            }

            // After a value: close containers, or go on with the next member.
            while (true)
            {
                if (depth == 0)
                {
                    return true;
                }

                SkipWhiteSpace();
                if (_p >= _end)
                {
                    return Fail("an object or array is not closed");
                }

                var next = _bytes[_p];
                var inObject = _isObject[depth - 1];
                if (next == (byte)',')
                {
                    _p++;
                    expectKey = inObject;
                    break;
                }

                if (next == (inObject ? (byte)'}' : (byte)']'))
                {
                    _p++;
                    depth--;
                    continue;
                }

                return Fail(inObject ? "expected ',' or '}'" : "expected ',' or ']'");
            }
        }
    }

    /// <summary>Moves past a string that is not kept, checking its escapes without decoding it.</summary>
    private bool SkipString()
    {
        if (!ScanString(out var start, out var end, out var escaped))
        {
            return false;
        }

        if (!escaped)
        {
            return true;
        }

        var p = start;
        while (p < end)
        {
            var backslash = Array.IndexOf(_bytes, (byte)'\\', p, end - p);
            if (backslash < 0)
            {
                break;
            }

            var e = backslash + 1 < end ? _bytes[backslash + 1] : (byte)0;
            if (e == (byte)'u')
            {
                if (backslash + 6 > end || !TryHex(backslash + 2, out _))
                {
                    _p = backslash + 1;
                    return Fail("\\u must be followed by four hex digits");
                }

                p = backslash + 6;
            }
            else if (e == (byte)'"' || e == (byte)'\\' || e == (byte)'/' || e == (byte)'b' || e == (byte)'f' || e == (byte)'n' || e == (byte)'r' || e == (byte)'t')
            {
                p = backslash + 2;
            }
            else
            {
                _p = backslash + 1;
                return Fail("invalid escape in a string");
            }
        }

        return true;
    }

    /// <summary>A number, true, false or null.</summary>
    private bool SkipPrimitive()
    {
        var c = _bytes[_p];
        switch (c)
        {
            case (byte)'t':
                return Literal("true");
            case (byte)'f':
                return Literal("false");
            case (byte)'n':
                return Literal("null");
        }

        // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        var p = _p;
        if (p < _end && _bytes[p] == (byte)'-')
        {
            p++;
        }

        var digits = Digits(ref p);
        if (digits == 0 || (digits > 1 && _bytes[p - digits] == (byte)'0'))
        {
            return Fail("expected a value");
        }

        if (p < _end && _bytes[p] == (byte)'.')
        {
            p++;
            if (Digits(ref p) == 0)
            {
                _p = p;
                return Fail("expected digits after '.'");
            }
        }

        if (p < _end && (_bytes[p] == (byte)'e' || _bytes[p] == (byte)'E'))
        {
            p++;
            if (p < _end && (_bytes[p] == (byte)'+' || _bytes[p] == (byte)'-'))
            {
                p++;
            }

            if (Digits(ref p) == 0)
            {
                _p = p;
                return Fail("expected digits in the exponent");
            }
        }

        _p = p;
        return true;
    }

    private int Digits(ref int p)
    {
        var first = p;
        while (p < _end && _bytes[p] >= (byte)'0' && _bytes[p] <= (byte)'9')
        {
            p++;
        }

        return p - first;
    }

    private bool Literal(string word)
    {
        if (_end - _p < word.Length)
        {
            return Fail("expected a value");
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (_bytes[_p + i] != word[i])
            {
                return Fail("expected a value");
            }
        }

        _p += word.Length;
        return true;
    }
}
