#!/usr/bin/env pwsh
# Build, test and try NewsClean. On a fresh machine:
#   dotnet tool restore
#   dotnet pwsh ./build.ps1                  # Build + Test; the last line is 'N passed, N failed'
#   dotnet pwsh ./build.ps1 -Task Demo       # build the module only, clean the bundled samples and show the articles
#   dotnet pwsh ./build.ps1 -Task Module     # build and publish the module alone (out/NewsClean)
#   dotnet pwsh ./build.ps1 -Task Score      # score against ../shared/corpus (skipped when absent)
#   dotnet pwsh ./build.ps1 -Task Bench      # HTML pages/s on one thread; engine and newsclean CLI benchmarks (bench/run-bench.ps1, corpora in out/bench);
#                                            # 1,000,000 hostile records through the CLI (tests/NewsClean.Fuzz long; -FuzzRecords N for another count)
#   dotnet pwsh ./build.ps1 -Task Package    # NewsClean.Analyzers.<version>.nupkg in out/packages
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Module', 'Test', 'Demo', 'Score', 'Bench', 'Package', 'Clean')]
    [string[]]$Task = @('Build', 'Test'),

    [ValidateSet('Debug', 'Release')]
    [string]$Configuration = 'Release',

    # -Task Bench: dump records the hostile-input generator's long mode sends through the CLI.
    [ValidateRange(1000, 100000000)]
    [int]$FuzzRecords = 1000000
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

$Root = $PSScriptRoot
$OutDir = Join-Path $Root 'out'
$ModuleDir = Join-Path $OutDir 'NewsClean'
$ModuleManifest = Join-Path $ModuleDir 'NewsClean.psd1'
$ModuleProject = Join-Path $Root 'src/NewsClean.PowerShell/NewsClean.PowerShell.csproj'
$TestResultsDir = Join-Path $OutDir 'test-results'
$SharedDir = Join-Path $Root '../shared'

# Runs a native command and fails on a non-zero exit code, unless -AllowFailure: then it returns the code.
function Invoke-Native {
    param(
        [Parameter(Mandatory)][string]$FilePath,
        [string[]]$ArgumentList = @(),
        [switch]$AllowFailure
    )
    $line = "> $FilePath $($ArgumentList -join ' ')" -replace '\s+', ' '
    if ($line.Length -gt 200) { $line = $line.Substring(0, 200) + '...' }
    Write-Host $line -ForegroundColor DarkGray
    & $FilePath @ArgumentList | Out-Host
    $code = $LASTEXITCODE
    if ($code -ne 0 -and -not $AllowFailure) {
        throw "'$FilePath $($ArgumentList -join ' ')' failed with exit code $code."
    }
    if ($AllowFailure) { $code }
}

# Runs a native command and returns its standard output as one string; fails on a non-zero exit code.
function Get-NativeOutput {
    param([Parameter(Mandatory)][string]$FilePath, [string[]]$ArgumentList = @())
    $output = & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) {
        throw "'$FilePath $($ArgumentList -join ' ')' failed with exit code $LASTEXITCODE`n$($output -join "`n")"
    }
    ($output -join "`n").Trim()
}

# Runs a script block in a child pwsh (so the binary module loads into a clean process) with the built module
# imported. Arguments are passed as single-quoted literals. (-Command, not -EncodedCommand: the latter turns the
# child's error and progress streams into CLIXML.)
function Invoke-ModuleScript {
    param([Parameter(Mandatory)][scriptblock]$ScriptBlock, [string[]]$ArgumentList = @())
    $quoted = foreach ($argument in @($ModuleManifest) + $ArgumentList) { "'" + ($argument -replace "'", "''") + "'" }
    $command = "`$ErrorActionPreference = 'Stop'; `$ProgressPreference = 'SilentlyContinue'; Import-Module $($quoted[0]); & { $ScriptBlock } $($quoted | Select-Object -Skip 1)"
    Invoke-Native dotnet -ArgumentList @('pwsh', '-NoProfile', '-NonInteractive', '-Command', $command)
}

function Get-TestProject {
    Get-ChildItem -Path (Join-Path $Root 'tests') -Filter '*.Tests.csproj' -Recurse -File | Sort-Object FullName
}

