using System;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Serialization;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

[Trait("Rule", "GEN-02")]
public sealed class KernelJsonTests
{
    private static readonly JsonSerializerOptions Options = KeyAccountJson.CreateOptions();

    [Property]
    [Trait("Rule", "GEN-04")]
    public Property Money_survives_a_round_trip_exactly() =>
        Prop.ForAll(ArbMap.Default.GeneratorFor<decimal>().ToArbitrary(), Gen.Elements("CNY", "USD", "EUR", "JPY").ToArbitrary(), (any, code) =>
        {
            // Only amounts with at most the currency's minor-unit digits can be written into a document (GEN-09).
            var currency = Currency.Of(code);
            var money = new Money(decimal.Round(any, currency.MinorUnitDigits, MidpointRounding.AwayFromZero), currency);
            var json = JsonSerializer.Serialize(money, Options);
            var back = JsonSerializer.Deserialize<Money>(json, Options);
            return back == money && back.Amount.Scale == money.Amount.Scale;
        });

    [Property]
    [Trait("Rule", "GEN-09")]
    public Property Money_with_more_digits_than_its_currencys_minor_unit_does_not_read() =>
        Prop.ForAll(Gen.Choose(-1_000_000, 1_000_000).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (cents, mills) =>
        {
            var json = FormattableString.Invariant($"{{\"amount\":{(cents / 100m) + (mills / 1000m)},\"currency\":\"CNY\"}}");
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json, Options));
        });

    [Property]
    public bool Identifiers_survive_a_round_trip(Guid value)
    {
        var id = AccountId.From(value);
        return JsonSerializer.Deserialize<AccountId>(JsonSerializer.Serialize(id, Options), Options) == id
            && JsonSerializer.Serialize(id, Options) == $"\"{value}\"";
    }

    [Property]
    public bool Actor_and_stream_names_survive_a_round_trip(NonWhiteSpaceString text)
    {
        var actor = new ActorId(text.Get);
        var stream = new StreamId(text.Get);
        return JsonSerializer.Deserialize<ActorId>(JsonSerializer.Serialize(actor, Options), Options) == actor
            && JsonSerializer.Deserialize<StreamId>(JsonSerializer.Serialize(stream, Options), Options) == stream;
    }

    [Fact]
    public void Rule_ids_are_written_as_text()
    {
        Assert.Equal("\"CAN-05\"", JsonSerializer.Serialize(new RuleId("CAN-05"), Options));
        Assert.Equal(new RuleId("CAN-05"), JsonSerializer.Deserialize<RuleId>("\"CAN-05\"", Options));
    }

    [Theory]
    [InlineData("{\"amount\":1}")]
    [InlineData("{\"currency\":\"CNY\"}")]
    [InlineData("{\"amount\":\"1\",\"currency\":\"CNY\"}")]
    [InlineData("{\"amount\":1,\"currency\":\"RMB1\"}")]
    [InlineData("{\"amount\":1,\"amount\":2,\"currency\":\"CNY\"}")]
    [InlineData("{\"amount\":1,\"currency\":\"CNY\",\"rate\":2}")]
    [InlineData("{\"amount\":1e30,\"currency\":\"CNY\"}")]
    [InlineData("12.5")]
    public void Broken_money_is_a_json_error(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json, Options));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("3")]
    public void Blank_actor_ids_are_refused(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ActorId>(json, Options));
    }

    [Fact]
    public void Stream_names_for_an_aggregate_use_the_category_and_the_id()
    {
        var id = AccountId.From(Guid.Parse("3f2c6a4e-1b2d-4c5e-8f90-a1b2c3d4e5f6"));
        Assert.Equal("account-3f2c6a4e1b2d4c5e8f90a1b2c3d4e5f6", StreamId.For("account", id).Value);
    }
}
