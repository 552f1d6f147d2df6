using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using DriveNotFoundException = System.Management.Automation.DriveNotFoundException;

namespace NewsClean.PowerShell;

/// <summary>
/// Turns <c>-Path</c> (wildcards) and <c>-LiteralPath</c> values into full paths of existing files through the
/// session's provider intrinsics, so relative paths follow the PowerShell location, not the process directory.
/// Only the FileSystem provider is accepted. A bad value is reported through the callback and yields no file.
/// </summary>
internal sealed class FileSystemPathResolver
{
    private const string FileSystemProviderName = "FileSystem";

    private readonly PathIntrinsics _paths;

    public FileSystemPathResolver(SessionState sessionState)
    {
        if (sessionState is null)
        {
            throw new ArgumentNullException(nameof(sessionState));
        }

        _paths = sessionState.Path;
    }

    public IReadOnlyList<string> Resolve(string path, bool isLiteral, Action<ErrorRecord> reportError)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (reportError is null)
        {
            throw new ArgumentNullException(nameof(reportError));
        }

        ProviderInfo provider;
        IEnumerable<string> candidates;
        try
        {
            candidates = isLiteral
                ? new[] { _paths.GetUnresolvedProviderPathFromPSPath(path, out provider, out _) }
                : _paths.GetResolvedProviderPathFromPSPath(path, out provider);
        }
        catch (ItemNotFoundException ex)
        {
            reportError(new ErrorRecord(ex, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, path));
            return Array.Empty<string>();
        }
        catch (DriveNotFoundException ex)
        {
            reportError(new ErrorRecord(ex, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, path));
            return Array.Empty<string>();
        }
        catch (ProviderNotFoundException ex)
        {
            reportError(new ErrorRecord(ex, ErrorIds.NotFileSystemPath, ErrorCategory.InvalidArgument, path));
            return Array.Empty<string>();
        }

        if (!string.Equals(provider.Name, FileSystemProviderName, StringComparison.OrdinalIgnoreCase))
        {
            reportError(new ErrorRecord(
                new ArgumentException($"Cannot clean '{path}': it is a {provider.Name} path, and only file system paths are supported."),
                ErrorIds.NotFileSystemPath,
                ErrorCategory.InvalidArgument,
                path));
            return Array.Empty<string>();
        }

        // Directories matched by a wildcard are skipped quietly (like `Get-Content *`'s files); named directly they are an error.
        var hasWildcards = !isLiteral && WildcardPattern.ContainsWildcardCharacters(path);
        var files = new List<string>();
        foreach (var candidate in candidates)
        {
            if (Directory.Exists(candidate))
            {
                if (!hasWildcards)
                {
                    reportError(new ErrorRecord(
                        new IOException($"Cannot clean '{candidate}': it is a directory. Use a wildcard such as '{System.IO.Path.Combine(path, "*.txt")}' or pipe Get-ChildItem."),
                        ErrorIds.PathIsDirectory,
                        ErrorCategory.InvalidArgument,
                        path));
                }

                continue;
            }

            if (!File.Exists(candidate))
            {
                reportError(NotFound(path, $"Cannot find file '{candidate}' because it does not exist."));
                continue;
            }

            files.Add(candidate);
        }

        if (files.Count == 0 && hasWildcards)
        {
            reportError(NotFound(path, $"No file matches '{path}'."));
        }

        return files;
    }

    private static ErrorRecord NotFound(string path, string message) =>
        new ErrorRecord(new ItemNotFoundException(message), ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, path);
}
