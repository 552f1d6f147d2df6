using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using NewsClean.Core.Model;

namespace NewsClean.Dumps;

/// <summary>
/// File names for articles written one file each: the source file's name (or the record id) with the given extension,
/// made safe for Windows, macOS and Linux file systems (reserved device names, controls and bidi marks, NFC, a byte-length
/// limit) and unique within one export, compared without case ("name.txt", "name-2.txt", ...).
/// Deterministic: the same articles in the same order get the same names.
/// </summary>
public sealed class ArticleFileNamer
{
    /// <summary>
    /// File systems limit a name to 255 bytes (ext4, APFS; NTFS to 255 UTF-16 units): the stem keeps at most 200 UTF-8
    /// bytes, so the extension and a "-N" suffix always fit.
    /// </summary>
    private const int MaxStemBytes = 200;

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

        // One form for one name: macOS stores NFD, so "é" written two ways would otherwise be two files there, one elsewhere.
        var normalized = stem.Trim().Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            // Controls, and format characters: bidi overrides and isolates (a name that reads "txt.exe" backwards), zero-width marks.
            var unsafeChar = Array.IndexOf(Invalid, c) >= 0 || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
            builder.Append(unsafeChar ? '_' : c);
        }

        var result = TrimToBytes(builder.ToString().Trim('.', ' '), MaxStemBytes).TrimEnd('.', ' ');
        if (IsWindowsDeviceName(result))
        {
            result = "_" + result;
        }

        return result;
    }

    /// <summary>
    /// Names Windows opens as devices whatever follows the first dot ("NUL.txt", "con .x"): CON, PRN, AUX, NUL, CONIN$,
    /// CONOUT$, COM0-9 and LPT0-9 (with the superscript digits ¹²³ too), in any case.
    /// </summary>
    internal static bool IsWindowsDeviceName(string name)
    {
        var dot = name.IndexOf('.');
        var stem = (dot >= 0 ? name.Substring(0, dot) : name).TrimEnd(' ').ToUpperInvariant();
        switch (stem)
        {
            case "CON":
            case "PRN":
            case "AUX":
            case "NUL":
            case "CONIN$":
            case "CONOUT$":
                return true;
        }

        return stem.Length == 4
            && (stem.StartsWith("COM", StringComparison.Ordinal) || stem.StartsWith("LPT", StringComparison.Ordinal))
            && (char.IsDigit(stem[3]) || stem[3] == '\u00B9' || stem[3] == '\u00B2' || stem[3] == '\u00B3');
    }

    /// <summary>The longest prefix of at most <paramref name="maxBytes"/> UTF-8 bytes that does not split a surrogate pair.</summary>
    private static string TrimToBytes(string value, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(value) <= maxBytes)
        {
            return value;
        }

        var bytes = 0;
        var i = 0;
        while (i < value.Length)
        {
            var width = char.IsHighSurrogate(value[i]) && i + 1 < value.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(value.ToCharArray(i, width));
            if (bytes + size > maxBytes)
            {
                break;
            }

            bytes += size;
            i += width;
        }

        return value.Substring(0, i);
    }
}
