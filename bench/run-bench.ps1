#!/usr/bin/env pwsh
# Engine and CLI benchmarks (build.ps1 -Task Bench). Corpora are generated from the project's own fixtures into
# out/bench, never into git.
#   dotnet pwsh bench/run-bench.ps1                  # everything: BenchmarkDotNet ShortRun, engine on 100 MB, CLI on 10 MB / 100 MB / 1 GB
#   dotnet pwsh bench/run-bench.ps1 -SizesMB 10,100  # without the 1 GB run
#   dotnet pwsh bench/run-bench.ps1 -SkipBenchmarkDotNet -SizesMB 10
# Results: the console, and out/bench/results.json.
[CmdletBinding()]
param(
    [ValidateSet('Debug', 'Release')]
    [string]$Configuration = 'Release',

    # Sizes of the JSONL dumps the CLI is measured on, in MB (10^6 bytes).
    [ValidateRange(1, 100000)]
    [int[]]$SizesMB = @(10, 100, 1000),

    # Size of the dump the engine's one-core throughput is measured on.
    [ValidateRange(1, 100000)]
    [int]$EngineCorpusMB = 100,

    # --threads for the CLI runs.
    [ValidateRange(1, 256)]
    [int]$Threads = [Environment]::ProcessorCount,

    [switch]$SkipBenchmarkDotNet,

    [switch]$NoBuild
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

$Root = Split-Path -Parent $PSScriptRoot
$OutDir = Join-Path $Root 'out/bench'
$BenchProject = Join-Path $Root 'bench/NewsClean.Engine.Benchmarks/NewsClean.Engine.Benchmarks.csproj'
$CliProject = Join-Path $Root 'src/NewsClean.Cli/NewsClean.Cli.csproj'
$BenchDll = Join-Path $Root "bench/NewsClean.Engine.Benchmarks/bin/$Configuration/net10.0/NewsClean.Engine.Benchmarks.dll"
$CliDll = Join-Path $Root "src/NewsClean.Cli/bin/$Configuration/net10.0/newsclean.dll"
$TimeTool = '/usr/bin/time'
$PeakMemoryTargetMB = 200

function Invoke-Checked {
    param([Parameter(Mandatory)][string]$FilePath, [string[]]$ArgumentList = @())
    Write-Host "> $FilePath $($ArgumentList -join ' ')" -ForegroundColor DarkGray
    & $FilePath @ArgumentList | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "'$FilePath $($ArgumentList -join ' ')' failed with exit code $LASTEXITCODE." }
}

# Reads what GNU time -v wrote: wall-clock seconds and peak resident set size in MB.
function Read-TimeReport {
    param([Parameter(Mandatory)][string]$Path)
    $text = Get-Content -LiteralPath $Path -Raw
    $wall = [regex]::Match($text, 'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)')
    $rss = [regex]::Match($text, 'Maximum resident set size \(kbytes\): (\d+)')
    $cpu = [regex]::Match($text, 'Percent of CPU this job got: (\d+)%')
    if (-not $wall.Success -or -not $rss.Success) { throw "Cannot read $Path" }
    $hours = if ($wall.Groups[1].Success) { [double]$wall.Groups[1].Value } else { 0 }
    [pscustomobject]@{
        Seconds = $hours * 3600 + [double]$wall.Groups[2].Value * 60 + [double]::Parse($wall.Groups[3].Value, [cultureinfo]::InvariantCulture)
        PeakMB  = [double]$rss.Groups[1].Value / 1024
        CpuPercent = if ($cpu.Success) { [int]$cpu.Groups[1].Value } else { $null }
    }
}

$null = New-Item -ItemType Directory -Path $OutDir -Force
if (-not $NoBuild) {
    Invoke-Checked dotnet @('build', $CliProject, '-c', $Configuration, '-nologo', '-v', 'minimal')
    Invoke-Checked dotnet @('build', $BenchProject, '-c', $Configuration, '-nologo', '-v', 'minimal')
}

# Corpora: generated once, kept in out/bench for the next run.
$needed = @($SizesMB) + $EngineCorpusMB | Sort-Object -Unique
$missing = @($needed | Where-Object { -not (Test-Path -LiteralPath (Join-Path $OutDir "dump-$($_)mb.jsonl")) })
if ($missing) {
    Invoke-Checked dotnet (@($BenchDll, 'generate', '--out', $OutDir, '--mb') + ($missing | ForEach-Object { "$_" }))
}

