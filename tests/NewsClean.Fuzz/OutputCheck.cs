using System;
using System.Collections.Generic;
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

    public static OutputCheck Run(IReadOnlyList<ExpectedInput> expected, byte[] stdout, byte[] stderr, KnownCrashes known)
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

    private static IEnumerable<byte[]> Lines(byte[] bytes)
    {
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                yield return bytes.AsSpan(start, i - start).ToArray();
                start = i + 1;
            }
        }

        if (start < bytes.Length)
        {
            yield return bytes.AsSpan(start).ToArray();
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

    private List<(string? Path, string? Id)> ReadArticles(byte[] stdout)
    {
        var list = new List<(string?, string?)>();
        var number = 0;
        if (stdout.Length > 0 && stdout[^1] != (byte)'\n')
        {
            Problem("stdout does not end with a line feed");
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

        foreach (var input in expected)
        {
            if (input.DamagedDumpIds is { } ids)
            {
                MatchDamaged(input, ids, articles, errors, ref a, ref e);
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

    private void MatchDamaged(ExpectedInput input, IReadOnlyList<string> ids, List<(string? Path, string? Id)> articles, List<(string Id, string? Path, long? Line, string Message)> errors, ref int a, ref int e)
    {
        var position = 0;
        while (a < articles.Count && articles[a].Path is null && articles[a].Id is { } id)
        {
            var at = IndexOf(ids, id, position);
            if (at < 0)
            {
                break;
            }

            position = at + 1;
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
            if (errors[i].Id == "InternalError")
            {
                Problem($"InternalError in the damaged dump {Describe(input)}: {errors[i].Message}");
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id, int from)
    {
        for (var i = from; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }

        return -1;
    }

    public static string Describe(ExpectedInput input) =>
        input.Path + (input.Line is null ? string.Empty : ":" + input.Line) + (input.Id is null ? string.Empty : " (" + input.Id + ")") + " [" + input.Kind + "]";
}
