#!/usr/bin/env pwsh
# Get-CleanArticle end to end in pwsh: documents/s with -ThrottleLimit 1 and 2 over seed-sized documents (~9 KB)
# built from the bundled samples, median of several runs. Usage: bench/pwsh-end-to-end.ps1 -Module out/NewsClean/NewsClean.psd1
param(
    [Parameter(Mandatory)][string]$Module,
    [int]$Documents = 10000,
    [int]$Runs = 5,
    [string]$WorkDir = (Join-Path $PSScriptRoot '../out/bench/seed-sized')
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$samples = @(Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot '../samples') -Filter '*.txt' | Sort-Object Name | ForEach-Object { [IO.File]::ReadAllText($_.FullName) })
if (-not (Test-Path -LiteralPath $WorkDir)) {
    $null = New-Item -ItemType Directory -Path $WorkDir
    $utf8 = [Text.UTF8Encoding]::new($false)
    for ($i = 0; $i -lt $Documents; $i++) {
        # one sample's header and footer around enough article paragraphs to reach the seed's size
        $text = $samples[$i % $samples.Count]
        $k = 1
        while ($utf8.GetByteCount($text) -lt 9000) { $text += "`n`n" + ($samples[($i + $k) % $samples.Count] -split "`n`n" | Where-Object { $_.Length -gt 120 }) -join "`n`n"; $k++ }
        [IO.File]::WriteAllText((Join-Path $WorkDir ('doc-{0:d5}.txt' -f $i)), $text, $utf8)
    }
}

Import-Module (Resolve-Path -LiteralPath $Module).Path
$files = Join-Path $WorkDir '*.txt'
$null = Get-CleanArticle -Path (Join-Path $WorkDir 'doc-0000*.txt')   # warm-up: JIT and compiled regexes
$bytes = (Get-ChildItem -Path $files | Measure-Object Length -Sum).Sum
foreach ($limit in 1, 2) {
    $rates = foreach ($run in 1..$Runs) {
        $count = 0
        $watch = [Diagnostics.Stopwatch]::StartNew()
        Get-CleanArticle -Path $files -ThrottleLimit $limit | ForEach-Object { $count++ }
        $count / $watch.Elapsed.TotalSeconds
    }
    $median = ($rates | Sort-Object)[[int][math]::Floor($Runs / 2)]
    'Get-CleanArticle -ThrottleLimit {0}: median {1:n0} documents/s over {2} runs of {3:n0} documents ({4:n1} KB average)' -f $limit, $median, $Runs, $Documents, ($bytes / $Documents / 1KB)
}
