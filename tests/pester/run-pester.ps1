#!/usr/bin/env pwsh
# Runs the Pester tests of this folder against a built module, in this (child) process.
# build.ps1 calls it in a child `dotnet pwsh` so the binary module loads into a clean process.
# Standalone: dotnet pwsh -File tests/pester/run-pester.ps1   (after `dotnet pwsh ./build.ps1 -Task Build`)
[CmdletBinding()]
param(
    # Pester.psd1 in the NuGet global packages folder (restored by the test project's PackageDownload)
    [string]$PesterManifest,

    # the module to test: out/NewsClean/NewsClean.psd1 by default
    [string]$ModuleManifest = (Join-Path $PSScriptRoot '../../out/NewsClean/NewsClean.psd1'),

    # where to write {"Passed":n,"Failed":n,...} for build.ps1
    [string]$CountsPath,

    # NUnit XML report, for CI systems that read one
    [string]$TestResultPath
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if (-not $PesterManifest) {
    $project = Join-Path $PSScriptRoot '../NewsClean.PowerShell.Tests/NewsClean.PowerShell.Tests.csproj'
    $properties = (dotnet msbuild $project -nologo -getProperty:PesterVersion -getProperty:NuGetPackageRoot) | ConvertFrom-Json
    if ($LASTEXITCODE -ne 0) { throw "dotnet msbuild failed with exit code $LASTEXITCODE" }
    $PesterManifest = Join-Path $properties.Properties.NuGetPackageRoot "pester/$($properties.Properties.PesterVersion)/tools/Pester.psd1"
}

Import-Module -Name $PesterManifest -Force
# A relative path would be taken as a module name by Import-Module: hand the tests a full path.
$env:NEWSCLEAN_MODULE = (Resolve-Path -LiteralPath $ModuleManifest).Path

$configuration = New-PesterConfiguration
$configuration.Run.Path = $PSScriptRoot
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
if ($TestResultPath) {
    $configuration.TestResult.Enabled = $true
    $configuration.TestResult.OutputFormat = 'NUnitXml'
    $configuration.TestResult.OutputPath = $TestResultPath
}

$result = Invoke-Pester -Configuration $configuration
# Tests that could not even run (a failing BeforeAll, a discovery error) are failures too.
$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
if ($CountsPath) {
    [ordered]@{
        Passed  = $result.PassedCount
        Failed  = $failed
        Skipped = $result.SkippedCount
        Result  = $result.Result
    } | ConvertTo-Json | Set-Content -LiteralPath $CountsPath -Encoding utf8
}
"Pester: $($result.PassedCount) passed, $failed failed"
exit ([int]($failed -gt 0 -or $result.Result -ne 'Passed'))
