namespace NewsClean.Cli;

/// <summary>What the process exit code says.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was cleaned.</summary>
    public const int Success = 0;

    /// <summary>Some documents (or paths, or dump records) failed; each has an error line on stderr. The rest were written.</summary>
    public const int DocumentsFailed = 1;

    /// <summary>The command line is wrong (unknown option, bad value); nothing was read.</summary>
    public const int Usage = 2;

    /// <summary>
    /// The reader of standard output went away (<c>newsclean clean ... | head -1</c>): stopped at once, with no error line,
    /// as 128 + SIGPIPE, the status a shell reports for Unix tools that stop the same way.
    /// </summary>
    public const int BrokenPipe = 141;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it); no output file was written.</summary>
    public const int Canceled = 130;

    /// <summary>Stopped by SIGTERM (128 + 15); like Ctrl+C, no output file was written and its temp file is removed.</summary>
    public const int Terminated = 143;
}
