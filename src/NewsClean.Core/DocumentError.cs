using System;

namespace NewsClean.Core;

/// <summary>Why a document could not be cleaned at all. Ids are stable PascalCase constants.</summary>
public sealed class DocumentError
{
    public const string BinaryContent = nameof(BinaryContent);
    public const string EmptyDocument = nameof(EmptyDocument);
    public const string DecodingFailed = nameof(DecodingFailed);
    public const string InternalError = nameof(InternalError);

    public DocumentError(string errorId, string message)
    {
        ErrorId = errorId ?? throw new ArgumentNullException(nameof(errorId));
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    public string ErrorId { get; }

    public string Message { get; }

    public override string ToString() => ErrorId + ": " + Message;
}
