using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Reception;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.Tests.Quality;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Reliability;

/// <summary>
/// GEN-02 for histories a decider did not produce (an import, a file): replayed with <see cref="Decider.TryReplay{TCommand, TEvent, TState}"/>,
/// every event is applied or answered with a <see cref="MalformedEvent"/> of kind <see cref="MalformedEventKind.DoesNotFollow"/>
/// — never an exception, and never silently skipped when it names something the stream does not have. The inputs are
/// the <c>event-json</c> fuzz seeds (one document per wire name of every catalogue), each replayed alone from the
/// decider's initial state.
/// </summary>
[Trait("Rule", "GEN-02")]
public sealed class ForeignHistoryTests
{
    /// <summary>Gets the name of every aggregate of the catalogue.</summary>
    public static TheoryData<string> Aggregates => new(AggregateCatalogue.All.Select(a => a.Name));

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void Every_event_alone_is_applied_or_answered_with_a_typed_error(string name)
    {
        var aggregate = AggregateCatalogue.Find(name)!;
        Assert.NotEmpty(aggregate.WireNames);
        foreach (var wireName in aggregate.WireNames)
        {
            var outcome = Alone(File.ReadAllText(Path.Combine(DiagramFiles.RepositoryRoot(), "fuzz", "corpus", "event-json", wireName + ".json")), wireName);
            Assert.True(outcome is null or { Kind: MalformedEventKind.DoesNotFollow, Position: 1 }, $"{wireName}: {outcome}");
        }
    }

    [Theory]
    [InlineData("negotiation.outcome_recorded.v1", "Objective ")]
    [InlineData("negotiation.concession_made.v1", "Objective ")]
    [InlineData("negotiation.bottom_line_revised.v1", "Objective ")]
    [InlineData("negotiation.agenda_item_settled.v1", "Agenda item ")]
    [InlineData("negotiation.dispute_settled.v1", "Dispute ")]
    [InlineData("negotiation.follow_up_completed.v1", "Follow-up ")]
    [InlineData("negotiation.follow_up_cancelled.v1", "Follow-up ")]
    [InlineData("negotiation.contract_review_withdrawn.v1", "Contract review ")]
    [InlineData("negotiation.question_answered.v1", "Question ")]
    [InlineData("negotiation.question_deferred.v1", "Question ")]
    [InlineData("negotiation.solution_discussed.v1", "Solution ")]
    [InlineData("account.contract_approval_withdrawn.v1", "Contract review ")]
    [InlineData("account.contract_approval_reconfirmed.v1", "Contract review ")]
    [InlineData("complaint.action_implemented.v1", "Corrective action request ")]
    [InlineData("complaint.effectiveness_verified.v1", "Corrective action request ")]
    public void An_event_for_something_the_stream_does_not_have_is_not_skipped(string wireName, string named)
    {
        var document = File.ReadAllText(Path.Combine(DiagramFiles.RepositoryRoot(), "fuzz", "corpus", "event-json", wireName + ".json"));

        var error = CreatedFirst.TryGetValue(wireName, out var created) ? created(document) : Alone(document, wireName);

        Assert.NotNull(error);
        Assert.Equal(MalformedEventKind.DoesNotFollow, error.Kind);
        Assert.Equal("GEN-02", error.RuleId.ToString());
        Assert.StartsWith(named, error.Detail, StringComparison.Ordinal);
        var catalogue = wireName.Split('.')[0];
        Assert.EndsWith(" is not in the " + (catalogue == "negotiation" ? "plan." : catalogue == "complaint" ? "complaint." : "account."), error.Detail, StringComparison.Ordinal);
    }

    /// <summary>An account event cannot start a stream (only the opening fires the first row of the table); after the
    /// opening, one for a contact the account does not have is not skipped either.</summary>
    [Fact]
    public void An_account_event_for_a_contact_the_account_does_not_have_is_not_skipped()
    {
        var document = File.ReadAllText(Path.Combine(DiagramFiles.RepositoryRoot(), "fuzz", "corpus", "event-json", "account.decision_maker_profile_recorded.v1.json"));
        var profile = AccountAggregate.Definition.Serializer.Deserialize(document).AsT0.Event;

        var alone = AccountDecider.Instance.TryReplay([profile]).AsT1;
        var error = AccountDecider.Instance.TryReplay([Opened, profile]).AsT1;

        Assert.Equal((MalformedEventKind.DoesNotFollow, 1L), (alone.Kind, alone.Position));
        Assert.Equal((MalformedEventKind.DoesNotFollow, 2L), (error.Kind, error.Position));
        Assert.Equal("GEN-02", error.RuleId.ToString());
        Assert.StartsWith("Contact ", error.Detail, StringComparison.Ordinal);
        Assert.EndsWith(" is not in the account.", error.Detail, StringComparison.Ordinal);
    }

