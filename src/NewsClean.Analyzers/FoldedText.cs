using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace NewsClean.Analyzers;

/// <summary>
/// The text as the engine sees it (NUL characters dropped, CRLF and CR folded to LF, the same folding as
/// <c>TextDecoder.NormalizeNewlines</c>) with a map from every folded offset back to the original text, so an engine
/// span lands on the exact characters of the file, CRLF or not.
/// </summary>
internal sealed class FoldedText
{
    private readonly int[] _start;
    private readonly int[] _end;
    private readonly int _originalLength;
    private List<int>? _lineStarts;

    private FoldedText(string text, int[] start, int[] end, int originalLength)
    {
        Text = text;
        _start = start;
        _end = end;
        _originalLength = originalLength;
    }

    public string Text { get; }

    public static FoldedText Create(string original)
    {
        var chars = new char[original.Length];
        var start = new int[original.Length];
        var end = new int[original.Length];
        var count = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c == '\0')
            {
                continue;
            }

            start[count] = i;
            if (c == '\r')
            {
                c = '\n';
                if (i + 1 < original.Length && original[i + 1] == '\n')
                {
                    i++;
                }
            }

            chars[count] = c;
            end[count] = i + 1;
            count++;
        }

        return new FoldedText(new string(chars, 0, count), start, end, original.Length);
    }

    /// <summary>True when <paramref name="other"/> has this text's length and line ends, so spans into it map exactly.</summary>
    public bool HasSameShape(string other)
    {
        if (other.Length != Text.Length)
        {
            return false;
        }

        for (var i = 0; i < other.Length; i++)
        {
            if ((other[i] == '\n') != (Text[i] == '\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Maps the half-open folded span [start, start+length) to the original text.</summary>
    public TextSpan ToOriginal(int start, int length)
    {
        start = Math.Max(0, Math.Min(start, Text.Length));
        length = Math.Max(0, Math.Min(length, Text.Length - start));
        var originalStart = start < Text.Length ? _start[start] : _originalLength;
        if (length == 0)
        {
            return new TextSpan(originalStart, 0);
        }

        return TextSpan.FromBounds(originalStart, _end[start + length - 1]);
    }

    /// <summary>Maps 1-based lines [firstLine, lastLine] (LF lines of the folded text) to the original text, line ends excluded.</summary>
    public TextSpan LinesToOriginal(int firstLine, int lastLine)
    {
        var starts = LineStarts();
        var first = Math.Max(0, Math.Min(firstLine - 1, starts.Count - 1));
        var last = Math.Max(first, Math.Min(lastLine - 1, starts.Count - 1));
        var from = starts[first];
        var to = last + 1 < starts.Count ? starts[last + 1] - 1 : Text.Length;
        return ToOriginal(from, to - from);
    }

    private List<int> LineStarts()
    {
        if (_lineStarts is null)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < Text.Length; i++)
            {
                if (Text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            _lineStarts = starts;
        }

        return _lineStarts;
    }
}
