using System;
using System.Collections.Generic;

namespace NewsClean.Cli;

/// <summary>The parsed command line of <c>newsclean clean</c>.</summary>
internal sealed class CleanOptions
{
    /// <summary>Files, folders and "-" (stdin), in the order given; empty means stdin.</summary>
    public List<string> Inputs { get; } = new List<string>();

    /// <summary>Where the output goes; null for stdout.</summary>
    public string? OutputPath { get; set; }

    public OutputFormat Format { get; set; } = OutputFormat.Jsonl;

    public InputMode Input { get; set; } = InputMode.Auto;

    public int Threads { get; set; } = Environment.ProcessorCount;

    public List<string> ExcludedRules { get; } = new List<string>();

    public bool Validate { get; set; }

    public bool ShowHelp { get; set; }

    /// <summary>Folder scans follow symbolic links to folders and to files outside the folder (loops are detected).</summary>
    public bool FollowSymlinks { get; set; }

    /// <summary>Items read ahead of the one being written: a few per worker keep them busy; more only costs memory.</summary>
    public int Window => Math.Max(4, Threads * 4);
}
