using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NewsClean.Core.Model;

namespace NewsClean.Dumps;

/// <summary>
/// File names for articles written one file each: the source file's name (or the record id) with the given extension,
/// made safe for Windows and Unix file systems and unique within one export ("name.txt", "name-2.txt", ...).
/// Deterministic: the same articles in the same order get the same names.
/// </summary>
public sealed class ArticleFileNamer
{
    private const int MaxStemLength = 100;

    // The Windows set, fixed here: Path.GetInvalidFileNameChars differs by platform, and names must not.
    private static readonly char[] Invalid = { '"', '<', '>', '|', ':', '*', '?', '\\', '/' };

    private readonly HashSet<string> _used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    private readonly string _extension;
    private int _unnamed;

    /// <param name="extension">With the dot, for example ".txt".</param>
    public ArticleFileNamer(string extension)
    {
        _extension = extension ?? throw new ArgumentNullException(nameof(extension));
    }

    public string Next(CleanArticle article)
    {
        if (article is null)
        {
            throw new ArgumentNullException(nameof(article));
        }

        string? stem = null;
        if (!string.IsNullOrWhiteSpace(article.SourcePath))
        {
            // Either separator, whatever the platform: a path written on Windows names the same file here.
            var path = article.SourcePath!.Replace('\\', '/');
            stem = Path.GetFileNameWithoutExtension(path.Substring(path.LastIndexOf('/') + 1));
        }
        else if (!string.IsNullOrWhiteSpace(article.SourceId))
        {
            stem = article.SourceId;
        }

        stem = Sanitize(stem);
        if (stem.Length == 0)
        {
            stem = "article-" + (++_unnamed).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        }

        var name = stem + _extension;
        for (var n = 2; !_used.Add(name); n++)
        {
            name = stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + _extension;
        }

        return name;
    }

    private static string Sanitize(string? stem)
    {
        if (stem is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(stem.Length);
        foreach (var c in stem.Trim())
        {
            builder.Append(Array.IndexOf(Invalid, c) >= 0 || char.IsControl(c) ? '_' : c);
        }

        var result = builder.ToString().Trim('.', ' ');
        if (result.Length > MaxStemLength)
        {
            result = result.Substring(0, MaxStemLength);
        }

        // Device names Windows will not create as files, whatever the extension.
        var upper = result.ToUpperInvariant();
        if (upper == "CON" || upper == "PRN" || upper == "AUX" || upper == "NUL" || (upper.Length == 4 && (upper.StartsWith("COM", StringComparison.Ordinal) || upper.StartsWith("LPT", StringComparison.Ordinal)) && char.IsDigit(upper[3])))
        {
            result = "_" + result;
        }

        return result;
    }
}
