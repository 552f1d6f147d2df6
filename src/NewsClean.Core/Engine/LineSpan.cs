namespace NewsClean.Core.Engine;

/// <summary>Lines [First, Last] of a document (both included).</summary>
internal readonly struct LineSpan
{
    public LineSpan(int first, int last)
    {
        First = first;
        Last = last;
    }

    public int First { get; }

    public int Last { get; }
}
