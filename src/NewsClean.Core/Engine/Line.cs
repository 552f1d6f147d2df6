using NewsClean.Core.Model;

namespace NewsClean.Core.Engine;

/// <summary>One line of the decoded document, with what the rules decided about it.</summary>
internal sealed class Line
{
    public Line(int index, int start, string raw)
    {
        Index = index;
        Start = start;
        Raw = raw;
        var trimStart = 0;
        while (trimStart < raw.Length && TextTools.IsSpace(raw[trimStart]))
        {
            trimStart++;
        }

        var trimEnd = raw.Length;
        while (trimEnd > trimStart && TextTools.IsSpace(raw[trimEnd - 1]))
        {
            trimEnd--;
        }

        KeepStart = trimStart;
        KeepEnd = trimEnd;
        Text = raw.Substring(trimStart, trimEnd - trimStart);
        Words = TextTools.CountWords(Text);
    }

    public int Index { get; }

    /// <summary>Offset of the line's first character in the decoded text.</summary>
    public int Start { get; }

    public string Raw { get; }

    /// <summary>The line without leading and trailing white space.</summary>
    public string Text { get; }

    public int Words { get; }

    public bool IsBlank => Text.Length == 0;

    /// <summary>The rule that removed the whole line, or null while it is article text.</summary>
    public RuleDescriptor? ClaimedBy { get; set; }

    public bool IsClaimed => ClaimedBy is not null;

    /// <summary>Part of the line still kept after an inline prefix or suffix was removed ([KeepStart, KeepEnd) into Raw).</summary>
    public int KeepStart { get; set; }

    public int KeepEnd { get; set; }

    public string KeptText => Raw.Substring(KeepStart, KeepEnd - KeepStart).Trim();

    /// <summary>The first word, folded like <see cref="TextTools.Key"/>: rules that look for a phrase at the start of a line test it first.</summary>
    public string FirstKey => _firstKey ??= TextTools.FirstWordKey(Text);

    public override string ToString() => $"{Index}: {Text}";

    private string? _firstKey;
}