# A project missing from NewsClean.sln would not be built, and its tests would not run: say so at once.
function Assert-SolutionComplete {
    $solution = Join-Path $Root 'NewsClean.sln'
    $listed = [regex]::Matches((Get-Content -LiteralPath $solution -Raw), '"([^"]+\.csproj)"') |
        ForEach-Object { $_.Groups[1].Value -replace '\\', '/' }
    $missing = Get-ChildItem -Path (Join-Path $Root 'src'), (Join-Path $Root 'tests') -Filter '*.csproj' -Recurse -File |
        ForEach-Object { [IO.Path]::GetRelativePath($Root, $_.FullName) -replace '\\', '/' } |
        Where-Object { $_ -notin $listed }
    if ($missing) {
        throw "Not in NewsClean.sln: $($missing -join ', '). Add with: dotnet sln NewsClean.sln add <project>"
    }
}

function Invoke-Build {
    Assert-SolutionComplete
    Invoke-Native dotnet -ArgumentList @('build', (Join-Path $Root 'NewsClean.sln'), '-c', $Configuration, '-nologo', '-v', 'minimal')
    Publish-Module
}

# Demo and Score need only the module: build its project (and what it references), not the tests and benchmarks.
function Invoke-ModuleBuild {
    Invoke-Native dotnet -ArgumentList @('build', $ModuleProject, '-c', $Configuration, '-nologo', '-v', 'minimal')
    Publish-Module
}

function Publish-Module {
    if (Test-Path -LiteralPath $ModuleDir) {
        Remove-Item -LiteralPath $ModuleDir -Recurse -Force
    }
    Invoke-Native dotnet -ArgumentList @('publish', $ModuleProject, '-c', $Configuration, '--no-build', '-nologo', '-v', 'minimal', '-o', $ModuleDir)

    # The host supplies System.Management.Automation; a copy in the module folder would shadow it.
    $missing = @('NewsClean.psd1', 'NewsClean.dll', 'NewsClean.Core.dll', 'NewsClean.Dumps.dll', 'NewsClean.Documents.dll', 'NewsClean.Html.dll', 'HtmlAgilityPack.dll', 'NewsClean.Format.ps1xml', 'en-US/NewsClean.dll-Help.xml', 'en-US/about_NewsClean.help.txt') |
        Where-Object { -not (Test-Path -LiteralPath (Join-Path $ModuleDir $_)) }
    if ($missing) { throw "The published module lacks: $($missing -join ', ')" }
    if (Test-Path -LiteralPath (Join-Path $ModuleDir 'System.Management.Automation.dll')) {
        throw 'The published module must not ship System.Management.Automation.dll.'
    }
    Write-Host "Module: $ModuleDir"
}

# Returns @{ Passed; Failed } read from one trx file, or $null when the run left none.
function Read-TrxCounts {
    param([Parameter(Mandatory)][string]$Path)
    if (-not (Test-Path -LiteralPath $Path)) { return $null }
    $counters = ([xml](Get-Content -LiteralPath $Path -Raw)).TestRun.ResultSummary.Counters
    $failed = 0
    foreach ($name in 'failed', 'error', 'timeout', 'aborted') {
        if ($counters.HasAttribute($name)) { $failed += [int]$counters.GetAttribute($name) }
    }
    @{ Passed = [int]$counters.passed; Failed = $failed }
}

