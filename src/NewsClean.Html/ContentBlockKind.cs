namespace NewsClean.Html;

/// <summary>What kind of element a block of main content came from.</summary>
public enum ContentBlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    TableRow,
    Preformatted,
}
