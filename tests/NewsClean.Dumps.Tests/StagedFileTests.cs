using System;
using System.IO;
using System.Text;
using Xunit;

namespace NewsClean.Dumps.Tests;

public sealed class StagedFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsclean-staged-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void NothingIsAtTheDestinationUntilCommit()
    {
        var destination = Path.Combine(_folder, "out.jsonl");
        using (var staged = new StagedFile(destination))
        {
            staged.Stream.Write(Encoding.UTF8.GetBytes("{}\n"));
            Assert.False(File.Exists(destination));
            Assert.True(File.Exists(staged.TemporaryPath));
            Assert.Equal(_folder, Path.GetDirectoryName(staged.TemporaryPath));

            staged.Commit(overwrite: false);
        }

        Assert.Equal("{}\n", File.ReadAllText(destination));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void DisposingWithoutCommitLeavesNoFileBehind()
    {
        var destination = Path.Combine(_folder, "out.jsonl");
        using (var staged = new StagedFile(destination))
        {
            staged.Stream.WriteByte(1);
        }

        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void AnExistingFileIsKeptUnlessOverwriteIsAsked()
    {
        var destination = Path.Combine(_folder, "out.jsonl");
        File.WriteAllText(destination, "old");

        using (var staged = new StagedFile(destination))
        {
            staged.Stream.WriteByte((byte)'x');
            Assert.Throws<IOException>(() => staged.Commit(overwrite: false));
        }

        Assert.Equal("old", File.ReadAllText(destination));
        Assert.Single(Directory.GetFiles(_folder));

        using (var staged = new StagedFile(destination))
        {
            staged.Stream.WriteByte((byte)'n');
            staged.Commit(overwrite: true);
        }

        Assert.Equal("n", File.ReadAllText(destination));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void ASealedFileHoldsNoHandleAndIsCommittedLater()
    {
        var destination = Path.Combine(_folder, "a.txt");
        using var staged = new StagedFile(destination);
        staged.Stream.WriteByte((byte)'a');

        staged.Seal();

        Assert.Throws<ObjectDisposedException>(() => staged.Stream);
        using (File.Open(staged.TemporaryPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            // Opening it exclusively works: the writer let go of it.
        }

        staged.Commit(overwrite: false);
        Assert.Equal("a", File.ReadAllText(destination));
        Assert.Throws<InvalidOperationException>(() => staged.Commit(overwrite: true));
    }
}