function Invoke-Test {
    if (Test-Path -LiteralPath $TestResultsDir) {
        Remove-Item -LiteralPath $TestResultsDir -Recurse -Force
    }
    $null = New-Item -ItemType Directory -Path $TestResultsDir
    $passed = 0
    $failed = 0

    foreach ($project in Get-TestProject) {
        $trxName = "$($project.BaseName).trx"
        $code = Invoke-Native dotnet -AllowFailure -ArgumentList @(
            'test', $project.FullName, '-c', $Configuration, '--no-build', '-nologo',
            '--logger', "trx;LogFileName=$trxName", '--results-directory', $TestResultsDir)
        $counts = Read-TrxCounts -Path (Join-Path $TestResultsDir $trxName)
        if ($null -eq $counts) {
            # the test host did not get as far as writing results: count the run as one failure
            $counts = @{ Passed = 0; Failed = 1 }
        } elseif ($code -ne 0 -and $counts.Failed -eq 0) {
            $counts.Failed = 1
        }
        Write-Host "$($project.BaseName): $($counts.Passed) passed, $($counts.Failed) failed"
        $passed += $counts.Passed
        $failed += $counts.Failed
    }

    # Pester is restored into the NuGet global packages folder by the test project's PackageDownload.
    $anyTestProject = (Get-TestProject | Select-Object -First 1).FullName
    $properties = Get-NativeOutput dotnet -ArgumentList @('msbuild', $anyTestProject, '-nologo', '-getProperty:PesterVersion', '-getProperty:NuGetPackageRoot') |
        ConvertFrom-Json
    $pesterManifest = Join-Path $properties.Properties.NuGetPackageRoot "pester/$($properties.Properties.PesterVersion)/tools/Pester.psd1"
    $pesterCounts = Join-Path $TestResultsDir 'pester-counts.json'
    $code = Invoke-Native dotnet -AllowFailure -ArgumentList @(
        'pwsh', '-NoProfile', '-NonInteractive', '-File', (Join-Path $Root 'tests/pester/run-pester.ps1'),
        '-PesterManifest', $pesterManifest, '-ModuleManifest', $ModuleManifest,
        '-CountsPath', $pesterCounts, '-TestResultPath', (Join-Path $TestResultsDir 'pester.xml'))
    if (Test-Path -LiteralPath $pesterCounts) {
        $counts = Get-Content -LiteralPath $pesterCounts -Raw | ConvertFrom-Json
        $pesterPassed = [int]$counts.Passed
        $pesterFailed = [int]$counts.Failed
        if ($code -ne 0 -and $pesterFailed -eq 0) { $pesterFailed = 1 }
    } else {
        $pesterPassed = 0
        $pesterFailed = 1
    }
    $passed += $pesterPassed
    $failed += $pesterFailed

    # Dask: newsclean as a step of a Dask pipeline. Debian's python3-distributed installs into /usr/bin/python3
    # (not a pyenv or venv python); the runner prints a skip message and counts nothing when it is missing.
    $python = Get-Command -Name '/usr/bin/python3', 'python3' -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    $daskCounts = Join-Path $TestResultsDir 'dask-counts.json'
    if ($null -eq $python) {
        Write-Host 'Dask: skipped: no python3'
    } else {
        $code = Invoke-Native $python.Source -AllowFailure -ArgumentList @(
            (Join-Path $Root 'tests/dask/run_dask_tests.py'),
            '--cli', (Join-Path $Root "src/NewsClean.Cli/bin/$Configuration/net10.0/newsclean.dll"),
            '--counts', $daskCounts)
        if (Test-Path -LiteralPath $daskCounts) {
            $counts = Get-Content -LiteralPath $daskCounts -Raw | ConvertFrom-Json
            $daskPassed = [int]$counts.Passed
            $daskFailed = [int]$counts.Failed
            if ($code -ne 0 -and $daskFailed -eq 0) { $daskFailed = 1 }
        } else {
            $daskPassed = 0
            $daskFailed = 1
        }
        $passed += $daskPassed
        $failed += $daskFailed
    }

    @{ Passed = $passed; Failed = $failed }
}

function Invoke-Demo {
    $samples = Join-Path $Root 'samples'
    Invoke-ModuleScript -ArgumentList $samples -ScriptBlock {
        param($SamplesDir)
        $FormatEnumerationLimit = -1
        Get-CleanArticle -Path (Join-Path $SamplesDir '*.txt') | ForEach-Object {
            '=' * 100
            $_ | Format-List -Property @(
                @{ Name = 'File'; Expression = { Split-Path -Leaf $_.SourcePath } }
                'Title'
                @{ Name = 'PublishedAt'; Expression = { if ($null -ne $_.PublishedAt) { $_.PublishedAt.ToString('yyyy-MM-dd') } } }
                'Site', 'Source', 'Byline'
                @{ Name = 'Keywords'; Expression = { $_.Keywords -join ' | ' } }
                @{ Name = 'RelatedTitles'; Expression = { $_.RelatedTitles -join "`n" } }
                @{ Name = 'EmbeddedArticles'; Expression = { ($_.EmbeddedArticles | ForEach-Object Title) -join "`n" } }
                'WordCount', 'Body'
            ) | Out-String -Width 4096
            $_.Findings | Format-Table | Out-String -Width 4096
        }
    }
}

