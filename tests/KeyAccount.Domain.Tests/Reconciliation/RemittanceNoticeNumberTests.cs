using System;
using System.Linq;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales.Subscriptions;
using Xunit;

namespace KeyAccount.Domain.Tests.Reconciliation;

public sealed class RemittanceNoticeNumberTests
{
    [Theory]
    [InlineData("RN-0001", 1, "RN-0001")]
    [InlineData("1", 1, "RN-0001")]
    [InlineData("0042", 42, "RN-0042")]
    [InlineData("RN-1000001", 1_000_001, "RN-1000001")]
    [InlineData("999999999999999999", 999_999_999_999_999_999, "RN-999999999999999999")]
    public void The_text_form_and_bare_digits_read_as_the_same_number(string text, long value, string form)
    {
        var number = RemittanceNoticeNumber.Parse(text);

        Assert.Equal(value, number.Value);
        Assert.Equal(form, number.ToString());
        Assert.True(RemittanceNoticeNumber.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out var fromUtf8));
        Assert.Equal(number, fromUtf8);
    }

    [Theory]
    [InlineData("")]
    [InlineData("RN-")]
    [InlineData("0")]
    [InlineData("RN-0000")]
    [InlineData("-1")]
    [InlineData(" RN-0001")]
    [InlineData("rn-0001")]
    [InlineData("RN-00001x")]
    [InlineData("1000000000000000000")]
    public void Anything_else_is_not_a_notice_number(string text)
    {
        Assert.False(RemittanceNoticeNumber.TryParse(text, out var number));
        Assert.Equal(default, number);
        Assert.Throws<FormatException>(() => RemittanceNoticeNumber.Parse(text));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-7)]
    [InlineData(1_000_000_000_000_000_000)]
    public void A_value_out_of_range_is_refused(long value)
    {
        Assert.False(RemittanceNoticeNumber.TryFrom(value, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => RemittanceNoticeNumber.From(value));
    }

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void A_subscription_event_written_with_the_text_form_is_still_read_and_is_written_back_as_a_number()
    {
        var seed = System.IO.File.ReadAllText(System.IO.Path.Combine(Support.DiagramFiles.RepositoryRoot(), "fuzz", "corpus", "event-json", "subscription.payment_received.v1.json")).Trim();
        var legacy = seed.Replace("\"number\":1,", "\"number\":\"RN-0001\",", StringComparison.Ordinal);
        Assert.Contains("\"RN-0001\"", legacy, StringComparison.Ordinal);

        var read = SubscriptionAggregate.Definition.Serializer.Deserialize(legacy).AsT0;

        var notice = Assert.IsType<PaymentReceived>(read.Event).Notice;
        Assert.Equal(RemittanceNoticeNumber.From(1), notice.Number);
        Assert.All(notice.Copies, c => Assert.Equal(notice.Number, c.Number));
        Assert.Equal(seed, SubscriptionAggregate.Definition.Serializer.Serialize(read));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("\"RN-x\"")]
    [InlineData("null")]
    [InlineData("true")]
    public void An_event_with_anything_else_as_a_number_is_malformed(string number)
    {
        var seed = System.IO.File.ReadAllText(System.IO.Path.Combine(Support.DiagramFiles.RepositoryRoot(), "fuzz", "corpus", "event-json", "sales_day.payment_posted.v1.json")).Trim();

        var read = SalesDayAggregate.Definition.Serializer.Deserialize(seed.Replace("\"notice\":41,", $"\"notice\":{number},", StringComparison.Ordinal));

        Assert.True(read.IsT1);
        Assert.Equal("GEN-02", read.AsT1.RuleId.Value);
    }
}