$results = [ordered]@{ Machine = "$([Environment]::ProcessorCount) cores, $([Runtime.InteropServices.RuntimeInformation]::FrameworkDescription)"; Engine = $null; Cli = @() }

# 1. The engine alone, one thread, over the whole generated corpus.
Write-Host "== engine throughput on $EngineCorpusMB MB (one thread)" -ForegroundColor Cyan
$line = & dotnet $BenchDll throughput --corpus (Join-Path $OutDir "dump-$($EngineCorpusMB)mb.jsonl")
if ($LASTEXITCODE -ne 0) { throw "throughput failed with exit code $LASTEXITCODE" }
$line | Out-Host
$results.Engine = "$line"

# 2. BenchmarkDotNet: the engine, the reader and the writer on a 1 MB slice (ShortRun job: 3 warm-ups, 3 iterations).
if (-not $SkipBenchmarkDotNet) {
    Write-Host '== BenchmarkDotNet (ShortRun)' -ForegroundColor Cyan
    Push-Location -LiteralPath (Split-Path $BenchProject)
    try {
        Invoke-Checked dotnet @($BenchDll, 'engine')
    } finally {
        Pop-Location
    }
}

# 3. The CLI end to end on each dump: wall time, documents per second, peak memory.
if (-not (Test-Path -LiteralPath $TimeTool)) {
    throw "$TimeTool is missing (Debian package 'time'): it measures the peak memory of the CLI runs."
}

foreach ($size in $SizesMB) {
    $dump = Join-Path $OutDir "dump-$($size)mb.jsonl"
    $output = Join-Path $OutDir "clean-$($size)mb.jsonl"
    $report = Join-Path $OutDir "time-$($size)mb.txt"
    Write-Host "== newsclean clean on $size MB (--threads $Threads)" -ForegroundColor Cyan
    Invoke-Checked $TimeTool @('-v', '-o', $report, 'dotnet', $CliDll, 'clean', $dump, '-o', $output, '--threads', "$Threads")
    $time = Read-TimeReport -Path $report
    $records = [Linq.Enumerable]::Count([IO.File]::ReadLines($dump))
    $articles = [Linq.Enumerable]::Count([IO.File]::ReadLines($output))
    $inputMB = (Get-Item -LiteralPath $dump).Length / 1e6
    $outputMB = (Get-Item -LiteralPath $output).Length / 1e6
    Remove-Item -LiteralPath $output
    $row = [pscustomobject]@{
        SizeMB     = $size
        Records    = $records
        Articles   = $articles
        Seconds    = [math]::Round($time.Seconds, 1)
        DocsPerSec = [math]::Round($records / $time.Seconds)
        MBPerSec   = [math]::Round($inputMB / $time.Seconds, 2)
        PeakMB     = [math]::Round($time.PeakMB, 1)
        CpuPercent = $time.CpuPercent
        OutputMB   = [math]::Round($outputMB, 1)
    }
    $results.Cli += $row
    $row | Format-Table -AutoSize | Out-Host
}

if ($results.Cli.Count -gt 0) {
    Write-Host "== CLI growth (--threads $Threads)" -ForegroundColor Cyan
    $results.Cli | Format-Table SizeMB, Records, Seconds, DocsPerSec, MBPerSec, PeakMB, CpuPercent, OutputMB -AutoSize | Out-Host
    $largest = $results.Cli | Sort-Object SizeMB | Select-Object -Last 1
    $verdict = if ($largest.PeakMB -lt $PeakMemoryTargetMB) { 'within' } else { 'OVER' }
    Write-Host ("CLI on {0} MB: {1} docs/s, peak memory {2} MB ({3} the {4} MB target)" -f $largest.SizeMB, $largest.DocsPerSec, $largest.PeakMB, $verdict, $PeakMemoryTargetMB)
}

$results | ConvertTo-Json -Depth 4 | Set-Content -LiteralPath (Join-Path $OutDir 'results.json') -Encoding utf8
Write-Host "Results: $(Join-Path $OutDir 'results.json')"