# Floors for -Task Score, set just under what the module reached (see README); CI fails below them.
$ScoreFloors = @{
    seed       = @{ body_f1 = 1.0; title_accuracy = 1.0; source_accuracy = 1.0; site_accuracy = 1.0; published_accuracy = 1.0; keywords_f1 = 1.0; related_f1 = 1.0; embedded_f1 = 1.0 }
    dev        = @{ body_precision = 0.99; body_recall = 0.99; title_accuracy = 0.95; published_accuracy = 0.98; site_accuracy = 0.93 }
    'dev-html'       = @{ body_f1 = 0.99; title_accuracy = 0.95; published_accuracy = 0.95 }
    'en-scrapinghub' = @{ body_f1 = 0.98 }
    aggregator = @{ body_precision = 0.99; body_recall = 0.99; title_accuracy = 0.99; published_accuracy = 0.99; source_accuracy = 0.99; site_accuracy = 0.99; keywords_f1 = 0.99; related_f1 = 0.99; embedded_f1 = 0.99; embedded_count_accuracy = 0.99 }
    # the development halves of two public evaluation sets, each with its own scorer and metric (dotted: nested JSON figures)
    'ext-trafilatura' = @{ 'body.f1' = 0.92; records = 483 }
    'ext-htmldate'    = @{ 'all.accuracy' = 0.92; records = 482 }
}
# Every gold document of dev and aggregator is a real article: at most this share may be judged invalid.
$MaxFalseInvalidRate = 0.02

