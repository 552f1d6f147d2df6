using NewsClean.Core.Text;

namespace NewsClean.Html.Decoding;

/// <summary>A page's bytes turned into text, and how.</summary>
internal sealed class DecodedPage
{
    public DecodedPage(string? text, string? encoding, string? declaredCharset, bool usedFallback, int droppedNuls, MojibakeRepairResult? mojibake, string? binaryReason)
    {
        Text = text;
        Encoding = encoding;
        DeclaredCharset = declaredCharset;
        UsedFallback = usedFallback;
        DroppedNuls = droppedNuls;
        Mojibake = mojibake;
        BinaryReason = binaryReason;
    }

    public string? Text { get; }

    public string? Encoding { get; }

    public string? DeclaredCharset { get; }

    public bool UsedFallback { get; }

    public int DroppedNuls { get; }

    /// <summary>What the Core's mojibake repair did to the page, or null.</summary>
    public MojibakeRepairResult? Mojibake { get; }

    public string? BinaryReason { get; }
}
