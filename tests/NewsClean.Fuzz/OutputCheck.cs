using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace NewsClean.Fuzz;

/// <summary>One InternalError the CLI reported, with the input it answered.</summary>
public sealed class InternalErrorCase
{
    public required ExpectedInput Input { get; init; }

    public required string Message { get; init; }

    /// <summary>The known-crash entry it matches, or null for a new one.</summary>
    public KnownCrash? Known { get; init; }
}

/// <summary>
/// Checks what newsclean wrote against what the corpus holds: every stdout line valid UTF-8 and a JSON object with
/// every article field; every stderr line a JSON error; exactly one article or one error per input, in input order
/// (each stream in order, every answer matched to its input); counts by error id; InternalErrors set apart.
/// </summary>
public sealed class OutputCheck
{
    private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    private static readonly string[] ArticleFieldNames =
    {
        "SourcePath", "SourceId", "Url", "Title", "Body", "PublishedAt", "ModifiedAt", "ScrapedAt", "Site", "Source", "Byline",
        "Keywords", "RelatedTitles", "EmbeddedArticles", "Encoding", "WordCount", "IsValid", "ValidationIssues", "Findings",
    };

    public List<string> Problems { get; } = new List<string>();

    public long Articles { get; private set; }

    /// <summary>Article lines holding a string with a lone surrogate escape.</summary>
    public long LoneSurrogateLines { get; private set; }

    public SortedDictionary<string, long> ErrorsById { get; } = new SortedDictionary<string, long>(StringComparer.Ordinal);

    public List<InternalErrorCase> InternalErrors { get; } = new List<InternalErrorCase>();

    public static OutputCheck Run(IReadOnlyList<ExpectedInput> expected, byte[] stdout, byte[] stderr, KnownCrashes known) =>
        Run(expected, new MemoryStream(stdout), stderr, known);

    /// <summary>As above, reading the articles from a stream (the long mode's output file can exceed 2 GB).</summary>
    public static OutputCheck Run(IReadOnlyList<ExpectedInput> expected, Stream stdout, byte[] stderr, KnownCrashes known)
    {
        var check = new OutputCheck();
        var articles = check.ReadArticles(stdout);
        var errors = check.ReadErrors(stderr);
        check.Match(expected, articles, errors, known);
        return check;
    }

    private static bool Decodes(JsonElement value)
    {
        try
        {
            value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static IEnumerable<byte[]> Lines(byte[] bytes) => Lines(new MemoryStream(bytes));

    /// <summary>The lines of a stream without their line feeds (a last line without one too).</summary>
    private static IEnumerable<byte[]> Lines(Stream stream)
    {
        var line = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == (byte)'\n')
                {
                    line.Write(buffer, start, i - start);
                    yield return line.ToArray();
                    line.SetLength(0);
                    start = i + 1;
                }
            }

            line.Write(buffer, start, read - start);
        }