function Invoke-Score {
    if (-not (Test-Path -LiteralPath (Join-Path $SharedDir 'corpus'))) {
        Write-Host 'Score skipped: ../shared not found'
        return
    }
    $shared = (Resolve-Path -LiteralPath $SharedDir).Path
    $scoreDir = Join-Path $OutDir 'score'
    $null = New-Item -ItemType Directory -Path $scoreDir -Force
    $sets = @(
        @{ Name = 'seed'; Format = $null; Filter = '*.txt' }
        @{ Name = 'dev'; Format = 'text'; Filter = '*.txt' }
        @{ Name = 'dev'; Label = 'dev-html'; Format = 'html'; Filter = '*.html' }
        @{ Name = 'en-scrapinghub'; Format = 'html'; Filter = '*.html' }
        @{ Name = 'aggregator'; Format = $null; Filter = '*.txt' }
        @{ Name = 'ext-trafilatura'; Format = $null; Filter = '*.html'; Scorer = 'score_snippets.py' }
        @{ Name = 'ext-htmldate'; Format = $null; Filter = '*.html'; Scorer = 'score_dates.py' }
    )
    $failures = [System.Collections.Generic.List[string]]::new()
    $validated = 0
    $invalid = [System.Collections.Generic.List[object]]::new()
    foreach ($set in $sets) {
        $label = if ($set.ContainsKey('Label')) { $set.Label } else { $set.Name }
        $gold = Join-Path $shared "corpus/$($set.Name)"
        $pred = Join-Path $scoreDir "$label.json"
        Write-Host "== score: $label"
        Invoke-ModuleScript -ArgumentList $gold, $pred, $set.Filter -ScriptBlock {
            param($GoldDir, $PredPath, $Filter)
            function ConvertTo-IsoDate($Value) { if ($null -ne $Value) { $Value.ToString('o') } }
            $files = Get-ChildItem -LiteralPath $GoldDir -Filter $Filter -File | Sort-Object Name
            $articles = @(Get-CleanArticle -LiteralPath $files.FullName -Validate -ErrorAction Continue |
                Select-Object SourcePath, Title, Body,
                    @{ Name = 'PublishedAt'; Expression = { ConvertTo-IsoDate $_.PublishedAt } },
                    Site, Source, Byline, Keywords, RelatedTitles,
                    @{ Name = 'EmbeddedArticles'; Expression = {
                            @($_.EmbeddedArticles | Select-Object Title, Body, Site, Byline,
                                @{ Name = 'PublishedAt'; Expression = { ConvertTo-IsoDate $_.PublishedAt } }, Source)
                        }
                    },
                    IsValid,
                    @{ Name = 'ValidationErrors'; Expression = { @($_.ValidationIssues | Where-Object Severity -EQ 'Error' | ForEach-Object Code) } },
                    @{ Name = 'ValidationWarnings'; Expression = { @($_.ValidationIssues | Where-Object Severity -EQ 'Warning' | ForEach-Object Code) } })
            ConvertTo-Json -InputObject $articles -Depth 6 | Set-Content -LiteralPath $PredPath -Encoding utf8
            "$($articles.Count) articles from $($files.Count) files -> $PredPath"
        }
        $scorer = if ($set.ContainsKey('Scorer')) { $set.Scorer } else { 'score.py' }
        $scoreArgs = @((Join-Path $shared "eval/$scorer"), '--gold', $gold, '--pred', $pred)
        if ($set.Format) { $scoreArgs += @('--format', $set.Format) }
        Invoke-Native python3 -ArgumentList $scoreArgs
        $figures = Get-NativeOutput python3 -ArgumentList ($scoreArgs + '--json') | ConvertFrom-Json
        foreach ($metric in $ScoreFloors[$label].Keys | Sort-Object) {
            $value = $figures
            foreach ($part in $metric -split '\.') { $value = if ($null -ne $value) { $value.$part } }
            $floor = $ScoreFloors[$label][$metric]
            if ($null -eq $value -or [double]$value -lt $floor) {
                $failures.Add("$label $metric = $value, floor $floor")
            }
        }
        # the validation rules are written for Arabic news: the English benchmark does not count towards the rate
        if ($set.Name -in 'dev', 'aggregator') {
            $articles = Get-Content -LiteralPath $pred -Raw -Encoding utf8 | ConvertFrom-Json
            $validated += @($articles).Count
            $invalid.AddRange(@($articles | Where-Object { -not $_.IsValid }))
            $warnings = @($articles | ForEach-Object { $_.ValidationWarnings }) | Group-Object | Sort-Object Name | ForEach-Object { "$($_.Name) x$($_.Count)" }
            Write-Host "validation ($($set.Name)): $(@($articles | Where-Object IsValid).Count) valid of $(@($articles).Count); warnings: $($warnings -join ', ')"
        }
    }

    $rate = if ($validated) { $invalid.Count / $validated } else { 0 }
    Write-Host ("false-invalid rate (dev + aggregator): {0} of {1} = {2:p1} (target <= {3:p0})" -f $invalid.Count, $validated, $rate, $MaxFalseInvalidRate)
    foreach ($article in $invalid) {
        Write-Host ("  invalid: {0} [{1}]" -f (Split-Path -Leaf $article.SourcePath), ($article.ValidationErrors -join ', '))
    }
    if ($rate -gt $MaxFalseInvalidRate) { $failures.Add("false-invalid rate $rate above $MaxFalseInvalidRate") }
    if ($failures.Count) {
        throw "Scores below their floors:`n  $($failures -join "`n  ")"
    }
    Write-Host 'Score: every figure at or above its floor.'
}

# HTML cleaning throughput on one thread over the corpus pages of 30-300 KB (en-scrapinghub + dev), after warm-up.
function Invoke-Bench {
    # Engine (BenchmarkDotNet ShortRun, one-core throughput on 100 MB) and the newsclean CLI on 10 MB / 100 MB / 1 GB dumps (time, docs/s, peak memory)
    & (Join-Path $Root 'bench/run-bench.ps1') -Configuration $Configuration -NoBuild
    # Get-CleanArticle end to end in a child pwsh: documents/s with -ThrottleLimit 1 and 2 on seed-sized documents
    Invoke-Native dotnet -ArgumentList @('pwsh', '-NoProfile', '-NonInteractive', '-File', (Join-Path $Root 'bench/pwsh-end-to-end.ps1'), '-Module', $ModuleManifest)
    # The hostile-input generator's long mode (issue 11): $FuzzRecords generated records and the huge inputs through the
    # CLI; prints articles, errors by id, InternalError count, peak RSS, and the slowest documents (in-process timing pass)
    $fuzzDll = Join-Path $Root "tests/NewsClean.Fuzz/bin/$Configuration/net10.0/NewsClean.Fuzz.dll"
    Invoke-Native dotnet -ArgumentList @($fuzzDll, 'long', '--records', "$FuzzRecords")
    $corpus = Join-Path $SharedDir 'corpus'
    if (-not (Test-Path -LiteralPath $corpus)) {
        Write-Host 'Bench skipped: ../shared not found'
        return
    }
    $corpus = (Resolve-Path -LiteralPath $corpus).Path
    $benchDll = Join-Path $Root "bench/NewsClean.Benchmarks/bin/$Configuration/net10.0/NewsClean.Benchmarks.dll"
    $benchArgs = @($benchDll, 'bench', (Join-Path $corpus 'en-scrapinghub'), (Join-Path $corpus 'dev'), '--pages', '400')
    # pinned to one core where taskset exists, so pages/s is pages per core (runtime threads share that core)
    $taskset = Get-Command -Name taskset -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($taskset) {
        Invoke-Native $taskset.Source -ArgumentList (@('-c', '0', 'dotnet') + $benchArgs)
    } else {
        Invoke-Native dotnet -ArgumentList $benchArgs
    }
}

# The analyzer as a NuGet package: analyzer, code fix and Core under analyzers/dotnet/cs, a development dependency.
function Invoke-Package {
    $packageDir = Join-Path $OutDir 'packages'
    $project = Join-Path $Root 'src/NewsClean.Analyzers/NewsClean.Analyzers.csproj'
    Invoke-Native dotnet -ArgumentList @('pack', $project, '-c', $Configuration, '--no-build', '-nologo', '-v', 'minimal', '-o', $packageDir)
    $package = Get-ChildItem -LiteralPath $packageDir -Filter 'NewsClean.Analyzers.*.nupkg' | Sort-Object LastWriteTime | Select-Object -Last 1
    if (-not $package) { throw "dotnet pack left no NewsClean.Analyzers package in $packageDir" }
    Write-Host "Package: $($package.FullName)"
}

function Invoke-Clean {
    if (Test-Path -LiteralPath $OutDir) {
        Remove-Item -LiteralPath $OutDir -Recurse -Force
    }
    # every project folder (src, tests, samples, bench, ...): all top-level folders but .git
    Get-ChildItem -LiteralPath $Root -Directory | Where-Object Name -NE '.git' |
        Get-ChildItem -Directory -Recurse -Include 'bin', 'obj' |
        Where-Object { Test-Path -LiteralPath $_.FullName } |
        Remove-Item -Recurse -Force
    Write-Host 'Removed out/ and every bin/ and obj/ folder.'
}

Set-Location -LiteralPath $Root
$done = [System.Collections.Generic.HashSet[string]]::new()
$totals = $null

# Each task runs once, after what it depends on.
$dependencies = @{ Build = @(); Module = @(); Test = @('Build'); Demo = @('Module'); Score = @('Module'); Bench = @('Build'); Package = @('Build'); Clean = @() }
$order = foreach ($name in $Task) { $dependencies[$name]; $name }
foreach ($name in $order) {
    if (-not $done.Add($name)) { continue }
    $watch = [Diagnostics.Stopwatch]::StartNew()
    Write-Host "== $name" -ForegroundColor Cyan
    switch ($name) {
        'Build' { Invoke-Build }
        'Module' { if (-not $done.Contains('Build')) { Invoke-ModuleBuild } }
        'Test' { $totals = Invoke-Test }
        'Demo' { Invoke-Demo }
        'Score' { Invoke-Score }
        'Bench' { Invoke-Bench }
        'Package' { Invoke-Package }
        'Clean' { Invoke-Clean }
    }
    Write-Host ("== {0}: {1:n1}s" -f $name, $watch.Elapsed.TotalSeconds) -ForegroundColor Cyan
}

if ($null -ne $totals) {
    "$($totals.Passed) passed, $($totals.Failed) failed"
    if ($totals.Failed -gt 0) { exit 1 }
}
