using System.Globalization;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Testing.Fixtures;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

/// <summary>GEN-11: a decision that relies on another aggregate reads the source's state from the context, and a
/// source the host did not supply is refused with the rule and the stream to load.</summary>
[Trait("Rule", "GEN-11")]
public sealed class EvidenceTests
{
    private static readonly StreamId Source = new("contract-review-1");

    private sealed record SourceState(string Status);

    [Fact]
    public void A_source_the_host_supplied_is_found_with_its_version()
    {
        var context = new DecisionContextBuilder().Build().WithSource(Source, 3, new SourceState("approved"));

        Assert.True(Evidence.TryGet<SourceState>(context, "contract review", Source, out var state, out var refusal));
        Assert.Equal("approved", state.Status);
        Assert.Null(refusal);
        Assert.True(context.TryGetSource<SourceState>(Source, out var version, out _));
        Assert.Equal(3, version);
    }

    [Fact]
    public void A_later_state_of_the_same_stream_replaces_the_earlier_and_survives_other_context_changes()
    {
        var context = new DecisionContextBuilder().Build()
            .WithSource(Source, 3, new SourceState("approved"))
            .WithSource(Source, 5, new SourceState("amended"))
            .At(NodaTime.Instant.FromUtc(2026, 1, 5, 2, 0));

        Assert.True(context.TryGetSource<SourceState>(Source, out var version, out var state));
        Assert.Equal((5L, "amended"), (version, state.Status));
    }

    [Fact]
    public void A_missing_source_or_one_of_another_type_is_refused_with_GEN_11_naming_the_stream()
    {
        var context = new DecisionContextBuilder().Build().WithSource(Source, 1, "not a state of that type");

        Assert.False(Evidence.TryGet<SourceState>(context, "contract review", Source, out var state, out var refusal));
        Assert.Null(state);
        Assert.Equal("GEN-11", refusal.RuleId.ToString());
        Assert.Equal("evidence.missing", refusal.Code);
        Assert.Contains("contract-review-1", refusal.GetMessage(CultureInfo.GetCultureInfo("en")), System.StringComparison.Ordinal);
        Assert.Contains("contract-review-1", refusal.GetMessage(CultureInfo.GetCultureInfo("zh-Hans")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_version_or_a_null_state_is_a_programming_error()
    {
        var context = new DecisionContextBuilder().Build();
        Assert.Throws<System.ArgumentOutOfRangeException>(() => context.WithSource(Source, -1, new SourceState("x")));
        Assert.Throws<System.ArgumentNullException>(() => context.WithSource<SourceState>(Source, 0, null!));
    }
}
