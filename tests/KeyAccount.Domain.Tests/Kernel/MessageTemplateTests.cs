using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

/// <summary>
/// Every rejection code a decider of the catalogue can emit has an English and a Chinese template (GEN-07). The codes
/// are read from the compiled code of each aggregate's family (every string the family's methods load that has the
/// form of a code), not from a hand list, so a new code without its templates fails here.
/// </summary>
public sealed partial class MessageTemplateTests
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>Gets the name of every aggregate.</summary>
    public static TheoryData<string> Aggregates => new(AggregateCatalogue.All.Select(a => a.Name));

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void Every_code_the_aggregates_family_can_emit_has_an_English_and_a_Chinese_template(string name)
    {
        var aggregate = AggregateCatalogue.Find(name)!;
        var family = Family(aggregate);
        var messages = new MessageSource("KeyAccount.Domain.Resources." + family);
        var codes = CodesOf("KeyAccount.Domain." + family).Except(aggregate.WireNames).ToList();
        Assert.NotEmpty(codes);
        var missing = codes
            .SelectMany(code => new[] { (code, English), (code, Chinese) })
            .Where(c => Template(messages, c.code, c.Item2) is null)
            .Select(c => $"{c.code} ({(c.Item2 == English ? "English" : "Chinese")})")
            .ToList();
        Assert.True(missing.Count == 0, $"{name}: codes without a template: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_template_of_a_family_exists_in_both_languages()
    {
        foreach (var family in AggregateCatalogue.All.Select(Family).Distinct())
        {
            var messages = new MessageSource("KeyAccount.Domain.Resources." + family);
            foreach (var code in CodesOf("KeyAccount.Domain." + family).Where(c => messages.Template(c, English) is not null))
            {
                var chinese = messages.Template(code, Chinese);
                Assert.False(chinese is null || chinese == messages.Template(code, English), $"{family}: {code} has no Chinese template");
            }
        }
    }

    [Fact]
    public void The_scan_finds_the_codes_it_is_meant_to_find()
    {
        var codes = CodesOf("KeyAccount.Domain.Sales");
        Assert.Contains("sales.unit_code_required", codes);
        Assert.Contains("sales.unit_unavailable", codes);
    }

    private static string Family(IAggregateDefinition aggregate) => aggregate.CommandType.Namespace!.Split('.')[2];

    private static string? Template(MessageSource family, string code, CultureInfo culture) =>
        family.Template(code, culture) ?? MessageSource.Kernel.Template(code, culture);

    /// <summary>Returns every string loaded by a method of a type of the namespace (or below it) that has the form of
    /// a rejection code: lower-case words joined by dots, e.g. <c>sales.unit_unavailable</c>.</summary>
    private static IReadOnlySet<string> CodesOf(string @namespace) =>
        CompiledStrings.In(@namespace).Where(text => CodeForm().IsMatch(text)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^[a-z]+(_[a-z]+)*(\.[a-z]+(_[a-z]+)*)+$")]
    private static partial Regex CodeForm();
}
