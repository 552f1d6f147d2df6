namespace NewsClean.PowerShell;

/// <summary>How <c>Get-CleanArticle</c> and <c>Test-CleanArticle</c> read a document.</summary>
public enum DocumentFormat
{
    /// <summary>HTML when the file extension or the content says so, or when the record's field is Html; text otherwise.</summary>
    Auto,

    /// <summary>A text dump (plain or TREC-like tagged), whatever it looks like.</summary>
    Text,

    /// <summary>An HTML page, whatever its name.</summary>
    Html,
}
