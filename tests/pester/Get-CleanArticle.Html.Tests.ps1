#Requires -Version 7.2
# Get-CleanArticle on HTML pages: recognised by extension or content, forced with -Format, bound from a record's Html property.

BeforeAll {
    Import-Module -Name $env:NEWSCLEAN_MODULE -Force
    # the semantic HTML5 page of the HTML extractor's own tests, with every field it must give
    $script:HtmlFixtures = Join-Path $PSScriptRoot '../NewsClean.Html.Tests/Fixtures'
    $script:Page = Join-Path $HtmlFixtures 'semantic-html5.html'
    $script:Expected = Get-Content -LiteralPath (Join-Path $HtmlFixtures 'semantic-html5.expected.json') -Raw -Encoding utf8 | ConvertFrom-Json
}

Describe 'Get-CleanArticle on HTML' {
    BeforeAll {
        $script:Html = Join-Path $TestDrive 'page.html'
        Copy-Item -LiteralPath $Page -Destination $Html
        $script:Disguised = Join-Path $TestDrive 'saved-page.txt'
        Copy-Item -LiteralPath $Page -Destination $Disguised
        $script:Hashes = Get-ChildItem -LiteralPath $TestDrive -File | Get-FileHash -Algorithm SHA256
    }

    It 'reads a .html file as a page: title, site, dates and keywords from its metadata, body from its main content' {
        $article = Get-CleanArticle -Path $Html

        $article.Title | Should -Be $Expected.title
        $article.Site | Should -Be $Expected.site
        $article.PublishedAt.UtcDateTime | Should -Be ([datetimeoffset]$Expected.publishedAt).UtcDateTime
        $article.ModifiedAt.UtcDateTime | Should -Be ([datetimeoffset]$Expected.modifiedAt).UtcDateTime
        @($article.Keywords) | Should -Be @($Expected.keywords)
        @($article.Paragraphs) | Should -Be @($Expected.paragraphs)
        $article.Body | Should -Not -Match '<[a-z]'
    }

    It 'recognises a page saved with a .txt name by its content' {
        (Get-CleanArticle -LiteralPath $Disguised).Title | Should -Be $Expected.title
    }

    It 'reads the same file as a text dump with -Format Text' {
        $asText = Get-CleanArticle -LiteralPath $Html -Format Text
        $asText.Body | Should -Match '<'
        $asText.Title | Should -Not -Be $Expected.title
    }

    It 'binds an Html property of a record by name' {
        $record = [pscustomobject]@{ Html = (Get-Content -LiteralPath $Page -Raw -Encoding utf8); Id = 'rec-7' }
        $article = $record | Get-CleanArticle

        $article.Title | Should -Be $Expected.title
        $article.SourceId | Should -Be 'rec-7'
    }

    It 'treats an Html property holding plain text as text' {
        $record = [pscustomobject]@{ Html = ($Expected.paragraphs -join "`n`n") }
        @(($record | Get-CleanArticle).Paragraphs) | Should -Be @($Expected.paragraphs)
    }

    It 'never changes an input file' {
        Compare-Object $Hashes (Get-ChildItem -LiteralPath $TestDrive -File | Get-FileHash -Algorithm SHA256) -Property Path, Hash | Should -BeNullOrEmpty
    }
}
