#Requires -Version 7.2
# Test-CleanArticle as a user meets it: articles from Get-CleanArticle, files, text and records, results, -Quiet,
# settings, errors and help. The module under test is $env:NEWSCLEAN_MODULE, set by run-pester.ps1.

BeforeAll {
    Import-Module -Name $env:NEWSCLEAN_MODULE -Force
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:FixtureDir = Join-Path $PSScriptRoot 'fixtures'
    $script:Expected = Import-PowerShellDataFile -LiteralPath (Join-Path $FixtureDir 'expected.psd1')
    $script:CommandType = 'NewsClean.PowerShell.TestCleanArticleCommand'
    $script:ResultType = 'NewsClean.PowerShell.ArticleValidationResult'

    function Get-Leaf([string[]]$Path) {
        @($Path | ForEach-Object { Split-Path -Leaf $_ })
    }
}

Describe 'Test-CleanArticle' {
    BeforeAll {
        # valid: water, sport, coast; invalid: stub (16 words, NC3005), english (no Arabic, NC3006)
        $script:Docs = Join-Path $TestDrive 'docs'
        $null = New-Item -ItemType Directory -Path $Docs
        foreach ($name in 'water.txt', 'sport.txt', 'coast-1256.txt', 'stub.txt', 'english.txt') {
            Copy-Item -LiteralPath (Join-Path $FixtureDir $name) -Destination $Docs
        }
        # Get-ChildItem and -Path both list in name order
        $script:Names = @('coast-1256.txt', 'english.txt', 'sport.txt', 'stub.txt', 'water.txt')
        $script:Valid = @($true, $false, $true, $false, $true)
        $script:Stub = Join-Path $Docs 'stub.txt'
        $script:English = Join-Path $Docs 'english.txt'
        $script:Sport = Join-Path $Docs 'sport.txt'

        $script:Bracketed = Join-Path $TestDrive 'literal/stub [1].txt'
        $null = New-Item -ItemType Directory -Path (Split-Path $Bracketed)
        Copy-Item -LiteralPath (Join-Path $FixtureDir 'stub.txt') -Destination $Bracketed

        $script:HashesBefore = Get-ChildItem -LiteralPath $TestDrive -Recurse -File | Get-FileHash -Algorithm SHA256
    }

    Context 'input' {
        It 'validates the articles Get-CleanArticle pipes in, one result each, in order' {
            $articles = @(Get-CleanArticle -Path (Join-Path $Docs '*.txt'))

            $results = @($articles | Test-CleanArticle)

            $results | Should -HaveCount $Names.Count
            $results | ForEach-Object { $_.PSObject.TypeNames[0] | Should -Be $ResultType }
            Get-Leaf $results.SourcePath | Should -Be $Names
            $results.IsValid | Should -Be $Valid
            $results.Title | Should -Be $articles.Title
        }

        It 'leaves the piped articles as they were and hands back a validated copy' {
            $article = Get-CleanArticle -LiteralPath $Stub

            $result = $article | Test-CleanArticle

            $article.IsValid | Should -BeNullOrEmpty
            $article.ValidationIssues | Should -BeNullOrEmpty
            $result.Article.IsValid | Should -BeFalse
            $result.Article.Body | Should -BeExactly $article.Body
            $result.Article.ValidationIssues.Code | Should -Be $result.Issues.Code
        }

        It 'takes articles by position' {
            $articles = Get-CleanArticle -LiteralPath $Sport, $Stub

            (Test-CleanArticle $articles).IsValid | Should -Be @($true, $false)
        }

        It 'cleans and validates the files -Path matches, as the pipeline from Get-CleanArticle does' {
            $direct = @(Test-CleanArticle -Path (Join-Path $Docs '*.txt'))
            $piped = @(Get-CleanArticle -Path (Join-Path $Docs '*.txt') | Test-CleanArticle)

            Get-Leaf $direct.SourcePath | Should -Be $Names
            $direct.IsValid | Should -Be $Valid
            for ($i = 0; $i -lt $piped.Count; $i++) {
                ($direct[$i].Issues | ForEach-Object Code) -join ' ' | Should -Be (($piped[$i].Issues | ForEach-Object Code) -join ' ')
            }
        }

        It 'reads a name with [ and ] through -LiteralPath, and the files Get-ChildItem pipes in' {
            $literal = Test-CleanArticle -LiteralPath $Bracketed
            $listed = @(Get-ChildItem -LiteralPath $Docs -File | Test-CleanArticle)

            $literal.SourcePath | Should -Be $Bracketed
            $literal.IsValid | Should -BeFalse
            Get-Leaf $listed.SourcePath | Should -Be $Names
        }

        It 'validates each piped string as one document, and dump records bound by property name' {
            $texts = Get-Content -LiteralPath $Sport, $Stub -Raw -Encoding utf8

            $fromText = @($texts | Test-CleanArticle)
            $fromCsv = @(Import-Csv -LiteralPath (Join-Path $FixtureDir 'dump.csv') -Encoding utf8 | Test-CleanArticle)

            $fromText.IsValid | Should -Be @($true, $false)
            $fromText | ForEach-Object { $_.SourcePath | Should -BeNullOrEmpty }
            $fromCsv.Title | Should -Be @($Expected.Records.Title)
            $fromCsv.Article.SourceId | Should -Be @($Expected.Records.Id)
        }
    }

    Context 'results' {
        It 'writes only Booleans with -Quiet, one per article' {
            $answers = @(Test-CleanArticle -Path (Join-Path $Docs '*.txt') -Quiet)

            $answers | Should -HaveCount $Names.Count
            $answers | ForEach-Object { $_ | Should -BeOfType [bool] }
            $answers | Should -Be $Valid
        }

        It 'answers $false (and writes the error) for a document that cannot be cleaned, so -Quiet lines up with the input' {
            $empty = Join-Path $TestDrive 'quiet-empty.txt'
            Set-Content -LiteralPath $empty -Value '   ' -NoNewline
            $first = Get-ChildItem -LiteralPath $Docs -Filter '*.txt' | Sort-Object Name | Select-Object -First 1

            $answers = @(Test-CleanArticle -LiteralPath $empty, $first.FullName -Quiet -ErrorVariable failed -ErrorAction SilentlyContinue)

            $answers | Should -HaveCount 2
            $answers[0] | Should -BeFalse
            $failed | Should -HaveCount 1
            $failed[0].FullyQualifiedErrorId | Should -BeLike 'EmptyDocument,*'
        }

        It 'finds a too-short document invalid with NC3005, an Error on WordCount' {
            $result = Test-CleanArticle -LiteralPath $Stub

            $result.IsValid | Should -BeFalse
            $issue = $result.Issues | Where-Object Code -EQ 'NC3005'
            $issue | Should -HaveCount 1
            $issue.Severity | Should -Be 'Error'
            $issue.PropertyName | Should -Be 'WordCount'
            $issue.Message | Should -Match 'MinBodyWords'
        }

        It 'finds a document without Arabic invalid with NC3006' {
            $result = Test-CleanArticle -LiteralPath $English

            $result.IsValid | Should -BeFalse
            $result.Issues.Code | Should -Be 'NC3006'
        }

        It 'reports warnings without making the article invalid' {
            $result = Test-CleanArticle -LiteralPath $Sport -ValidationSettings @{ MinTitleLength = 100; MaxTitleLength = 200 }

            $result.IsValid | Should -BeTrue
            $result.Issues.Code | Should -Be 'NC3003'
            $result.Issues.Severity | Should -Be 'Warning'
        }

        It 'applies -ValidationSettings thresholds (keys are case-insensitive)' {
            (Test-CleanArticle -LiteralPath $Stub -ValidationSettings @{ minbodywords = 10 }).IsValid | Should -BeTrue
            $strict = Test-CleanArticle -LiteralPath $Sport -ValidationSettings @{ MinBodyWords = 1000 }

            $strict.IsValid | Should -BeFalse
            $strict.Issues.Code | Should -Be 'NC3005'
        }

        It 'accepts another language with ExpectedLanguage any, or with -ExcludeRule NC3006' {
            (Test-CleanArticle -LiteralPath $English -ValidationSettings @{ ExpectedLanguage = 'any' }).IsValid | Should -BeTrue
            (Test-CleanArticle -LiteralPath $English -ExcludeRule NC3006).IsValid | Should -BeTrue
        }

        It 'shows results as a table of IsValid, issue count, first error and file' {
            $table = Test-CleanArticle -Path (Join-Path $Docs '*.txt') | Out-String -Width 200
            $lines = $table -split '\r?\n'

            $lines | Where-Object { $_ -match '^\s*IsValid\s+Issues\s+FirstError\s+Article\s*$' } | Should -HaveCount 1
            $lines | Where-Object { $_ -match '^\s*False\s+1\s+NC3005\s+stub\.txt\s*$' } | Should -HaveCount 1
            $lines | Where-Object { $_ -match '^\s*True\s+0\s+sport\.txt\s*$' } | Should -HaveCount 1
        }

        It 'shows issues as a table of Code, Severity, PropertyName and Message' {
            $lines = (Test-CleanArticle -LiteralPath $Stub).Issues | Out-String -Width 300 | ForEach-Object { $_ -split '\r?\n' }

            $lines | Where-Object { $_ -match '^\s*Code\s+Severity\s+PropertyName\s+Message\s*$' } | Should -HaveCount 1
            $lines | Where-Object { $_ -match '^\s*NC3005\s+Error\s+WordCount\s+.*MinBodyWords' } | Should -HaveCount 1
        }
    }

    Context 'errors' {
        It 'stops with InvalidValidationSetting, naming the key, for an unknown setting' {
            $thrown = { Test-CleanArticle -LiteralPath $Sport -ValidationSettings @{ MinBodyWordz = 1 } } | Should -Throw -PassThru

            $thrown.FullyQualifiedErrorId | Should -Be "InvalidValidationSetting,$CommandType"
            $thrown.Exception.Message | Should -Match 'MinBodyWordz'
            $thrown.TargetObject | Should -Be 'MinBodyWordz'
            $thrown.CategoryInfo.Category | Should -Be 'InvalidArgument'
        }

        It 'stops with InvalidValidationSetting for a value out of range, before any article is written' {
            $written = [System.Collections.Generic.List[object]]::new()

            $thrown = { Get-CleanArticle -LiteralPath $Sport | Test-CleanArticle -ValidationSettings @{ MinArabicRatio = 2 } | ForEach-Object { $written.Add($_) } } |
                Should -Throw -PassThru

            $thrown.FullyQualifiedErrorId | Should -Be "InvalidValidationSetting,$CommandType"
            $thrown.Exception.Message | Should -Match 'MinArabicRatio'
            $written | Should -HaveCount 0
        }

        It 'stops with UnknownRule when -ExcludeRule names no rule' {
            { Test-CleanArticle -LiteralPath $Sport -ExcludeRule 'NC0000' } | Should -Throw -ErrorId "UnknownRule,$CommandType"
        }

        It 'reports a document that cannot be cleaned and validates the next' {
            $empty = Join-Path $TestDrive 'empty.txt'
            [IO.File]::WriteAllBytes($empty, [byte[]]@())

            $results = @(Test-CleanArticle -LiteralPath $empty, $Sport -ErrorVariable errors -ErrorAction SilentlyContinue)

            $results.SourcePath | Should -Be $Sport
            @($errors.FullyQualifiedErrorId) | Should -Be "EmptyDocument,$CommandType"
            $errors[0].TargetObject | Should -Be $empty
        }
    }

    Context 'help' {
        It 'has a synopsis, a description and at least four examples' {
            $help = Get-Help Test-CleanArticle -Full

            $help.Synopsis | Should -Not -BeNullOrEmpty
            $help.Synopsis | Should -Not -Match '^\s*Test-CleanArticle \['   # a generated stub, not the help file
            $help.description | Should -Not -BeNullOrEmpty
            $examples = @((Get-Help Test-CleanArticle -Examples).examples.example)
            $examples.Count | Should -BeGreaterOrEqual 4
            $examples | ForEach-Object { $_.code | Should -Match 'Test-CleanArticle' }
        }

        It 'documents every parameter' {
            Get-UndocumentedParameter Test-CleanArticle | Should -BeNullOrEmpty
        }
    }

    Context 'input files' {
        # Runs last: every file the tests above read is still byte for byte as it was.
        It 'never changes an input file' {
            $after = Get-ChildItem -LiteralPath $TestDrive -Recurse -File | Get-FileHash -Algorithm SHA256

            Compare-Object $HashesBefore $after -Property Path, Hash | Should -BeNullOrEmpty
            $after | Should -HaveCount $HashesBefore.Count
        }
    }
}
