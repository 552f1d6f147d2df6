using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsClean.Html.Metadata;

/// <summary>
/// A small, forgiving JSON reader for JSON-LD blocks (netstandard2.0 has no JSON parser and Core takes no
/// dependencies). Objects become dictionaries, arrays lists, numbers doubles. It accepts what pages publish:
/// comments, trailing commas, raw control characters in strings, single quotes, several values in a row.
/// </summary>
internal sealed class MiniJson
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _pos;

    private MiniJson(string text)
    {
        _text = text;
    }

    /// <summary>Every top-level value in <paramref name="text"/> that parses; nothing for text that does not.</summary>
    public static List<object?> ParseAll(string text)
    {
        var values = new List<object?>();
        var reader = new MiniJson(text);
        while (true)
        {
            reader.SkipToValue();
            if (reader._pos >= text.Length)
            {
                break;
            }

            var start = reader._pos;
            try
            {
                values.Add(reader.ReadValue(0));
            }
            catch (FormatException)
            {
                // Skip past the broken value and look for another one.
                reader._pos = start + 1;
            }
        }

        return values;
    }

    private void SkipToValue()
    {
        while (_pos < _text.Length && _text[_pos] != '{' && _text[_pos] != '[')
        {
            _pos++;
        }
    }

    private object? ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FormatException("Nested too deep.");
        }

        SkipSpace();
        if (_pos >= _text.Length)
        {
            throw new FormatException("Unexpected end.");
        }

        var c = _text[_pos];
        switch (c)
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
            case '\'':
                return ReadString();
            default:
                return ReadLiteral();
        }
    }

    private Dictionary<string, object?> ReadObject(int depth)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        _pos++;
        while (true)
        {
            SkipSpace();
            if (_pos >= _text.Length)
            {
                throw new FormatException("Unclosed object.");
            }

            if (_text[_pos] == '}')
            {
                _pos++;
                return result;
            }

            if (_text[_pos] == ',')
            {
                _pos++;
                continue;
            }

            string key;
            if (_text[_pos] == '"' || _text[_pos] == '\'')
            {
                key = ReadString();
            }
            else
            {
                key = ReadBareWord();
            }

            SkipSpace();
            if (_pos >= _text.Length || _text[_pos] != ':')
            {
                throw new FormatException("Expected ':'.");
            }

            _pos++;
            result[key] = ReadValue(depth + 1);
        }
    }

    private List<object?> ReadArray(int depth)
    {
        var result = new List<object?>();
        _pos++;
        while (true)
        {
            SkipSpace();
            if (_pos >= _text.Length)
            {
                throw new FormatException("Unclosed array.");
            }

            if (_text[_pos] == ']')
            {
                _pos++;
                return result;
            }

            if (_text[_pos] == ',')
            {
                _pos++;
                continue;
            }

            result.Add(ReadValue(depth + 1));
        }
    }

    private string ReadString()
    {
        var quote = _text[_pos++];
        var builder = new StringBuilder();
        while (_pos < _text.Length)
        {
            var c = _text[_pos++];
            if (c == quote)
            {
                return builder.ToString();
            }

            if (c != '\\' || _pos >= _text.Length)
            {
                builder.Append(c);
                continue;
            }

            var e = _text[_pos++];
            switch (e)
            {
                case 'n':
                    builder.Append('\n');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 'b':
                    builder.Append('\b');
                    break;
                case 'f':
                    builder.Append('\f');
                    break;
                case 'u':
                    if (_pos + 4 <= _text.Length && int.TryParse(_text.Substring(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                    {
                        builder.Append((char)code);
                        _pos += 4;
                    }
                    else
                    {
                        builder.Append('u');
                    }

                    break;
                default:
                    builder.Append(e);
                    break;
            }
        }

        throw new FormatException("Unclosed string.");
    }

    private object? ReadLiteral()
    {
        var word = ReadBareWord();
        switch (word)
        {
            case "true":
                return true;
            case "false":
                return false;
            case "null":
            case "undefined":
                return null;
        }

        if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        throw new FormatException("Unexpected literal.");
    }

    private string ReadBareWord()
    {
        var start = _pos;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsLetterOrDigit(c) || c == '_' || c == '$' || c == '-' || c == '+' || c == '.' || c == '@')
            {
                _pos++;
                continue;
            }

            break;
        }

        if (_pos == start)
        {
            throw new FormatException("Unexpected character.");
        }

        return _text.Substring(start, _pos - start);
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsWhiteSpace(c))
            {
                _pos++;
            }
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '*')
            {
                var end = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                _pos = end < 0 ? _text.Length : end + 2;
            }
            else
            {
                return;
            }
        }
    }
}
