namespace NewsClean.Fuzz;

/// <summary>How big the generator's extreme inputs get: small enough for CI, or the long mode's sizes.</summary>
public sealed class FuzzScale
{
    /// <summary>CI: a 10 MB line, 200,000 tiny lines, a 16 MB gzip bomb; finishes in well under the CI limit on 2 cores.</summary>
    public static readonly FuzzScale Ci = new FuzzScale
    {
        HugeLineBytes = 10_000_000,
        TinyLines = 200_000,
        GzipBombBytes = 16_000_000,
        MaxNesting = 20_000,
        MaxFloodRepeats = 20_000,
        WholeSeedPercent = 25,
        StoredPagePercent = 60,
    };

    /// <summary>The long mode (build.ps1 -Task Bench): the 50 MB lines and 1M tiny lines.</summary>
    public static readonly FuzzScale Long = new FuzzScale
    {
        HugeLineBytes = 50_000_000,
        TinyLines = 1_000_000,
        GzipBombBytes = 64_000_000,
        MaxNesting = 100_000,
        MaxFloodRepeats = 100_000,
        WholeSeedPercent = 5,
        StoredPagePercent = 10,
    };

    /// <summary>The few huge inputs: one line without a line break of about this many UTF-8 bytes.</summary>
    public int HugeLineBytes { get; init; }

    /// <summary>Lines of one to three characters in the tiny-lines document.</summary>
    public int TinyLines { get; init; }

    /// <summary>What a gzip bomb inflates to (a few KB compressed); bounded so a run cannot fill the disk or memory.</summary>
    public int GzipBombBytes { get; init; }

    /// <summary>Deepest HTML or JSON nesting generated.</summary>
    public int MaxNesting { get; init; }

    /// <summary>How often a seed document is used whole rather than a slice of it (a million whole seeds would be 10 GB).</summary>
    public int WholeSeedPercent { get; init; }

    /// <summary>How often a page is a stored one (up to a few hundred KB) rather than one made of seed text.</summary>
    public int StoredPagePercent { get; init; }

    /// <summary>Most repeats of one marker, entity or date in an ordinary-sized document.</summary>
    public int MaxFloodRepeats { get; init; }
}
