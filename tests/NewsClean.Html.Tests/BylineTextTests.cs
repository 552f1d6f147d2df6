using NewsClean.Html.Metadata;
using Xunit;

namespace NewsClean.Html.Tests;

/// <summary>Issue 10, bylines: names or desks only; credit words, dates, links and handles around them go; UI words, counters, hosts are none.</summary>
public sealed class BylineTextTests
{
    [Theory]
    [InlineData("By Jane Roe", "Jane Roe")]
    [InlineData("by : Jane Roe", "Jane Roe")]
    [InlineData("Von Max Muster", "Max Muster")]
    [InlineData("Par Marie Durand, Paul Martin", "Marie Durand, Paul Martin")]
    [InlineData("Posted by Sam Lee", "Sam Lee")]
    [InlineData("Author Sam Lee", "Sam Lee")]
    [InlineData("بقلم أحمد علي", "بقلم أحمد علي")]
    [InlineData("كتب: سامر الحداد", "كتب: سامر الحداد")]
    [InlineData("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس")]
    [InlineData("Jane Roe - January 10, 2020 12 minutes", "Jane Roe")]
    [InlineData("von Max Muster am 26/10/13, 03:48 pm", "Max Muster")]
    [InlineData("Max Muster Fr, 18. Oktober 2019", "Max Muster")]
    [InlineData("Max Muster, 07 Dezember, 2022", "Max Muster")]
    [InlineData("Max Muster 22. Februar 2020", "Max Muster")]
    [InlineData("Max Muster,", "Max Muster")]
    [InlineData("Jane Roe - http://janeroe.example", "Jane Roe")]
    [InlineData("Jane Roe @janeroe", "Jane Roe")]
    [InlineData("Redaktion", "Redaktion")]
    [InlineData("Staff Writer", "Staff Writer")]
    [InlineData("LD", "LD")]
    [InlineData("Walter von Aachen", "Walter von Aachen")]
    [InlineData("Da Silva", "Da Silva")]
    [InlineData("Bündnis 90/Die Grünen", "Bündnis 90/Die Grünen")]
    [InlineData("Thanh Le", "Thanh Le")]
    [InlineData("Mohamed El", "Mohamed El")]
    [InlineData("The Conversation", "The Conversation")]
    [InlineData("Jane Roe on", "Jane Roe")]
    public void ACredit_GivesTheNamesAlone(string credit, string expected)
    {
        Assert.Equal(expected, BylineText.Clean(credit));
    }

    [Theory]
    [InlineData("Published by")]
    [InlineData("Posted on")]
    [InlineData("Posted")]
    [InlineData("No Author")]
    [InlineData("Trackback URL")]
    [InlineData("Reuse content")]
    [InlineData("FAIL")]
    [InlineData("JOIN THE CONVERSATION")]
    [InlineData("01:30 Min.")]
    [InlineData("1.234 views")]
    [InlineData("5 min read")]
    [InlineData("</main>")]
    [InlineData("jane@example.com")]
    [InlineData("jane[at]example.com")]
    [InlineData("example.com")]
    [InlineData("blog.example.org")]
    [InlineData("|news.example.de")]
    [InlineData("von")]
    [InlineData("Artikel von:")]
    [InlineData("x")]
    [InlineData("")]
    public void NotAByline_IsNone(string credit)
    {
        Assert.Null(BylineText.Clean(credit));
    }
}
