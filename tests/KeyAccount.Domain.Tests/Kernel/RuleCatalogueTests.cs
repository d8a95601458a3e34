using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Rules;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

public sealed class RuleCatalogueTests
{
    // Every bold rule ID of RULES.md, in the specification's order. This list is the guard that no rule is
    // forgotten: a rule added to the specification is added here and to the catalogue together.
    private static readonly string[] SpecifiedIds =
    [
        "ACC-01", "ACC-02", "ACC-03", "ACC-04", "ACC-05", "ACC-06", "ACC-07", "ACC-08", "ACC-09", "ACC-10", "ACC-11", "ACC-12", "ACC-13", "ACC-14",
        "KAM-01", "KAM-02", "KAM-03", "KAM-04", "KAM-05", "KAM-06",
        "VIS-01", "VIS-02", "VIS-03", "VIS-04",
        "NEG-01", "NEG-02", "NEG-03", "NEG-04", "NEG-05", "NEG-06", "NEG-07", "NEG-08", "NEG-09", "NEG-10", "NEG-11", "NEG-12", "NEG-13",
        "RCP-01", "RCP-02", "RCP-03", "RCP-04", "SITE-01", "SITE-02",
        "SUB-01", "SUB-02", "SUB-03", "SUB-04", "SUB-05", "SUB-06", "SUB-07", "SUB-08", "SUB-09",
        "CAN-01", "CAN-02", "CAN-03", "CAN-04", "CAN-05", "CAN-06", "CAN-07", "CAN-08",
        "RET-01", "RET-02", "RET-03", "RET-04",
        "REC-01", "REC-02", "REC-03", "REC-04", "REC-05", "REC-06",
        "CR-01", "CR-02", "CR-03", "CR-04", "CR-05", "CR-06",
        "CMP-01", "CMP-02",
        "SAT-01",
        "DLV-01", "DLV-02", "DLV-03", "DLV-04", "DLV-05",
        "GEN-01", "GEN-02", "GEN-03", "GEN-04", "GEN-05", "GEN-06", "GEN-07", "GEN-08", "GEN-09", "GEN-10", "GEN-11", "GEN-12",
    ];

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static TheoryData<string> Ids => new(SpecifiedIds);

    [Fact]
    public void The_catalogue_holds_every_rule_of_the_specification_in_its_order()
    {
        Assert.Equal(SpecifiedIds, RuleCatalogue.All.Select(rule => rule.Id.Value));
    }

    [Fact]
    public void Every_rule_id_is_well_formed_and_unique()
    {
        Assert.All(RuleCatalogue.All, rule => Assert.True(RuleId.IsWellFormed(rule.Id.Value), rule.Id.Value));
        Assert.Equal(RuleCatalogue.All.Count, RuleCatalogue.All.Select(rule => rule.Id).Distinct().Count());
    }

    [Fact]
    public void The_count_per_area_matches_the_specification()
    {
        var expected = new Dictionary<RuleArea, int>
        {
            [RuleArea.KeyAccounts] = 14,
            [RuleArea.AccountManagement] = 6,
            [RuleArea.Visits] = 4,
            [RuleArea.Negotiations] = 13,
            [RuleArea.SalesSite] = 6,
            [RuleArea.Subscriptions] = 9,
            [RuleArea.Cancellations] = 8,
            [RuleArea.Returns] = 4,
            [RuleArea.Reconciliation] = 6,
            [RuleArea.ContractReviews] = 6,
            [RuleArea.Complaints] = 2,
            [RuleArea.Satisfaction] = 1,
            [RuleArea.Fulfilment] = 5,
            [RuleArea.CrossCutting] = 12,
        };

        Assert.Equal(expected, Enum.GetValues<RuleArea>().ToDictionary(area => area, area => RuleCatalogue.All.Count(rule => rule.Area == area)));
    }

    [Fact]
    public void A_rule_family_belongs_to_one_area_and_areas_come_in_one_block_each()
    {
        Assert.All(RuleCatalogue.All.GroupBy(rule => rule.Id.Family), family => Assert.Single(family.Select(rule => rule.Area).Distinct()));

        var blocks = RuleCatalogue.All.Select(rule => rule.Area).Where((area, i) => i == 0 || RuleCatalogue.All[i - 1].Area != area).ToList();
        Assert.Equal(Enum.GetValues<RuleArea>(), blocks);
    }

    [Fact]
    public void Policy_and_inferred_marks_follow_the_specification()
    {
        Assert.Equal(["ACC-13", "ACC-14", "KAM-01", "KAM-04", "KAM-05", "VIS-02", "SITE-01", "CAN-05", "DLV-05"], RuleCatalogue.All.Where(rule => rule.IsPolicy).Select(rule => rule.Id.Value));
        Assert.Equal(["ACC-09", "ACC-12", "NEG-11", "RCP-04", "SUB-08", "SUB-09", "CAN-08", "REC-06", "GEN-11", "GEN-12"], RuleCatalogue.All.Where(rule => rule.IsInferred).Select(rule => rule.Id.Value));
    }

