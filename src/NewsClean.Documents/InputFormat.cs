namespace NewsClean.Documents;

/// <summary>How a host asks for a document to be read (Get-CleanArticle -Format, newsclean --input).</summary>
public enum InputFormat
{
    /// <summary>HTML when the file extension or the content says so, or when a record's html field holds markup; text otherwise.</summary>
    Auto,

    /// <summary>A text dump (plain or TREC-like tagged), whatever it looks like.</summary>
    Text,

    /// <summary>An HTML page, whatever its name.</summary>
    Html,
}
