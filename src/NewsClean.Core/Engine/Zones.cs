namespace NewsClean.Core.Engine;

/// <summary>Where the header ends and what reads like a title or like article text.</summary>
internal static class Zones
{
    /// <summary>A line that reads like a paragraph of article text rather than a headline or label.</summary>
    public static bool IsBodyLike(Line line)
    {
        if (line.IsBlank)
        {
            return false;
        }

        if (line.Words >= 24)
        {
            return true;
        }

        if (line.Words < 7)
        {
            return false;
        }

        var text = line.Text;
        var last = text[text.Length - 1];

        // A headline can be a question or end with a colon before its second half; a paragraph that short doing so is rare.
        if (last == '?' || last == '؟' || last == ':')
        {
            return line.Words >= 16;
        }

        return TextTools.EndsLikeSentence(text) && !text.EndsWith("..", System.StringComparison.Ordinal);
    }

    /// <summary>A page header holds at most this many non-blank lines; past them, text is the body whatever it looks like.</summary>
    public const int MaxHeaderLines = 25;

    /// <summary>Index of the first content line that reads like article text (the end of the header zone).</summary>
    public static int BodyStart(DocumentState state)
    {
        var seen = 0;
        for (var i = state.ContentStart; i < state.ContentEnd; i++)
        {
            var line = state.Lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if ((!line.IsClaimed && IsBodyLike(line)) || ++seen > MaxHeaderLines)
            {
                return i;
            }
        }

        return state.ContentEnd;
    }

    /// <summary>A list item or bulleted subheading ("· اسمه ونشأته :", "• ...", "- ...").</summary>
    public static bool IsBulleted(string text) => text.Length > 1 && "•·*▪●■◦►▸-–".IndexOf(text[0]) >= 0 && char.IsWhiteSpace(text[1]);

    /// <summary>A line that could be a headline: short, not ending like a sentence (questions and exclamations allowed).</summary>
    public static bool IsTitleLike(Line line)
    {
        if (line.IsBlank || line.Words == 0 || line.Words > 30)
        {
            return false;
        }

        var text = line.Text;
        if (IsBulleted(text))
        {
            return false;
        }

        var last = text[text.Length - 1];
        if (last == '?' || last == '؟' || last == '!' || text.EndsWith("..", System.StringComparison.Ordinal))
        {
            return true;
        }

        return last != '.' && last != '،' && last != '؛' && last != ',';
    }
}
