namespace NewsClean.Core.Text;

/// <summary>The outcome of decoding: the text and encoding, or why the bytes are not text.</summary>
public sealed class DecodedText
{
    private DecodedText(string? text, string? encoding, bool usedFallback, string? binaryReason, int droppedNuls = 0)
    {
        DroppedNuls = droppedNuls;
        Content = text;
        Encoding = encoding;
        UsedFallback = usedFallback;
        BinaryReason = binaryReason;
    }

    /// <summary>Decoded text with NULs dropped and newlines folded to LF; null for binary content.</summary>
    public string? Content { get; }

    public string? Encoding { get; }

    /// <summary>True when the bytes were not valid UTF-8 and Windows-1256 was used.</summary>
    public bool UsedFallback { get; }

    public string? BinaryReason { get; }

    public bool IsBinary => Content is null;

    /// <summary>How many NUL characters decoding dropped (dumps often end with one).</summary>
    public int DroppedNuls { get; }

    internal static DecodedText Text(string text, string encoding, bool usedFallback, int droppedNuls) => new DecodedText(text, encoding, usedFallback, null, droppedNuls);

    internal static DecodedText Binary(string reason) => new DecodedText(null, null, false, reason);
}
