using System;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsClean.Html.Decoding;

/// <summary>Finds the charset a page declares (<c>&lt;meta charset&gt;</c>, <c>http-equiv</c> content type, XML declaration).</summary>
internal static class CharsetDeclaration
{
    // Browsers look at the first 1024 bytes; pages in the wild put the declaration later, after long comments or scripts.
    private const int PrescanLength = 8192;

    private static readonly Regex MetaCharset = new Regex(
        @"<meta\b[^>]{0,512}?\bcharset\s{0,4}=\s{0,4}[""']?\s{0,4}(?<name>[a-z0-9_:.\-]{1,40})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, NewsClean.Core.Text.RegexLimits.MatchTimeout);

    private static readonly Regex XmlEncoding = new Regex(
        @"^\s{0,16}<\?xml\b[^>]{0,200}?\bencoding\s{0,4}=\s{0,4}[""'](?<name>[a-z0-9_:.\-]{1,40})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, NewsClean.Core.Text.RegexLimits.MatchTimeout);

    /// <summary>The declared charset, normalised (utf-8, windows-1256, iso-8859-6, windows-1252, utf-16, or the name as written), or null.</summary>
    public static string? Find(byte[] bytes)
    {
        var length = Math.Min(bytes.Length, PrescanLength);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            var b = bytes[i];
            chars[i] = b < 0x80 ? (char)b : ' ';
        }

        return Find(new string(chars));
    }

    public static string? Find(string text)
    {
        var head = text.Length > PrescanLength ? text.Substring(0, PrescanLength) : text;
        try
        {
            var match = XmlEncoding.Match(head);
            if (!match.Success)
            {
                match = MetaCharset.Match(head);
            }

            return match.Success ? Normalize(match.Groups["name"].Value) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    public static string Normalize(string name)
    {
        var key = name.Trim().ToLowerInvariant().Replace('_', '-');
        switch (key)
        {
            case "utf-8":
            case "utf8":
            case "unicode-1-1-utf-8":
                return "utf-8";
            case "windows-1256":
            case "cp1256":
            case "x-cp1256":
            case "win-1256":
            case "windows1256":
                return "windows-1256";
            case "iso-8859-6":
            case "iso8859-6":
            case "iso-ir-127":
            case "arabic":
            case "asmo-708":
            case "ecma-114":
            case "csisolatinarabic":
            case "iso-8859-6-i":
            case "iso-8859-6-e":
                return SingleByteCodePages.Iso88596;
            case "iso-8859-1":
            case "iso8859-1":
            case "latin1":
            case "l1":
            case "us-ascii":
            case "ascii":
            case "windows-1252":
            case "cp1252":
            case "x-cp1252":
            case "cp819":
            case "ibm819":
                return SingleByteCodePages.Windows1252;
            case "utf-16":
            case "utf-16le":
            case "utf-16be":
            case "unicode":
                return "utf-16";
            default:
                return key;
        }
    }

    /// <summary>An encoding the runtime knows by that name (all code pages on .NET Framework, few on .NET), or null.</summary>
    public static Encoding? TryGetEncoding(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
