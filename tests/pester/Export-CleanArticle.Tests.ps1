#Requires -Version 7.2
# Export-CleanArticle as a user meets it: JSON Lines, CSV and text folders, -Force, -WhatIf, -PassThru, errors.
# The module under test is $env:NEWSCLEAN_MODULE (a full path to NewsClean.psd1), set by run-pester.ps1.

BeforeAll {
    Import-Module -Name $env:NEWSCLEAN_MODULE -Force
    $script:FixtureDir = Join-Path $PSScriptRoot 'fixtures'
    $script:Articles = @(Get-CleanArticle -Path (Join-Path $FixtureDir '*.txt') -ErrorAction SilentlyContinue)
    # The documented field list (NewsClean.Dumps.ArticleFields), written out: the export's contract with its readers.
    $script:Fields = @(
        'SourcePath', 'SourceId', 'Url', 'Title', 'Body', 'PublishedAt', 'ModifiedAt', 'ScrapedAt', 'Site', 'Source', 'Byline',
        'Keywords', 'RelatedTitles', 'EmbeddedArticles', 'Encoding', 'WordCount', 'IsValid', 'ValidationIssues', 'Findings')

    function Get-ErrorId([System.Management.Automation.ErrorRecord[]]$ErrorRecord) {
        @($ErrorRecord | ForEach-Object FullyQualifiedErrorId)
    }
}

Describe 'Export-CleanArticle' {
    BeforeEach {
        $script:Out = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $Out
    }

    It 'has articles to export' {
        $Articles.Count | Should -BeGreaterThan 1
    }

    Context 'JSON Lines' {
        It 'writes one object per article with the documented fields in order' {
            $path = Join-Path $Out 'articles.jsonl'

            $Articles | Export-CleanArticle -Path $path

            $lines = @(Get-Content -LiteralPath $path -Encoding utf8)
            $lines | Should -HaveCount $Articles.Count
            foreach ($i in 0..($lines.Count - 1)) {
                $record = $lines[$i] | ConvertFrom-Json
                @($record.PSObject.Properties.Name) | Should -Be @($Fields)
                $record.Title | Should -Be $Articles[$i].Title
                $record.Body | Should -Be $Articles[$i].Body
                $record.SourcePath | Should -Be $Articles[$i].SourcePath
            }
        }

        It 'writes UTF-8 without a byte order mark, LF line ends, the same bytes every time' {
            $first = Join-Path $Out 'first.jsonl'
            $second = Join-Path $Out 'second.jsonl'

            $Articles | Export-CleanArticle -Path $first
            $Articles | Export-CleanArticle -Path $second

            $bytes = [IO.File]::ReadAllBytes($first)
            $bytes[0] | Should -Not -Be 0xEF
            $bytes | Should -Not -Contain ([byte]13)
            (Get-FileHash $first).Hash | Should -Be (Get-FileHash $second).Hash
        }

        It 'keeps an existing file unless -Force' {
            $path = Join-Path $Out 'articles.jsonl'
            Set-Content -LiteralPath $path -Value 'old'

            { $Articles | Export-CleanArticle -Path $path -ErrorAction Stop } | Should -Throw -ErrorId 'FileExists,NewsClean.PowerShell.ExportCleanArticleCommand'
            Get-Content -LiteralPath $path | Should -Be 'old'

            $Articles | Export-CleanArticle -Path $path -Force
            @(Get-Content -LiteralPath $path) | Should -HaveCount $Articles.Count
        }

        It 'writes nothing with -WhatIf' {
            $path = Join-Path $Out 'articles.jsonl'

            $Articles | Export-CleanArticle -Path $path -WhatIf

            Get-ChildItem -LiteralPath $Out -Force | Should -BeNullOrEmpty
        }

        It 'passes the articles on with -PassThru' {
            $passed = @($Articles | Export-CleanArticle -Path (Join-Path $Out 'a.jsonl') -PassThru)

            $passed | Should -HaveCount $Articles.Count
            $passed[0] | Should -BeOfType ([NewsClean.Core.Model.CleanArticle])
        }

        It 'leaves no file behind when the pipeline fails part-way' {
            $path = Join-Path $Out 'articles.jsonl'

            { $Articles | ForEach-Object { $_; throw 'stop' } | Export-CleanArticle -Path $path } | Should -Throw

            Get-ChildItem -LiteralPath $Out -Force | Should -BeNullOrEmpty
        }

        It 'takes -LiteralPath as written' {
            $path = Join-Path $Out 'export [1].jsonl'

            $Articles | Export-CleanArticle -LiteralPath $path

            Test-Path -LiteralPath $path | Should -BeTrue
        }
    }

    Context 'CSV' {
        It 'writes a header and one record per article that Import-Csv reads back' {
            $path = Join-Path $Out 'articles.csv'

            $Articles | Export-CleanArticle -Path $path

            $rows = @(Import-Csv -LiteralPath $path)
            $rows | Should -HaveCount $Articles.Count
            @($rows[0].PSObject.Properties.Name) | Should -Be @($Fields)
            $rows[0].Body | Should -Be $Articles[0].Body
            @($rows[0].Keywords | ConvertFrom-Json) | Should -Be @($Articles[0].Keywords)
        }
    }

    Context 'text files' {
        It 'writes one file per article, named after its source, title then body' {
            $folder = Join-Path $Out 'texts'

            $Articles | Export-CleanArticle -Path $folder -Format Text

            $files = @(Get-ChildItem -LiteralPath $folder -File)
            $files | Should -HaveCount $Articles.Count
            $first = $Articles[0]
            $name = [IO.Path]::GetFileNameWithoutExtension($first.SourcePath) + '.txt'
            $text = [IO.File]::ReadAllText((Join-Path $folder $name))
            $text | Should -Be ("$($first.Title)`n`n$($first.Body)`n")
        }

        It 'reports an existing file per article and writes the others' {
            $folder = Join-Path $Out 'texts'
            $null = New-Item -ItemType Directory -Path $folder
            $taken = [IO.Path]::GetFileNameWithoutExtension($Articles[0].SourcePath) + '.txt'
            Set-Content -LiteralPath (Join-Path $folder $taken) -Value 'old'

            $Articles | Export-CleanArticle -Path $folder -Format Text -ErrorVariable problems -ErrorAction SilentlyContinue

            Get-ErrorId $problems | Should -Be @('FileExists,NewsClean.PowerShell.ExportCleanArticleCommand')
            Get-Content -LiteralPath (Join-Path $folder $taken) | Should -Be 'old'
            @(Get-ChildItem -LiteralPath $folder -File) | Should -HaveCount $Articles.Count
        }
    }

    Context 'errors' {
        It 'refuses an extension it cannot tell the format from' {
            { $Articles | Export-CleanArticle -Path (Join-Path $Out 'a.xyz') } | Should -Throw -ErrorId 'UnknownFormat,NewsClean.PowerShell.ExportCleanArticleCommand'
        }

        It 'refuses a folder as a JSON Lines file' {
            { $Articles | Export-CleanArticle -Path $Out -Format Jsonl } | Should -Throw -ErrorId 'PathIsDirectory,NewsClean.PowerShell.ExportCleanArticleCommand'
        }

        It 'refuses a path outside the file system' {
            { $Articles | Export-CleanArticle -Path 'Env:\NEWSCLEAN_EXPORT.jsonl' } | Should -Throw -ErrorId 'NotFileSystemPath,NewsClean.PowerShell.ExportCleanArticleCommand'
        }
    }
}
