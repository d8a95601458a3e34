using System;
using KeyAccount.Domain.Primitives;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

public sealed class NonBlankTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Blank_text_is_refused(string? text)
    {
        Assert.False(NonBlankText.TryCreate(text, out var result));
        Assert.Null(result);
        Assert.True(NonBlankText.IsBlank(text));
    }

    [Fact]
    public void Text_is_trimmed_and_converts_to_its_value()
    {
        Assert.True(NonBlankText.TryCreate("  Huaxin Precision Parts \t", out var text));
        string value = text;

        Assert.Equal("Huaxin Precision Parts", value);
        Assert.Equal("Huaxin Precision Parts", text.ToString());
        Assert.Equal(NonBlankText.From("Huaxin Precision Parts"), text);
        Assert.False(NonBlankText.IsBlank(" x "));
    }

    [Fact]
    public void From_throws_for_blank_text()
    {
        Assert.Throws<ArgumentException>(() => NonBlankText.From("  "));
        Assert.Throws<ArgumentNullException>(() => NonBlankText.From(null!));
    }

    [Fact]
    public void Null_converts_to_a_null_string()
    {
        NonBlankText? none = null;
        string? value = none;
        Assert.Null(value);
    }
}
