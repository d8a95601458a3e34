using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Tests.Accounts;
using KeyAccount.Domain.Tests.Quality;
using KeyAccount.Domain.Tests.Sales;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

/// <summary>A Chinese message names a stage, a status, a collector or a department in Chinese, not by the C# member
/// name; an English message is unchanged.</summary>
[Trait("Rule", "GEN-07")]
public sealed class EnumNameTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    // The public enumerations, and the trigger enumerations of the lifecycle tables, internal but named by every
    // TransitionNotAllowed message.
    private static readonly Type[] PublicEnums =
    [
        .. typeof(Money).Assembly.GetExportedTypes().Where(t => t.IsEnum)
            .Union(AggregateCatalogue.All.SelectMany(a => a.Lifecycles).Select(l => l.GetType().GetGenericArguments()[1]))
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    [Fact]
    public void Every_member_of_every_public_enumeration_and_every_trigger_has_a_Chinese_name()
    {
        Assert.NotEmpty(PublicEnums);
        var missing = PublicEnums
            .SelectMany(t => Enum.GetValues(t).Cast<Enum>())
            .Where(member => MessageSource.EnumName(member, Chinese) is not { } name || !name.Any(IsChineseCharacter))
            .Select(member => $"{member.GetType().Name}.{member}")
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void The_Chinese_names_are_keyed_by_enumeration_names_that_are_unique_and_name_no_other_member()
    {
        Assert.Equal(PublicEnums.Length, PublicEnums.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());

        var members = PublicEnums.SelectMany(t => Enum.GetNames(t).Select(m => $"{t.Name}.{m}")).ToHashSet(StringComparer.Ordinal);
        var keys = XDocument.Load(Path.Combine(DiagramFiles.RepositoryRoot(), "src", "KeyAccount.Domain", "Resources", "EnumNames.zh-Hans.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(keys, k => Assert.Contains(k, members));
    }

    [Fact]
    public void English_and_invariant_messages_keep_the_member_names()
    {
        Assert.Null(MessageSource.EnumName(AccountStage.Closing, English));
        Assert.Null(MessageSource.EnumName(AccountStage.Closing, CultureInfo.InvariantCulture));
        Assert.Equal("促成成交", MessageSource.EnumName(AccountStage.Closing, CultureInfo.GetCultureInfo("zh-Hans")));
    }

    [Fact]
    public void A_member_without_a_Chinese_name_is_shown_by_its_member_name()
    {
        var error = new RuleViolation("TST-09", "lifecycle.transition_not_allowed", MessageSource.Kernel,
            new ErrorDetail("lifecycle", "ticket"), new ErrorDetail("from", DayOfWeek.Monday), new ErrorDetail("trigger", (AccountStage)42));

        Assert.Equal("在 ticket 流程中,状态 Monday 不允许执行 42。", error.GetMessage(Chinese));
        Assert.Equal("42 is not allowed from Monday in the ticket lifecycle.", error.GetMessage(English));
    }

    [Fact]
    public void Skipping_a_pipeline_stage_names_the_stage_and_the_step_in_Chinese()
    {
        var error = Assert.IsType<TransitionNotAllowed>(DecisionAssert.Rejected(
            AccountScenario.In(AccountStage.Targeting).When(new AdvanceStage(AccountStage.ValueAssessment)), "ACC-02", "lifecycle.transition_not_allowed"));

        Assert.Equal("在 account-pipeline 流程中,状态 确定开发对象 不允许执行 进入价值评估/开发程序。", error.GetMessage(Chinese));
        AssertEnglishUnchanged("EnterValueAssessment is not allowed from Targeting in the account-pipeline lifecycle.", error);
        AssertNoMemberName(error, AccountStage.Targeting, AccountTrigger.EnterValueAssessment);
        Assert.Equal("Targeting", error.From);
        Assert.Equal("EnterValueAssessment", error.Detail<string>("trigger"));
    }

    [Fact]
    public void Signing_a_subscription_that_is_not_effective_names_its_status_in_Chinese()
    {
        var error = Assert.IsType<TransitionNotAllowed>(DecisionAssert.Rejected(
            SalesFixture.When(SalesFixture.Given(SalesFixture.Drafted()), new SignPreSaleContract(SalesFixture.Specialist, "YS-2025-001")),
            "SUB-07", "lifecycle.transition_not_allowed"));

        Assert.Equal("在 subscription 流程中,状态 待盖章 不允许执行 签约。", error.GetMessage(Chinese));
        AssertEnglishUnchanged("SignContract is not allowed from Draft in the subscription lifecycle.", error);
        AssertNoMemberName(error, SubscriptionStatus.Draft, SubscriptionTrigger.SignContract);
    }

    [Fact]
    public void A_payment_taken_by_the_wrong_collector_names_the_sales_mode_and_collectors_in_Chinese()
    {
        var error = DecisionAssert.Rejected(
            SalesFixture.When(SalesFixture.Given(SalesFixture.Drafted(SalesMode.Agency)),
                new RecordPayment(SalesFixture.Specialist, RemittanceNoticeNumber.Parse("RN-0007"), Money.Cny(20_000m), PaymentMethod.Cash, PaymentCollector.CompanyCashier, SalesFixture.Cashier)),
            "SUB-02", "sales.wrong_collector");

        Assert.Equal("代理 项目的款项不得由 公司出纳 收取,应由 开发商 收取。", error.GetMessage(Chinese));
        AssertEnglishUnchanged("A payment collected by CompanyCashier is not allowed on a Agency project; Developer collects.", error);
        AssertNoMemberName(error, SalesMode.Agency, PaymentCollector.CompanyCashier, PaymentCollector.Developer);
        Assert.Equal(PaymentCollector.Developer, error.Detail<PaymentCollector>("expected"));
    }

    [Fact]
    public void Partial_stamping_lists_the_unstamped_copies_in_Chinese()
    {
        var error = Assert.IsType<RequirementsMissing>(DecisionAssert.Rejected(
            SalesFixture.When(SalesFixture.Given(SalesFixture.Drafted()), new StampCopies(SalesFixture.Specialist, [SubscriptionCopy.Company])),
            "SUB-04", "sales.stamping_incomplete"));

        var chinese = error.GetMessage(Chinese);
        Assert.EndsWith(" 客户联未盖章;开发商联未盖章", chinese, StringComparison.Ordinal);
        Assert.EndsWith(" the Customer copy is not stamped; the Developer copy is not stamped", error.GetMessage(English), StringComparison.Ordinal);
        Assert.Equal(error.GetMessage(English), error.GetMessage(CultureInfo.InvariantCulture));
        AssertNoMemberName(error, SubscriptionCopy.Customer, SubscriptionCopy.Developer);
    }

    [Fact]
    public void A_step_taken_by_the_wrong_department_names_both_departments_in_Chinese()
    {
        var error = DecisionAssert.Rejected(
            ComplaintSteps.When(ComplaintSteps.Complaints.Initial, ComplaintSteps.Receive() with { By = Department.Quality }),
            "CMP-01", "complaint.wrong_department");

        Assert.Equal("品管科 无权执行此步骤;应由 销售科 执行。", error.GetMessage(Chinese));
        AssertEnglishUnchanged("Quality may not take this step; Sales does.", error);
        AssertNoMemberName(error, Department.Quality, Department.Sales);
    }

    private static void AssertEnglishUnchanged(string expected, DomainError error)
    {
        Assert.Equal(expected, error.GetMessage(English));
        Assert.Equal(expected, error.GetMessage(CultureInfo.InvariantCulture));
    }

    private static void AssertNoMemberName(DomainError error, params Enum[] members)
    {
        var chinese = error.GetMessage(Chinese);
        foreach (var member in members)
        {
            Assert.DoesNotContain(member.ToString(), chinese, StringComparison.Ordinal);
        }
    }

    private static bool IsChineseCharacter(char c) => c is >= '\u4e00' and <= '\u9fff';
}