    [Fact]
    public void Every_rule_names_the_aggregate_that_enforces_it()
    {
        Assert.All(RuleCatalogue.All, rule => Assert.Matches("^[A-Z][A-Za-z]+$", rule.Aggregate));
        Assert.Equal("KeyAccount", RuleCatalogue.Get("ACC-03").Aggregate);
        Assert.Equal("Subscription", RuleCatalogue.Get("CAN-05").Aggregate);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_has_a_title_and_a_statement_in_English_and_Chinese(string id)
    {
        var rule = RuleCatalogue.Get(id);

        foreach (var (english, chinese) in new[] { (rule.GetTitle(English), rule.GetTitle(Chinese)), (rule.GetStatement(English), rule.GetStatement(Chinese)) })
        {
            Assert.False(string.IsNullOrWhiteSpace(english));
            Assert.False(string.IsNullOrWhiteSpace(chinese));
            Assert.NotEqual(english, chinese);
            Assert.DoesNotContain(english, IsChinese);
            Assert.Contains(chinese, IsChinese);
            Assert.Equal(english.Trim(), english);
            Assert.Equal(chinese.Trim(), chinese);
        }

        Assert.InRange(rule.GetTitle(English).Split(' ').Length, 1, 8);
        Assert.NotEqual(rule.GetTitle(English), rule.GetStatement(English));
        Assert.NotEqual(rule.GetTitle(Chinese), rule.GetStatement(Chinese));
    }

    [Fact]
    public void Texts_read_like_the_specification()
    {
        Assert.Equal("Refund payable after five working days", RuleCatalogue.Get("CAN-05").GetTitle(English));
        Assert.StartsWith("如客户在《签约须知》上已签字确认条款", RuleCatalogue.Get("CAN-04").GetStatement(Chinese), StringComparison.Ordinal);
        Assert.Contains("三联必须同时盖章确认", RuleCatalogue.Get("SUB-04").GetStatement(Chinese), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans-CN")]
    [InlineData("zh-SG")]
    public void Every_simplified_Chinese_culture_gets_the_Chinese_text(string culture)
    {
        Assert.Equal("做到日日平帐", RuleCatalogue.Get("REC-03").GetTitle(CultureInfo.GetCultureInfo(culture)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("fr-FR")]
    [InlineData("")]
    public void Other_cultures_get_the_English_text(string culture)
    {
        Assert.Equal("A day closes only when balanced", RuleCatalogue.Get("REC-03").GetTitle(CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Without_a_culture_the_current_UI_culture_chooses_the_language()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Chinese;
            Assert.Equal(RuleCatalogue.Get("GEN-07").GetStatement(Chinese), RuleCatalogue.Get("GEN-07").GetStatement());
            CultureInfo.CurrentUICulture = English;
            Assert.Equal(RuleCatalogue.Get("GEN-07").GetTitle(English), RuleCatalogue.Get("GEN-07").GetTitle());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void The_English_and_Chinese_resources_have_exactly_the_keys_of_the_catalogue()
    {
        var expected = SpecifiedIds.SelectMany(id => new[] { id + ".title", id + ".statement" }).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, ResourceKeys("Rules.resx"));
        Assert.Equal(expected, ResourceKeys("Rules.zh-Hans.resx"));
    }

    [Fact]
    public void Get_and_TryGet_find_a_rule_by_its_id()
    {
        var rule = RuleCatalogue.Get(new RuleId("SITE-01"));

        Assert.Equal(new RuleId("SITE-01"), rule.Id);
        Assert.Equal(RuleArea.SalesSite, rule.Area);
        Assert.True(rule.IsPolicy);
        Assert.True(RuleCatalogue.TryGet("SITE-01", out var found));
        Assert.Same(rule, found);
    }

    [Theory]
    [InlineData("ACC-15")]
    [InlineData("TST-01")]
    [InlineData("SITE-03")]
    public void An_id_outside_the_catalogue_is_not_found(string id)
    {
        Assert.Throws<KeyNotFoundException>(() => RuleCatalogue.Get(id));
        Assert.False(RuleCatalogue.TryGet(id, out var rule));
        Assert.Null(rule);
    }

    [Fact]
    public void The_default_rule_id_is_not_found()
    {
        Assert.Throws<KeyNotFoundException>(() => RuleCatalogue.Get(default));
        Assert.False(RuleCatalogue.TryGet(default, out _));
    }

    [Fact]
    public void Docs_rules_md_lists_every_rule_with_where_it_is_enforced_and_tested()
    {
        var document = RulesDocument.AssertInStep();

        Assert.All(SpecifiedIds, id => Assert.Contains("\n| " + id + " | ", document, StringComparison.Ordinal));
        Assert.Contains(nameof(Docs_rules_md_lists_every_rule_with_where_it_is_enforced_and_tested), RulesDocument.GeneratingTest, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_is_asserted_by_a_test_carrying_its_trait_and_a_mention_alone_does_not_count()
    {
        var tests = RulesDocument.RuleTests();

        var untested = SpecifiedIds.Where(id => !tests.ContainsKey(id)).ToList();
        Assert.True(untested.Count == 0, $"rules without a test carrying their trait: {string.Join(", ", untested)}");
        Assert.DoesNotContain("Kernel.DomainErrorTests", tests["CAN-05"]);
        Assert.Contains("Sales.CancellationTests", tests["CAN-05"]);
    }

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static List<string> ResourceKeys(string file) =>
        XDocument.Load(Path.Combine(DiagramFiles.RepositoryRoot(), "src", "KeyAccount.Domain", "Resources", file))
            .Root!.Elements("data")
            .Select(data => (string)data.Attribute("name")!)
            .Order(StringComparer.Ordinal)
            .ToList();
}
