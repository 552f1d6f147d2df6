using System;
using NewsClean.Core;
using NewsClean.Core.Model;
using NewsClean.Documents;

namespace NewsClean.Fuzz;

/// <summary>The engine as the CLI calls it (DocumentEngine, default options), for shrinking and timing documents in-process.</summary>
public static class InProcessEngine
{
    private static readonly DocumentEngine Engine = new DocumentEngine(CleanerOptions.Default);

    /// <summary>The InternalError message for this document, or null when the engine does not throw on it.</summary>
    public static string? InternalError(DocumentInput input, bool isHtml)
    {
        var result = Engine.Clean(input, isHtml);
        return result.Error is { ErrorId: DocumentError.InternalError } error ? error.Message : null;
    }

    public static CleanResult Clean(DocumentInput input, bool isHtml) => Engine.Clean(input, isHtml);

    /// <summary>The message without its variable part (the exception message): "Type ... (in Type.Method)".</summary>
    public static string Signature(string message)
    {
        var type = message.IndexOf(": ", StringComparison.Ordinal);
        var rest = type < 0 ? message : message.Substring(type + 2);
        var colon = rest.IndexOf(':');
        var where = message.LastIndexOf(" (in ", StringComparison.Ordinal);
        return (colon < 0 ? rest : rest.Substring(0, colon)) + (where < 0 ? string.Empty : message.Substring(where));
    }
}
