using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace NewsClean.Analyzers.Tests;

/// <summary>Fixture files and the ways a compiler may hand them to the analyzer.</summary>
internal static class Fixture
{
    /// <summary>What the compiler reads a valid UTF-8 file with: strict UTF-8.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The compiler's fallback on Linux and macOS for bytes that are not UTF-8: UTF-8 with U+FFFD.</summary>
    public static readonly Encoding LossyUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static Fixture()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => StrictUtf8.GetString(Bytes(name));

    /// <summary>The compiler's fallback on Windows: the ANSI code page (1252 on most machines), or a project's CodePage.</summary>
    public static Encoding CodePage(int codePage) => Encoding.GetEncoding(codePage);

    /// <summary>The text as the compiler would decode <paramref name="bytes"/> with <paramref name="encoding"/>.</summary>
    public static SourceText Decoded(byte[] bytes, Encoding encoding) => SourceText.From(bytes, bytes.Length, encoding);

    public static string WithCrlf(string text) => text.Replace("\n", "\r\n", StringComparison.Ordinal);

    public static IReadOnlyList<ExpectedDiagnostic> Expected(string name) =>
        File.ReadAllLines(PathOf(name), Encoding.UTF8)
            .Where(line => line.Length > 0)
            .Select(ExpectedDiagnostic.Parse)
            .ToArray();
}
