#Requires -Version 7.2
# Get-CleanArticle on dump files (JSONL, gzip, JSON arrays) and with -ThrottleLimit: streaming, order, errors per record.

BeforeAll {
    Import-Module -Name $env:NEWSCLEAN_MODULE -Force
    $script:FixtureDir = Join-Path $PSScriptRoot 'fixtures'
    $script:Lines = @(Get-Content -LiteralPath (Join-Path $FixtureDir 'dump.jsonl') -Encoding utf8 | Where-Object { $_.Trim() })
}

Describe 'Get-CleanArticle on dumps' {
    BeforeAll {
        # the fixture's records, a malformed line between them, and the records again
        $script:Dump = Join-Path $TestDrive 'dump.jsonl'
        $content = @($Lines) + '{"id": "broken", "content": ' + @($Lines)
        Set-Content -LiteralPath $Dump -Value $content -Encoding utf8NoBOM
        $script:BadLine = $Lines.Count + 1
        $script:Hash = (Get-FileHash -LiteralPath $Dump).Hash
    }

    It 'cleans one article per record, carries the record id, and reports a malformed line by file and line' {
        $articles = @(Get-CleanArticle -Path $Dump -ErrorVariable failed -ErrorAction SilentlyContinue)

        $articles | Should -HaveCount ($Lines.Count * 2)
        $expectedIds = @($Lines | ForEach-Object { ($_ | ConvertFrom-Json).id })
        @($articles.SourceId) | Should -Be @($expectedIds + $expectedIds)
        $failed | Should -HaveCount 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'MalformedRecord,*'
        $failed[0].TargetObject | Should -Be "${Dump}:$BadLine"
        $failed[0].Exception.Message | Should -BeLike "*${Dump}:$BadLine*"
    }

    It 'gives the same articles as the records piped through ConvertFrom-Json' {
        $fromFile = @(Get-CleanArticle -Path $Dump -ErrorAction SilentlyContinue | Select-Object -First $Lines.Count)
        $fromObjects = @($Lines | ConvertFrom-Json | Get-CleanArticle)

        @($fromFile.Body) | Should -Be @($fromObjects.Body)
        @($fromFile.Title) | Should -Be @($fromObjects.Title)
    }

    It 'reads a gzip-compressed dump' {
        $gz = Join-Path $TestDrive 'dump.jsonl.gz'
        $out = [IO.File]::Create($gz)
        $zip = [IO.Compression.GZipStream]::new($out, [IO.Compression.CompressionLevel]::Optimal)
        $bytes = [Text.Encoding]::UTF8.GetBytes(($Lines -join "`n") + "`n")
        $zip.Write($bytes, 0, $bytes.Length)
        $zip.Dispose()
        $out.Dispose()

        @(Get-CleanArticle -LiteralPath $gz) | Should -HaveCount $Lines.Count
    }

    It 'keeps the input order with several worker threads' {
        $one = @(Get-CleanArticle -Path $Dump -ThrottleLimit 1 -ErrorAction SilentlyContinue)
        $four = @(Get-CleanArticle -Path $Dump -ThrottleLimit 4 -ErrorAction SilentlyContinue)

        @($four.SourceId) | Should -Be @($one.SourceId)
        @($four.Body) | Should -Be @($one.Body)
    }

    It 'keeps the order of piped records with several worker threads' {
        $records = @(1..30 | ForEach-Object { $Lines } | ConvertFrom-Json)
        $one = @($records | Get-CleanArticle -ThrottleLimit 1)
        $two = @($records | Get-CleanArticle -ThrottleLimit 2)

        $two | Should -HaveCount $records.Count
        @($two.SourceId) | Should -Be @($one.SourceId)
        @($two.Body) | Should -Be @($one.Body)
    }

    It 'rejects a -ThrottleLimit of 0' {
        { Get-CleanArticle -Path $Dump -ThrottleLimit 0 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }

    It 'never changes the dump' {
        (Get-FileHash -LiteralPath $Dump).Hash | Should -Be $Hash
    }
}
