namespace NewsClean.PowerShell;

/// <summary>
/// Error ids the cmdlets report (the first part of <c>FullyQualifiedErrorId</c>). The engine's own ids
/// (<see cref="Core.DocumentError.BinaryContent"/>, <see cref="Core.DocumentError.EmptyDocument"/>, ...)
/// are passed through unchanged.
/// </summary>
internal static class ErrorIds
{
    public const string PathNotFound = nameof(PathNotFound);
    public const string PathIsDirectory = nameof(PathIsDirectory);
    public const string NotFileSystemPath = nameof(NotFileSystemPath);
    public const string FileReadFailed = nameof(FileReadFailed);
    public const string UnknownRule = nameof(UnknownRule);
    public const string RuleNotFound = nameof(RuleNotFound);
    public const string InvalidValidationSetting = nameof(InvalidValidationSetting);
    public const string ArticleInvalid = nameof(ArticleInvalid);
    public const string MalformedRecord = nameof(MalformedRecord);

    /// <summary>A piped string that is only the path of an existing file: the file was meant, not the text.</summary>
    public const string TextIsAPath = nameof(TextIsAPath);

    /// <summary>A piped object with no text property, which PowerShell turned into its type name or "@{...}".</summary>
    public const string RecordWithoutText = nameof(RecordWithoutText);
}
