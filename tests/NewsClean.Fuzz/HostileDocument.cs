namespace NewsClean.Fuzz;

/// <summary>One generated document: its kind (for the counts and a reproducer's name), its bytes, and whether it is a page.</summary>
public sealed class HostileDocument
{
    public HostileDocument(string kind, byte[] bytes, bool isHtml)
    {
        Kind = kind;
        Bytes = bytes;
        IsHtml = isHtml;
    }

    public string Kind { get; }

    public byte[] Bytes { get; }

    /// <summary>True for a page (written as .html, or put in a record's html field).</summary>
    public bool IsHtml { get; }
}
