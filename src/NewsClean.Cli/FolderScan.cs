using System;
using System.Collections.Generic;
using System.IO;

namespace NewsClean.Cli;

/// <summary>
/// The files of a folder scan, sorted by ordinal path. Symbolic links never take the scan out of the folder it was given,
/// unless asked: without <c>followSymlinks</c> a link to a folder is not entered and a link to a file is taken only when
/// its target is inside the folder; with it, links are followed and a folder reached twice (a loop, or two links to one
/// place) is scanned once. Hidden and system entries are skipped, unreadable folders too.
/// </summary>
internal static class FolderScan
{
    public static List<string> Files(string root, IReadOnlyList<string> extensions, bool followSymlinks)
    {
        var rootFull = Path.GetFullPath(root);
        var rootReal = RealPath(new DirectoryInfo(rootFull)) ?? rootFull;
        var files = new List<string>();
        var visited = new HashSet<string>(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase) { rootReal };
        var pending = new Stack<string>();
        pending.Push(rootFull);
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options))
            {
                var isLink = entry.LinkTarget is not null;
                if (entry is DirectoryInfo directory)
                {
                    if (isLink && !followSymlinks)
                    {
                        continue;
                    }

                    var real = RealPath(directory);
                    if (real is not null && visited.Add(real))
                    {
                        pending.Push(directory.FullName);
                    }

                    continue;
                }

                if (!HasExtension(entry.Name, extensions))
                {
                    continue;
                }

                if (isLink && !followSymlinks && !IsInside(RealPath(entry), rootReal))
                {
                    continue;
                }

                files.Add(entry.FullName);
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static bool HasExtension(string name, IReadOnlyList<string> extensions)
    {
        foreach (var extension in extensions)
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Most links followed while resolving one path (the kernel's own limit is 40).</summary>
    private const int MaxLinkHops = 40;

    /// <summary>
    /// Where <paramref name="entry"/> really is: every folder on its path and the entry itself resolved through their
    /// links (as realpath(3) does), or null when a link dangles or loops. A link to "dir-link/file" whose dir-link leads
    /// out of the folder is out of the folder.
    /// </summary>
    private static string? RealPath(FileSystemInfo entry)
    {
        try
        {
            var hops = 0;
            var real = Resolve(Path.GetFullPath(entry.FullName), ref hops);
            return real is not null && (File.Exists(real) || Directory.Exists(real)) ? real.TrimEnd(Path.DirectorySeparatorChar) : null;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException)
        {
            return null; // a link loop (ELOOP) or an unreadable link
        }
    }

    private static string? Resolve(string fullPath, ref int hops)
    {
        var root = Path.GetPathRoot(fullPath) ?? string.Empty;
        var current = root;
        foreach (var part in fullPath.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return null;
            }

            var resolved = Resolve(Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target)), ref hops);
            if (resolved is null)
            {
                return null;
            }

            current = resolved;
        }

        return current;
    }

    private static bool IsInside(string? path, string root) =>
        path is not null && (path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || path == root);
}
