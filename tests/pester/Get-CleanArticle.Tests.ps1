#Requires -Version 7.2
# Get-CleanArticle as a user meets it: files, wildcards, the pipeline, dumps, errors and help.
# The module under test is $env:NEWSCLEAN_MODULE (a full path to NewsClean.psd1), set by run-pester.ps1.

BeforeAll {
    Import-Module -Name $env:NEWSCLEAN_MODULE -Force
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:FixtureDir = Join-Path $PSScriptRoot 'fixtures'
    $script:Expected = Import-PowerShellDataFile -LiteralPath (Join-Path $FixtureDir 'expected.psd1')
    $script:CommandType = 'NewsClean.PowerShell.GetCleanArticleCommand'

    function Get-ErrorId([System.Management.Automation.ErrorRecord[]]$ErrorRecord) {
        @($ErrorRecord | ForEach-Object FullyQualifiedErrorId)
    }

    function Get-Day($Date) {
        if ($null -ne $Date) { $Date.ToString('yyyy-MM-dd', [cultureinfo]::InvariantCulture) }
    }
}

Describe 'Get-CleanArticle' {
    BeforeAll {
        # Every test reads copies in TestDrive; their hashes are compared at the end.
        $script:Docs = Join-Path $TestDrive 'docs'
        $null = New-Item -ItemType Directory -Path $Docs
        foreach ($name in $Expected.Water.File, $Expected.Sport.File, $Expected.Coast.File) {
            Copy-Item -LiteralPath (Join-Path $FixtureDir $name) -Destination $Docs
        }
        $script:Bracketed = Join-Path $TestDrive 'literal/water [2025].txt'
        $null = New-Item -ItemType Directory -Path (Split-Path $Bracketed)
        Copy-Item -LiteralPath (Join-Path $FixtureDir $Expected.Water.File) -Destination $Bracketed

        $script:Bad = Join-Path $TestDrive 'bad'
        $null = New-Item -ItemType Directory -Path (Join-Path $Bad 'folder.txt')
        # a PNG signature and the start of an IHDR chunk, with an innocent extension
        [IO.File]::WriteAllBytes((Join-Path $Bad 'picture.txt'), [byte[]](0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0))
        [IO.File]::WriteAllBytes((Join-Path $Bad 'empty.txt'), [byte[]]@())
        [IO.File]::WriteAllText((Join-Path $Bad 'blank.txt'), "  `r`n`t`r`n   `r`n")
        Copy-Item -LiteralPath (Join-Path $FixtureDir $Expected.Sport.File) -Destination $Bad

        $script:HashesBefore = Get-ChildItem -LiteralPath $TestDrive -Recurse -File | Get-FileHash -Algorithm SHA256
    }

    Context 'files' {
        It 'cleans every file a -Path wildcard matches' {
            $articles = Get-CleanArticle -Path (Join-Path $Docs '*.txt')

            $articles | Should -HaveCount 3
            $articles.SourcePath | Split-Path -Leaf | Sort-Object | Should -Be @($Expected.Coast.File, $Expected.Sport.File, $Expected.Water.File)
            $articles.SourcePath | ForEach-Object { [IO.Path]::IsPathRooted($_) | Should -BeTrue }
        }

        It 'resolves a relative -Path against the current location' {
            Push-Location -LiteralPath $Docs
            try {
                $article = Get-CleanArticle -Path "s*.txt"
            } finally {
                Pop-Location
            }

            $article.SourcePath | Should -Be (Join-Path $Docs $Expected.Sport.File)
        }

        It 'reads a name with [ and ] through -LiteralPath' {
            $article = Get-CleanArticle -LiteralPath $Bracketed

            $article.SourcePath | Should -Be $Bracketed
            $article.Title | Should -Be $Expected.Water.Title
        }

        It 'accepts the PSPath and LP aliases of -LiteralPath' {
            (Get-CleanArticle -PSPath $Bracketed).SourcePath | Should -Be $Bracketed
            (Get-CleanArticle -LP $Bracketed).SourcePath | Should -Be $Bracketed
        }

        It 'takes the files Get-ChildItem pipes in, brackets and all' {
            $articles = Get-ChildItem -LiteralPath (Split-Path $Bracketed), $Docs -File | Get-CleanArticle

            $articles | Should -HaveCount 4
            $articles.SourcePath | Should -Contain $Bracketed
        }

        It 'decodes a Windows-1256 file with CRLF line ends' {
            $article = Get-CleanArticle -LiteralPath (Join-Path $Docs $Expected.Coast.File)

            $article.Encoding | Should -Be $Expected.Coast.Encoding
            $article.Title | Should -Be $Expected.Coast.Title
            $article.Source | Should -Be $Expected.Coast.Source
            $article.Body | Should -BeLikeExactly "$($Expected.Coast.FirstParagraphStart)*"
            $article.Body | Should -Not -Match "`r"
        }
    }

    Context 'the article made of a page' {
        BeforeAll {
            $script:Water = Get-CleanArticle -LiteralPath (Join-Path $Docs $Expected.Water.File)
            $script:Sport = Get-CleanArticle -LiteralPath (Join-Path $Docs $Expected.Sport.File)
        }

        It 'takes the headline as Title' {
            $Water.Title | Should -Be $Expected.Water.Title
            $Sport.Title | Should -Be $Expected.Sport.Title
        }

        It 'moves the site header line to Site' {
            $Water.Site | Should -Be $Expected.Water.Site
            $Sport.Site | Should -Be $Expected.Sport.Site
        }

        It 'reads the publish date line into PublishedAt and the crawler stamp into ScrapedAt' {
            Get-Day $Water.PublishedAt | Should -Be $Expected.Water.Published
            Get-Day $Sport.PublishedAt | Should -Be $Expected.Sport.Published
            Get-Day $Water.ScrapedAt | Should -Be $Expected.Water.Scraped
        }

        It 'moves the "المصدر:" line to Source' {
            $Water.Source | Should -Be $Expected.Water.Source
            $Sport.Source | Should -Be $Expected.Sport.Source
        }

        It 'splits the keyword line into Keywords' {
            $Water.Keywords | Should -Be $Expected.Water.Keywords
            $Sport.Keywords | Should -Be $Expected.Sport.Keywords
        }

        It 'lists the read-also and related titles in RelatedTitles' {
            foreach ($title in $Expected.Water.RelatedTitles) {
                $Water.RelatedTitles | Should -Contain $title
            }
        }

        It 'keeps only the article paragraphs in Body' {
            $Water.Paragraphs | Should -HaveCount $Expected.Water.ParagraphCount
            $Sport.Paragraphs | Should -HaveCount $Expected.Sport.ParagraphCount
            $Water.Body | Should -BeLikeExactly "$($Expected.Water.FirstParagraphStart)*"
            $Water.Body | Should -BeLikeExactly "*$($Expected.Water.LastParagraphEnd)"
            $Sport.Body | Should -BeLikeExactly "$($Expected.Sport.FirstParagraphStart)*"
            foreach ($line in $Expected.Water.NotInBody) {
                $Water.Body.Contains($line) | Should -BeFalse -Because "'$line' is not part of the article"
            }
            $Water.Body.Contains($Expected.Water.Title) | Should -BeFalse -Because 'the headline is in Title'
            $Water.Body | Should -Be ($Water.Paragraphs -join "`n`n")
            $Water.WordCount | Should -BeGreaterThan 50
        }

        It 'explains every removal with a finding that points at the removed text' {
            $text = [IO.File]::ReadAllText((Join-Path $Docs $Expected.Water.File))

            $Water.Findings | Should -Not -BeNullOrEmpty
            foreach ($finding in $Water.Findings) {
                $finding.RuleId | Should -Match '^NC\d{4}$'
                $finding.StartLine | Should -BeLessOrEqual $finding.EndLine
                $text.Substring($finding.Start, $finding.Length) | Should -BeExactly $finding.Text
            }
        }
    }

    Context 'text and records from the pipeline' {
        It 'cleans each piped string as one whole document' {
            $texts = foreach ($name in $Expected.Water.File, $Expected.Sport.File) {
                Get-Content -LiteralPath (Join-Path $Docs $name) -Raw -Encoding utf8
            }

            $articles = $texts | Get-CleanArticle

            $articles | Should -HaveCount 2
            $articles.Title | Should -Be @($Expected.Water.Title, $Expected.Sport.Title)
            $articles | ForEach-Object { $_.SourcePath | Should -BeNullOrEmpty }
        }

        It 'binds Import-Csv rows by property name (content, title, url, date_extracted, id)' {
            $articles = Import-Csv -LiteralPath (Join-Path $FixtureDir 'dump.csv') -Encoding utf8 | Get-CleanArticle

            $articles | Should -HaveCount $Expected.Records.Count
            for ($i = 0; $i -lt $Expected.Records.Count; $i++) {
                $record = $Expected.Records[$i]
                $articles[$i].Title | Should -Be $record.Title
                $articles[$i].SourceId | Should -Be $record.Id
                $articles[$i].Url | Should -Be $record.Url
                Get-Day $articles[$i].PublishedAt | Should -Be $record.Published
                $articles[$i].Source | Should -Be $record.Source
                $articles[$i].Body | Should -BeLikeExactly "$($record.FirstParagraphStart)*"
            }
        }

        It 'binds ConvertFrom-Json objects of a JSON Lines dump by property name (text, title, url, date, id)' {
            $articles = Get-Content -LiteralPath (Join-Path $FixtureDir 'dump.jsonl') -Encoding utf8 | ConvertFrom-Json | Get-CleanArticle

            $articles | Should -HaveCount $Expected.Records.Count
            for ($i = 0; $i -lt $Expected.Records.Count; $i++) {
                $record = $Expected.Records[$i]
                $articles[$i].Title | Should -Be $record.Title
                $articles[$i].SourceId | Should -Be $record.Id
                $articles[$i].Url | Should -Be $record.Url
                Get-Day $articles[$i].PublishedAt | Should -Be $record.Published
            }
        }

        It 'exports to JSON that reads back' {
            $json = Get-CleanArticle -Path (Join-Path $Docs '*.txt') |
                Select-Object SourcePath, Title, Body, Keywords, @{ Name = 'PublishedAt'; Expression = { if ($_.PublishedAt) { $_.PublishedAt.ToString('o') } } } |
                ConvertTo-Json -Depth 4

            $back = $json | ConvertFrom-Json
            $back | Should -HaveCount 3
            $back.Title | Should -Contain $Expected.Water.Title
        }
    }

    Context 'errors' {
        It 'reports a missing file as PathNotFound and cleans the next path' {
            $missing = Join-Path $Docs 'missing.txt'

            $articles = Get-CleanArticle -Path $missing, (Join-Path $Docs $Expected.Sport.File) -ErrorVariable errors -ErrorAction SilentlyContinue

            $articles.Title | Should -Be $Expected.Sport.Title
            Get-ErrorId $errors | Should -Be "PathNotFound,$CommandType"
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $errors[0].TargetObject | Should -Be $missing
        }

        It 'reports a missing -LiteralPath as PathNotFound' {
            $null = Get-CleanArticle -LiteralPath (Join-Path $Docs 'missing [1].txt') -ErrorVariable errors -ErrorAction SilentlyContinue

            Get-ErrorId $errors | Should -Be "PathNotFound,$CommandType"
        }

        It 'reports a wildcard that matches no file as PathNotFound' {
            $null = Get-CleanArticle -Path (Join-Path $Docs '*.nothing') -ErrorVariable errors -ErrorAction SilentlyContinue

            Get-ErrorId $errors | Should -Be "PathNotFound,$CommandType"
        }

        It 'reports a directory named directly as PathIsDirectory' {
            $folder = Join-Path $Bad 'folder.txt'

            $null = Get-CleanArticle -LiteralPath $folder -ErrorVariable literalErrors -ErrorAction SilentlyContinue
            $null = Get-CleanArticle -Path $folder -ErrorVariable pathErrors -ErrorAction SilentlyContinue

            Get-ErrorId $literalErrors | Should -Be "PathIsDirectory,$CommandType"
            Get-ErrorId $pathErrors | Should -Be "PathIsDirectory,$CommandType"
        }

        It 'reports a path of another provider as NotFileSystemPath' {
            $null = Get-CleanArticle -LiteralPath 'Env:PATH' -ErrorVariable errors -ErrorAction SilentlyContinue

            Get-ErrorId $errors | Should -Be "NotFileSystemPath,$CommandType"
        }

        It 'reports a binary file as BinaryContent, empty and blank files as EmptyDocument, and still cleans the rest' {
            $articles = Get-CleanArticle -Path (Join-Path $Bad '*') -ErrorVariable errors -ErrorAction SilentlyContinue

            $articles.Title | Should -Be $Expected.Sport.Title
            $byFile = @{}
            foreach ($e in $errors) { $byFile[(Split-Path -Leaf $e.TargetObject)] = $e.FullyQualifiedErrorId }
            $byFile.Keys | Sort-Object | Should -Be @('blank.txt', 'empty.txt', 'picture.txt')
            $byFile['picture.txt'] | Should -Be "BinaryContent,$CommandType"
            $byFile['empty.txt'] | Should -Be "EmptyDocument,$CommandType"
            $byFile['blank.txt'] | Should -Be "EmptyDocument,$CommandType"
        }

        It 'reports empty text as EmptyDocument with the text as target, and cleans the next string' {
            $sport = Get-Content -LiteralPath (Join-Path $Docs $Expected.Sport.File) -Raw -Encoding utf8

            $articles = '', " `n ", $sport | Get-CleanArticle -ErrorVariable errors -ErrorAction SilentlyContinue

            $articles.Title | Should -Be $Expected.Sport.Title
            Get-ErrorId $errors | Should -Be @("EmptyDocument,$CommandType", "EmptyDocument,$CommandType")
            $errors[1].TargetObject | Should -BeExactly " `n "
        }

        It 'stops before reading any input when -ExcludeRule names no rule' {
            { Get-CleanArticle -Path (Join-Path $Docs '*.txt') -ExcludeRule 'NC0000' } |
                Should -Throw -ErrorId "UnknownRule,$CommandType"
        }

        It 'leaves the text of an excluded rule in the body' {
            $sourceRule = 'NC2006'  # the "المصدر:" line; ids are stable

            $article = Get-CleanArticle -LiteralPath (Join-Path $Docs $Expected.Sport.File) -ExcludeRule $sourceRule

            $article.Source | Should -BeNullOrEmpty
            $article.Body.Contains($Expected.Sport.SourceLine) | Should -BeTrue
            $article.Findings.RuleId | Should -Not -Contain $sourceRule
        }
    }

    Context 'validation' {
        BeforeAll {
            # files made in this Context are removed when it ends (Pester clears what a block adds to TestDrive)
            $script:Checked = Join-Path $TestDrive 'checked'
            $null = New-Item -ItemType Directory -Path $Checked
            foreach ($name in $Expected.Sport.File, 'stub.txt', $Expected.Water.File) {
                Copy-Item -LiteralPath (Join-Path $FixtureDir $name) -Destination $Checked
            }
            $script:SportCopy = Join-Path $Checked $Expected.Sport.File
            $script:StubCopy = Join-Path $Checked 'stub.txt'   # 16 words: NC3005 under the default MinBodyWords
            $script:WaterCopy = Join-Path $Checked $Expected.Water.File
        }

        It 'leaves IsValid $null without -Validate, and fills IsValid and ValidationIssues with it' {
            $plain = Get-CleanArticle -LiteralPath $StubCopy
            $checked = @(Get-CleanArticle -LiteralPath $SportCopy, $StubCopy -Validate)

            $plain.IsValid | Should -BeNullOrEmpty
            $plain.ValidationIssues | Should -BeNullOrEmpty
            $checked | Should -HaveCount 2 -Because '-Validate alone writes invalid articles too'
            $checked[0].IsValid | Should -BeTrue
            $checked[0].ValidationIssues | Should -BeNullOrEmpty
            $checked[1].IsValid | Should -BeFalse
            $checked[1].ValidationIssues.Code | Should -Be 'NC3005'
            $checked[1].ValidationIssues.Severity | Should -Be 'Error'
        }

        It 'applies -ValidationSettings with -Validate' {
            $article = Get-CleanArticle -LiteralPath $SportCopy -Validate -ValidationSettings @{ MinBodyWords = 1000 }

            $article.IsValid | Should -BeFalse
            $article.ValidationIssues.Code | Should -Be 'NC3005'
        }

        It 'stops with InvalidValidationSetting, naming the key, for an unknown setting' {
            $thrown = { Get-CleanArticle -LiteralPath $SportCopy -Validate -ValidationSettings @{ MinBodyWordz = 1 } } | Should -Throw -PassThru

            $thrown.FullyQualifiedErrorId | Should -Be "InvalidValidationSetting,$CommandType"
            $thrown.Exception.Message | Should -Match 'MinBodyWordz'
            $thrown.TargetObject | Should -Be 'MinBodyWordz'
        }

        It 'writes invalid articles as ArticleInvalid errors with the article as target, and still outputs the valid ones' {
            $articles = @(Get-CleanArticle -LiteralPath $SportCopy, $StubCopy, $WaterCopy -SkipInvalid -ErrorVariable errors -ErrorAction SilentlyContinue)

            $articles.SourcePath | Should -Be @($SportCopy, $WaterCopy)
            $articles.IsValid | Should -Be @($true, $true)
            @($errors) | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -Be "ArticleInvalid,$CommandType"
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $errors[0].TargetObject | Should -BeOfType ([NewsClean.Core.Model.CleanArticle])
            $errors[0].TargetObject.SourcePath | Should -Be $StubCopy
            $errors[0].TargetObject.IsValid | Should -BeFalse
            $errors[0].TargetObject.ValidationIssues.Code | Should -Be 'NC3005'
            $errors[0].Exception.Message | Should -Match 'NC3005'
        }

        It 'shows IsValid in the list view only once the article was validated' {
            $plain = Get-CleanArticle -LiteralPath $StubCopy | Format-List | Out-String -Width 200
            $checked = Get-CleanArticle -LiteralPath $StubCopy -Validate | Format-List | Out-String -Width 200

            $plain | Should -Not -Match '(?m)^IsValid\s*:'
            $checked | Should -Match '(?m)^IsValid\s*:\s*False\s*$'
            $checked | Should -Match '(?m)^ValidationIssues\s*:\s*NC3005 Error\s*$'
        }
    }

    Context 'nothing lost' {
        BeforeAll {
            # 6 good and 4 bad files interleaved by name, and a directory whose name looks like a file's
            $script:Mixed = Join-Path $TestDrive 'mixed'
            $null = New-Item -ItemType Directory -Path $Mixed
            $png = [byte[]](0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0)
            $good = @{
                '01-water.txt' = $Expected.Water.File; '03-sport.txt' = $Expected.Sport.File; '04-coast.txt' = $Expected.Coast.File
                '07-water.txt' = $Expected.Water.File; '09-sport.txt' = $Expected.Sport.File; '11-coast.txt' = $Expected.Coast.File
            }
            foreach ($name in $good.Keys) {
                Copy-Item -LiteralPath (Join-Path $FixtureDir $good[$name]) -Destination (Join-Path $Mixed $name)
            }
            [IO.File]::WriteAllBytes((Join-Path $Mixed '02-empty.txt'), [byte[]]@())
            [IO.File]::WriteAllBytes((Join-Path $Mixed '05-picture.txt'), $png)
            $null = New-Item -ItemType Directory -Path (Join-Path $Mixed '06-folder.txt')
            [IO.File]::WriteAllText((Join-Path $Mixed '08-blank.txt'), " `r`n`t  `n   ")
            Copy-Item -LiteralPath (Join-Path $FixtureDir 'stub.txt') -Destination (Join-Path $Mixed '10-stub.txt')

            $script:GoodNames = @('01-water.txt', '03-sport.txt', '04-coast.txt', '07-water.txt', '09-sport.txt', '11-coast.txt')
            $script:BadIds = [ordered]@{
                '02-empty.txt'   = 'EmptyDocument'
                '05-picture.txt' = 'BinaryContent'
                '08-blank.txt'   = 'EmptyDocument'
                '10-stub.txt'    = 'ArticleInvalid'
            }
            $script:InputOrder = @(Get-ChildItem -LiteralPath $Mixed -File | Sort-Object Name | ForEach-Object Name)
        }

        It 'writes one article per good file and one error per bad file, in input order, and changes no file' {
            $InputOrder | Should -HaveCount 10 -Because 'the directory is not an input file'
            $before = Get-ChildItem -LiteralPath $Mixed -File | Get-FileHash -Algorithm SHA256

            # errors and articles in one stream, in the order the command wrote them
            $stream = @(Get-CleanArticle -Path (Join-Path $Mixed '*') -SkipInvalid -ErrorVariable errors -ErrorAction Continue 2>&1)

            $after = Get-ChildItem -LiteralPath $Mixed -File | Get-FileHash -Algorithm SHA256
            $articles = @($stream | Where-Object { $_ -is [NewsClean.Core.Model.CleanArticle] })
            $articles | Should -HaveCount 6
            @($errors) | Should -HaveCount 4
            @($stream) | Should -HaveCount 10 -Because 'nothing but the articles and the errors is written'

            $sequence = foreach ($item in $stream) {
                if ($item -is [System.Management.Automation.ErrorRecord]) {
                    $target = $item.TargetObject
                    $path = if ($target -is [NewsClean.Core.Model.CleanArticle]) { $target.SourcePath } else { $target }
                    'error:' + (Split-Path -Leaf $path)
                } else {
                    'article:' + (Split-Path -Leaf $item.SourcePath)
                }
            }
            $expectedSequence = foreach ($name in $InputOrder) {
                if ($name -in $GoodNames) { "article:$name" } else { "error:$name" }
            }
            $sequence | Should -Be $expectedSequence

            $errorTargets = foreach ($e in $errors) {
                $path = if ($e.TargetObject -is [NewsClean.Core.Model.CleanArticle]) { $e.TargetObject.SourcePath } else { $e.TargetObject }
                Split-Path -Leaf $path
            }
            $errorTargets | Should -Be @($BadIds.Keys)
            @($errors.FullyQualifiedErrorId) | Should -Be @($BadIds.Values | ForEach-Object { "$_,$CommandType" })
            $articles.SourcePath | ForEach-Object { [IO.Path]::GetDirectoryName($_) | Should -Be $Mixed }

            Compare-Object $before $after -Property Path, Hash | Should -BeNullOrEmpty
            $after | Should -HaveCount 10
        }
    }

    Context 'help' {
        It 'has a synopsis, a description and at least four examples' {
            $help = Get-Help Get-CleanArticle -Full

            $help.Synopsis | Should -Not -BeNullOrEmpty
            $help.description | Should -Not -BeNullOrEmpty
            $examples = @((Get-Help Get-CleanArticle -Examples).examples.example)
            $examples.Count | Should -BeGreaterOrEqual 4
            $examples | ForEach-Object { $_.code | Should -Match 'Get-CleanArticle' }
        }

        It 'documents every parameter' {
            Get-UndocumentedParameter Get-CleanArticle | Should -BeNullOrEmpty
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
