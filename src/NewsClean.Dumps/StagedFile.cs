using System;
using System.IO;

namespace NewsClean.Dumps;

/// <summary>
/// A file written under a temporary name beside its destination and renamed into place by <see cref="Commit"/>, so
/// readers never see half a file and an interrupted run leaves the old file as it was. Disposing without committing
/// deletes the temporary file.
/// </summary>
public sealed class StagedFile : IDisposable
{
    private const int BufferSize = 64 * 1024;

    private FileStream? _stream;
    private bool _committed;

    /// <param name="destinationPath">The full path the file gets on <see cref="Commit"/>; its folder must exist.</param>
    public StagedFile(string destinationPath)
    {
        if (string.IsNullOrEmpty(destinationPath))
        {
            throw new ArgumentException("A destination path is required.", nameof(destinationPath));
        }

        DestinationPath = Path.GetFullPath(destinationPath);
        var folder = Path.GetDirectoryName(DestinationPath) ?? throw new ArgumentException("The destination has no folder.", nameof(destinationPath));

        // Hidden on Unix (leading dot), and unmistakably temporary everywhere.
        TemporaryPath = Path.Combine(folder, "." + Path.GetFileName(DestinationPath) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
        _stream = new FileStream(TemporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);
    }

    public string DestinationPath { get; }

    public string TemporaryPath { get; }

    /// <summary>Where to write until <see cref="Seal"/> or <see cref="Commit"/>; owned by this object.</summary>
    public Stream Stream => _stream ?? throw new ObjectDisposedException(nameof(StagedFile), "The file is sealed or disposed.");

    /// <summary>
    /// Flushes the file to disk and closes it, keeping it under its temporary name until <see cref="Commit"/>: many
    /// files can wait for their commit without holding a handle each.
    /// </summary>
    public void Seal()
    {
        if (_stream is null)
        {
            return;
        }

        var stream = _stream;
        _stream = null;
        using (stream)
        {
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>
    /// Seals the file and renames it into place. Without <paramref name="overwrite"/>, an existing destination makes
    /// this throw <see cref="IOException"/> and the temporary file stays until <see cref="Dispose"/>.
    /// </summary>
    public void Commit(bool overwrite)
    {
        if (_committed)
        {
            throw new InvalidOperationException("The file was already committed.");
        }

        Seal();
        if (overwrite && File.Exists(DestinationPath))
        {
            File.Replace(TemporaryPath, DestinationPath, destinationBackupFileName: null);
        }
        else
        {
            File.Move(TemporaryPath, DestinationPath);
        }

        _committed = true;
    }

    public void Dispose()
    {
        var stream = _stream;
        _stream = null;
        try
        {
            // Closing flushes what is buffered: on a full disk that throws again, and the temporary file must still go.
            stream?.Dispose();
        }
        catch (IOException) when (!_committed)
        {
        }

        if (!_committed)
        {
            try
            {
                File.Delete(TemporaryPath);
            }
            catch (IOException)
            {
                // Best effort: a temporary file left behind is harmless and visibly named.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