        if (line.Length > 0)
        {
            yield return line.ToArray();
        }
    }

    private void Problem(string message)
    {
        // enough to see what went wrong without flooding the test log
        if (Problems.Count < 50)
        {
            Problems.Add(message);
        }
    }

    private List<(string? Path, string? Id)> ReadArticles(Stream stdout)
    {
        var list = new List<(string?, string?)>();
        var number = 0;
        if (stdout.CanSeek && stdout.Length > 0)
        {
            stdout.Seek(-1, SeekOrigin.End);
            if (stdout.ReadByte() != (byte)'\n')
            {
                Problem("stdout does not end with a line feed");
            }

            stdout.Seek(0, SeekOrigin.Begin);
        }

        foreach (var line in Lines(stdout))
        {
            number++;
            try
            {
                StrictUtf8.GetString(line);
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    Problem($"stdout line {number} is not a JSON object");
                    continue;
                }

                var names = root.EnumerateObject().Select(p => p.Name).ToList();
                if (!names.SequenceEqual(ArticleFieldNames))
                {
                    Problem($"stdout line {number} has fields {string.Join(",", names)}");
                }

                // RFC 8259 lets a \u escape name a lone surrogate (the writer keeps them, so nothing is lost); strict
                // readers (System.Text.Json's GetString, serde_json) refuse such strings: counted, not a failure.
                if (root.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.String && !Decodes(p.Value)))
                {
                    LoneSurrogateLines++;
                }

                list.Add((root.GetProperty("SourcePath").GetString(), root.GetProperty("SourceId").GetString()));
            }
            catch (Exception ex) when (ex is JsonException || ex is DecoderFallbackException || ex is InvalidOperationException || ex is KeyNotFoundException)
            {
                Problem($"stdout line {number} is not valid JSON/UTF-8: {ex.Message}");
                list.Add((null, null));
            }
        }

        return list;
    }

    private List<(string Id, string? Path, long? Line, string Message)> ReadErrors(byte[] stderr)
    {
        var list = new List<(string, string?, long?, string)>();
        var number = 0;
        foreach (var line in Lines(stderr))
        {
            number++;
            try
            {
                using var json = JsonDocument.Parse(StrictUtf8.GetString(line));
                var root = json.RootElement;
                var line64 = root.GetProperty("line").ValueKind == JsonValueKind.Null ? (long?)null : root.GetProperty("line").GetInt64();
                list.Add((root.GetProperty("error").GetString()!, root.GetProperty("path").GetString(), line64, root.GetProperty("message").GetString()!));
            }
            catch (Exception ex) when (ex is JsonException || ex is DecoderFallbackException || ex is InvalidOperationException || ex is KeyNotFoundException || ex is FormatException)
            {
                var text = Encoding.UTF8.GetString(line);
                Problem($"stderr line {number} is not a JSON error ({ex.Message}): {text.Substring(0, Math.Min(300, text.Length))}");
            }
        }

        return list;
    }

    private void Match(IReadOnlyList<ExpectedInput> expected, List<(string? Path, string? Id)> articles, List<(string Id, string? Path, long? Line, string Message)> errors, KnownCrashes known)
    {
        var a = 0;
        var e = 0;
        Articles = articles.Count;

        foreach (var error in errors)
        {
            ErrorsById[error.Id] = ErrorsById.TryGetValue(error.Id, out var n) ? n + 1 : 1;
        }

        Dictionary<string, int>? later = null;
        for (var index = 0; index < expected.Count; index++)
        {
            var input = expected[index];
            if (input.DamagedDumpIds is not null)
            {
                later ??= Later(expected);
                MatchDamaged(input, index, later, articles, errors, known, ref a, ref e);
                continue;
            }

            // a file's article names the file (its SourceId is whatever the document says); a record's names its id
            var isArticle = a < articles.Count && (input.Id is null
                ? articles[a].Path == input.Path
                : articles[a].Id == input.Id && articles[a].Path is null);
            var isError = e < errors.Count && errors[e].Path == input.Path && errors[e].Line == input.Line;
            if (isArticle && input.Expectation != LineExpectation.Error)
            {
                a++;
            }
            else if (isError)
            {
                if (errors[e].Id == "InternalError")
                {
                    InternalErrors.Add(new InternalErrorCase { Input = input, Message = errors[e].Message, Known = known.Match(errors[e].Message) });
                }

                e++;
            }
            else
            {
                Problem($"no answer in order for {Describe(input)} (next article {articles.ElementAtOrDefault(a)}, next error {errors.ElementAtOrDefault(e)})");
                return;
            }
        }

        if (a != articles.Count || e != errors.Count)
        {
            Problem($"{articles.Count - a} articles and {errors.Count - e} errors answer no input (next article {articles.ElementAtOrDefault(a)}, next error {errors.ElementAtOrDefault(e)})");
        }
    }

    /// <summary>
    /// A damaged gzip dump: its articles are whatever inflated before the damage was seen (a flipped bit can change an
    /// id too), so every record article up to the next input's answer is taken as its; then its errors, the last of
    /// which must report the damage.
    /// </summary>
    private void MatchDamaged(ExpectedInput input, int index, Dictionary<string, int> inputOf, List<(string? Path, string? Id)> articles, List<(string Id, string? Path, long? Line, string Message)> errors, KnownCrashes known, ref int a, ref int e)
    {
        while (a < articles.Count && articles[a].Path is null && !(articles[a].Id is { } id && inputOf.TryGetValue(id, out var owner) && owner > index))
        {
            a++;
        }

        var first = e;
        while (e < errors.Count && errors[e].Path == input.Path)
        {
            e++;
        }

        if (e == first || errors[e - 1].Line is not null)
        {
            Problem($"the damage of {Describe(input)} was not reported as an error ending that dump");
        }
        else if (errors[e - 1].Id != "FileReadFailed")
        {
            Problem($"the damage of {Describe(input)} was reported as {errors[e - 1].Id}, not FileReadFailed");
        }

        for (var i = first; i < e; i++)
        {
            // a record inflated before the damage was seen is cleaned like any other: a known crash counts as known
            if (errors[i].Id == "InternalError")
            {
                InternalErrors.Add(new InternalErrorCase { Input = input, Message = errors[i].Message, Known = known.Match(errors[i].Message) });
            }
        }
    }

    /// <summary>Which input each record id answers (the ids of a damaged dump excepted: they answer it as a whole).</summary>
    private static Dictionary<string, int> Later(IReadOnlyList<ExpectedInput> expected)
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i].Id is { } id)
            {
                owners[id] = i;
            }
        }

        return owners;
    }

    public static string Describe(ExpectedInput input) =>
        input.Path + (input.Line is null ? string.Empty : ":" + input.Line) + (input.Id is null ? string.Empty : " (" + input.Id + ")") + " [" + input.Kind + "]";
}
