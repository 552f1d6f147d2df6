namespace NewsClean.Documents;

/// <summary>
/// What a record (a dump line, a PowerShell object from Import-Csv or ConvertFrom-Json) gives to clean, after the
/// documented precedence between its text and its html fields: see <see cref="DocumentRouter.ChooseContent"/>.
/// </summary>
public readonly struct RecordContent
{
    public RecordContent(string text, bool fromHtmlField)
    {
        Text = text;
        FromHtmlField = fromHtmlField;
    }

    /// <summary>The text to clean.</summary>
    public string Text { get; }

    /// <summary>True when <see cref="Text"/> came from the record's html field.</summary>
    public bool FromHtmlField { get; }
}
