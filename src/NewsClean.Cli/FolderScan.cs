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

                    var real = isLink ? RealPath(directory) : directory.FullName;
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

    /// <summary>The final target of a link chain (null when it dangles or loops), or the entry's own path.</summary>
    private static string? RealPath(FileSystemInfo entry)
    {
        try
        {
            var target = entry.LinkTarget is null ? entry : entry.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } ? Path.GetFullPath(target.FullName).TrimEnd(Path.DirectorySeparatorChar) : null;
        }
        catch (IOException)
        {
            return null; // a link loop (ELOOP) or an unreadable link
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsInside(string? path, string root) =>
        path is not null && (path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || path == root);
}
