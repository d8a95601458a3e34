using System;
using System.Globalization;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Kernel.Sample;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

[Trait("Rule", "GEN-07")]
public sealed class DomainErrorTests
{
    private static readonly DomainError Error =
        new TicketDecider().Decide(new FinishTicket(), new TicketDecider().Initial, TestContexts.Default).Error;

    [Fact]
    public void Messages_exist_in_English_and_Simplified_Chinese()
    {
        Assert.Equal("Finish is not allowed from None in the ticket lifecycle.", Error.GetMessage(CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("在 ticket 流程中,状态 None 不允许执行 Finish。", Error.GetMessage(CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans-CN")]
    [InlineData("zh-SG")]
    public void Every_simplified_Chinese_culture_gets_the_Chinese_message(string culture)
    {
        Assert.StartsWith("在 ticket 流程中", Error.GetMessage(CultureInfo.GetCultureInfo(culture)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr-FR")]
    [InlineData("")]
    public void Other_cultures_get_the_English_message(string culture)
    {
        Assert.StartsWith("Finish is not allowed", Error.GetMessage(CultureInfo.GetCultureInfo(culture)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_code_and_data_do_not_change_with_the_language()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var chinese = (Error.RuleId, Error.Code, Error.Message);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            var english = (Error.RuleId, Error.Code, Error.Message);

            Assert.Equal(chinese.RuleId, english.RuleId);
            Assert.Equal(chinese.Code, english.Code);
            Assert.NotEqual(chinese.Message, english.Message);
            Assert.Equal("ticket", Error.Detail<string>("lifecycle"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void ToString_names_the_rule_and_code_in_English_for_logs()
    {
        Assert.Equal("TST-01 lifecycle.transition_not_allowed: Finish is not allowed from None in the ticket lifecycle.", Error.ToString());
    }

    [Fact]
    public void A_code_without_a_template_still_gives_a_readable_message()
    {
        var error = new RuleViolation("TST-09", "ticket.unlisted", MessageSource.Kernel, new ErrorDetail("count", 3));
        Assert.Equal("ticket.unlisted: count=3", error.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Asking_for_a_missing_detail_says_so()
    {
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Error.Detail<string>("nope"));
    }

    [Theory]
    [InlineData("CAN-05", true)]
    [InlineData("SITE-01", true)]
    [InlineData("GEN-1", false)]
    [InlineData("can-05", false)]
    [InlineData("TOOLONG-01", false)]
    [InlineData("A-01", false)]
    public void Rule_ids_have_a_fixed_form(string text, bool valid)
    {
        if (valid)
        {
            Assert.Equal(text, new RuleId(text).Value);
        }
        else
        {
            Assert.Throws<ArgumentException>(() => new RuleId(text));
        }
    }

    [Fact]
    public void A_gate_rejection_lists_every_missing_requirement_in_the_message()
    {
        var error = new RequirementsMissing("TST-05", "ticket.gate", MessageSource.Kernel,
        [
            new MissingRequirement("ticket.owner_missing", MessageSource.Kernel),
            new MissingRequirement("ticket.due_missing", MessageSource.Kernel, new ErrorDetail("field", "due")),
        ]);

        Assert.Equal(2, error.Missing.Count);
        Assert.Equal(2, error.Detail<int>("missingCount"));
        var message = error.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("ticket.owner_missing", message, StringComparison.Ordinal);
        Assert.Contains("ticket.due_missing: field=due", message, StringComparison.Ordinal);
    }
}
