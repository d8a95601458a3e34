using KeyAccount.Domain.Tests.Kernel.Sample;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

[Trait("Rule", "GEN-02")]
public sealed class HostileEventTests
{
    [Fact]
    public void Every_hostile_document_gives_a_typed_error_or_a_whole_event()
    {
        var count = HostileEventCorpus.AssertAllHandled(TicketDecider.Serializer,
            [new TicketOpened("Fix the gate"), new TicketCancelled("duplicate"), new TicketCommented("note", ["a", "b"], 3), new TicketStarted()]);
        Assert.True(count > 60, $"only {count} documents were tried");
    }
}
