using System;
using System.Text;

namespace NewsClean.Dumps;

/// <summary>
/// JSON string literals as RFC 8259 section 7 asks and no more: quotation mark, reverse solidus and the control
/// characters U+0000..U+001F are escaped; everything else, Arabic included, is written as it is. A lone surrogate
/// (which UTF-8 cannot carry) is written as a \u escape, so nothing is lost or replaced.
/// </summary>
public static class JsonText
{
    private const string Hex = "0123456789abcdef";

    /// <summary>Appends <paramref name="value"/> as a quoted JSON string, or <c>null</c>.</summary>
    public static StringBuilder AppendString(StringBuilder builder, string? value)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        if (value is null)
        {
            return builder.Append("null");
        }

        builder.Append('"');
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c != '"' && c != '\\' && !char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            builder.Append(value, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                default:
                    builder.Append("\\u")
                        .Append(Hex[(c >> 12) & 0xF])
                        .Append(Hex[(c >> 8) & 0xF])
                        .Append(Hex[(c >> 4) & 0xF])
                        .Append(Hex[c & 0xF]);
                    break;
            }
        }

        return builder.Append(value, run, value.Length - run).Append('"');
    }

    /// <summary><paramref name="value"/> as a quoted JSON string, or <c>null</c>.</summary>
    public static string Quote(string? value) => AppendString(new StringBuilder((value?.Length ?? 4) + 2), value).ToString();
}
