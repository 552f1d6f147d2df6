using System.Globalization;
using System.Text;
using NewsClean.Dumps;

namespace NewsClean.Cli;

/// <summary>
/// One error as newsclean reports it on stderr: <c>{"error":ID,"path":...,"line":...,"message":...}</c>, always with
/// these four fields (path and line null when they do not apply). Ids are PascalCase: the engine's own
/// (BinaryContent, EmptyDocument, DecodingFailed, InternalError) and the ones below.
/// </summary>
internal sealed class CliError
{
    public const string PathNotFound = nameof(PathNotFound);
    public const string FileReadFailed = nameof(FileReadFailed);
    public const string MalformedRecord = nameof(MalformedRecord);
    public const string OutputWriteFailed = nameof(OutputWriteFailed);
    public const string Canceled = nameof(Canceled);

    public CliError(string id, string? path, long? line, string message)
    {
        Id = id;
        Path = path;
        Line = line;
        Message = message;
    }

    public string Id { get; }

    /// <summary>The file (full path), "-" for standard input, or null.</summary>
    public string? Path { get; }

    /// <summary>1-based line of a dump record, or null.</summary>
    public long? Line { get; }

    public string Message { get; }

    public string ToJson()
    {
        var builder = new StringBuilder(128 + Message.Length);
        builder.Append("{\"error\":");
        JsonText.AppendString(builder, Id).Append(",\"path\":");
        JsonText.AppendString(builder, Path).Append(",\"line\":");
        builder.Append(Line is null ? "null" : Line.Value.ToString(CultureInfo.InvariantCulture)).Append(",\"message\":");
        return JsonText.AppendString(builder, Message).Append('}').ToString();
    }
}