    private static readonly AccountOpened Opened =
        new(AccountId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c0000ad")), "Ningbo Precision Castings", "Trade fair", new ActorId("E1001"), new LocalDate(2025, 3, 3));

    private static readonly ComplaintEvent[] ActionRequested =
    [
        new ComplaintReceived(ComplaintSteps.Complaint, ComplaintSteps.Account, "Crushed cartons", ComplaintSteps.Today),
        new ComplaintInvestigated(ComplaintCause.Packaging, "Stacked too high", ComplaintSteps.Today),
        new CorrectiveActionRequested(1, Department.Warehouse, "Lower the stacks", ComplaintSteps.Today, ComplaintSteps.Today),
    ];

    /// <summary>
    /// For the aggregates whose table decides that an event cannot come before the stream is created (or before the
    /// status it records a step of): the event replayed after the events that reach a status it may follow, so the
    /// thing it names is what is missing.
    /// </summary>
    private static readonly Dictionary<string, Func<string, MalformedEvent?>> CreatedFirst = new()
    {
        ["negotiation.outcome_recorded.v1"] = d => AfterDraft(d),
        ["negotiation.concession_made.v1"] = d => AfterDraft(d),
        ["negotiation.bottom_line_revised.v1"] = d => AfterDraft(d),
        ["negotiation.agenda_item_settled.v1"] = d => AfterDraft(d),
        ["negotiation.dispute_settled.v1"] = d => AfterDraft(d),
        ["negotiation.follow_up_completed.v1"] = d => AfterDraft(d),
        ["negotiation.follow_up_cancelled.v1"] = d => AfterDraft(d),
        ["negotiation.contract_review_withdrawn.v1"] = d => AfterDraft(d),
        ["negotiation.question_answered.v1"] = d => AfterDraft(d),
        ["negotiation.question_deferred.v1"] = d => AfterDraft(d),
        ["negotiation.solution_discussed.v1"] = d => AfterDraft(d),
        ["account.contract_approval_withdrawn.v1"] = d => Try(AccountAggregate.Definition.Serializer, AccountDecider.Instance, d, Opened),
        ["account.contract_approval_reconfirmed.v1"] = d => Try(AccountAggregate.Definition.Serializer, AccountDecider.Instance, d, Opened),
        ["complaint.action_implemented.v1"] = d => Try(ComplaintAggregate.Definition.Serializer, ComplaintDecider.Instance, d, [.. ActionRequested]),
        ["complaint.effectiveness_verified.v1"] = d => Try(ComplaintAggregate.Definition.Serializer, ComplaintDecider.Instance, d, [.. ActionRequested, new CorrectiveActionImplemented(1, "Done", ComplaintSteps.Today)]),
    };

    private static MalformedEvent? AfterDraft(string document)
    {
        var drafted = File.ReadAllText(Path.Combine(DiagramFiles.RepositoryRoot(), "fuzz", "corpus", "event-json", "negotiation.plan_drafted.v1.json"));
        var serializer = NegotiationPlanAggregate.Definition.Serializer;
        return Try(serializer, NegotiationPlanDecider.Instance, document, [serializer.Deserialize(drafted).AsT0.Event]);
    }

    /// <summary>Reads one document with the catalogue of the aggregate its wire name belongs to and replays its event
    /// alone; null when applied.</summary>
    private static MalformedEvent? Alone(string document, string wireName) =>
        AggregateCatalogue.ForWireName(wireName)!.Accept(new ReplayAlone(document));

    private static MalformedEvent? Try<TCommand, TEvent, TState>(EventSerializer<TEvent> serializer, IDecider<TCommand, TEvent, TState> decider, string document, params TEvent[] before)
        where TEvent : class
    {
        var envelope = serializer.Deserialize(document).AsT0;
        var replayed = decider.TryReplay([.. before, envelope.Event]);
        return replayed.IsT1 ? replayed.AsT1 : null;
    }

    private sealed class ReplayAlone(string document) : IAggregateVisitor<MalformedEvent?>
    {
        MalformedEvent? IAggregateVisitor<MalformedEvent?>.Visit<TCommand, TEvent, TState, TStatus>(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate) =>
            Try(aggregate.Serializer, aggregate.Decider, document);
    }
}
