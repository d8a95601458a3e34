using System;
using System.Collections.Generic;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>
/// 客户资料征询单 — the customer-information form the specialist fills in while receiving a visitor. A member card is
/// issued only against a complete form (RCP-02), and a visitor who leaves without a deal needs one too (RCP-01).
/// </summary>
/// <param name="Name">The visitor's name.</param>
/// <param name="Phone">A phone number.</param>
/// <param name="Interest">What the visitor is looking for (unit type, size, budget).</param>
/// <param name="Source">How the visitor heard of the project.</param>
public sealed record CustomerInformationForm(string Name, string Phone, string Interest, string Source)
{
    /// <summary>Gets the names of the fields left blank, in form order; empty when the form is complete.</summary>
    public IReadOnlyList<string> BlankFields =>
        [
            .. string.IsNullOrWhiteSpace(Name) ? ["name"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(Phone) ? ["phone"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(Interest) ? ["interest"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(Source) ? ["source"] : Array.Empty<string>(),
        ];
}

/// <summary>Where a visit stands (<see cref="SiteVisitDecider.Lifecycle"/>).</summary>
public enum SiteVisitStatus
{
    /// <summary>Not arrived.</summary>
    None = 0,

    /// <summary>The visitor is being received.</summary>
    InProgress = 1,

    /// <summary>The visitor subscribed. Terminal.</summary>
    Converted = 2,

    /// <summary>The visitor left without a deal; reason and information on record. Terminal.</summary>
    ClosedWithoutDeal = 3,
}

/// <summary>The triggers of the visit lifecycle.</summary>
public enum SiteVisitTrigger
{
    /// <summary>The visitor arrives.</summary>
    Arrive = 1,

    /// <summary>The customer-information form is filled in or corrected.</summary>
    RecordInformation = 2,

    /// <summary>A member card is issued.</summary>
    IssueMemberCard = 3,

    /// <summary>The visitor subscribes.</summary>
    Convert = 4,

    /// <summary>The visitor leaves without a deal.</summary>
    CloseWithoutDeal = 5,
}

/// <summary>A command on a visit.</summary>
public abstract record SiteVisitCommand;

/// <summary>Registers a visitor's arrival, received by a customer service specialist.</summary>
/// <param name="Visit">The visit.</param>
/// <param name="Project">The project (sales site).</param>
/// <param name="Specialist">The specialist receiving the visitor.</param>
/// <param name="Returning">Whether the visitor is a returning customer (老客户).</param>
public sealed record RegisterVisit(SiteVisitId Visit, ProjectId Project, ActorId Specialist, bool Returning) : SiteVisitCommand;

/// <summary>Records the customer-information form.</summary>
/// <param name="Form">The form as filled in.</param>
public sealed record RecordCustomerInformation(CustomerInformationForm Form) : SiteVisitCommand;

/// <summary>Issues a member card against the complete form and the specialist's badge number (RCP-02).</summary>
/// <param name="CardNumber">The member card number.</param>
/// <param name="BadgeNumber">The specialist's badge number (工号牌).</param>
public sealed record IssueMemberCard(string CardNumber, string BadgeNumber) : SiteVisitCommand;

/// <summary>Records that the visitor subscribed.</summary>
/// <param name="Subscription">The subscription drafted.</param>
public sealed record RecordDeal(SubscriptionId Subscription) : SiteVisitCommand;

/// <summary>Closes a visit that ended without a deal, with the reason (RCP-01).</summary>
/// <param name="Reason">Why the visitor did not buy; not blank.</param>
public sealed record CloseVisitWithoutDeal(string Reason) : SiteVisitCommand;

/// <summary>Something that happened during a visit.</summary>
public abstract record SiteVisitEvent;

/// <summary>The visitor arrived (<c>visit.registered.v1</c>).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="Project">The project.</param>
/// <param name="Specialist">The receiving specialist.</param>
/// <param name="Returning">Whether a returning customer.</param>
public sealed record VisitRegistered(SiteVisitId Visit, ProjectId Project, ActorId Specialist, bool Returning) : SiteVisitEvent;

/// <summary>The customer-information form was recorded (<c>visit.information_recorded.v1</c>).</summary>
/// <param name="Form">The form.</param>
public sealed record CustomerInformationRecorded(CustomerInformationForm Form) : SiteVisitEvent;

/// <summary>A member card was issued (<c>visit.member_card_issued.v1</c>).</summary>
/// <param name="CardNumber">The card number.</param>
/// <param name="BadgeNumber">The specialist's badge number.</param>
public sealed record MemberCardIssued(string CardNumber, string BadgeNumber) : SiteVisitEvent;

/// <summary>The visitor subscribed (<c>visit.converted.v1</c>).</summary>
/// <param name="Subscription">The subscription.</param>
public sealed record VisitConverted(SubscriptionId Subscription) : SiteVisitEvent;

/// <summary>The visitor left without a deal (<c>visit.closed_without_deal.v1</c>).</summary>
/// <param name="Reason">The non-conversion reason.</param>
public sealed record VisitClosedWithoutDeal(string Reason) : SiteVisitEvent;

/// <summary>The state of a visit.</summary>
/// <param name="Status">Where the visit stands.</param>
/// <param name="Visit">The visit.</param>
/// <param name="Project">The project.</param>
/// <param name="Specialist">The receiving specialist.</param>
/// <param name="Returning">Whether a returning customer.</param>
/// <param name="Form">The customer-information form, once recorded.</param>
/// <param name="CardNumber">The member card number, once issued.</param>
public sealed record SiteVisitState(
    SiteVisitStatus Status, SiteVisitId Visit, ProjectId Project, ActorId Specialist, bool Returning, CustomerInformationForm? Form, string? CardNumber)
{
    /// <summary>Gets the state before arrival.</summary>
    public static SiteVisitState Initial { get; } = new(SiteVisitStatus.None, default, default, default, false, null, null);
}

/// <summary>
/// A visit to the sales site (销售流程): member card against a complete customer-information form and the
/// specialist's badge number (RCP-02); a visitor leaving without a deal gets a reason and complete information (RCP-01).
/// </summary>
public sealed class SiteVisitDecider : IDecider<SiteVisitCommand, SiteVisitEvent, SiteVisitState>
{
    /// <summary>Gets the one instance.</summary>
    public static SiteVisitDecider Instance { get; } = new();

    /// <summary>Gets the lifecycle table; <c>docs/diagrams/site-visit.*</c> is generated from it.</summary>
    public static Lifecycle<SiteVisitStatus, SiteVisitTrigger> Lifecycle { get; } =
        StateMachines.Lifecycle.Define<SiteVisitStatus, SiteVisitTrigger>("site-visit", SiteVisitStatus.None, "RCP-01")
            .Permit(SiteVisitStatus.None, SiteVisitTrigger.Arrive, SiteVisitStatus.InProgress)
            .Permit(SiteVisitStatus.InProgress, SiteVisitTrigger.RecordInformation, SiteVisitStatus.InProgress, "RCP-01", "RCP-02")
            .Permit(SiteVisitStatus.InProgress, SiteVisitTrigger.IssueMemberCard, SiteVisitStatus.InProgress, "RCP-02")
            .Permit(SiteVisitStatus.InProgress, SiteVisitTrigger.Convert, SiteVisitStatus.Converted)
            .Permit(SiteVisitStatus.InProgress, SiteVisitTrigger.CloseWithoutDeal, SiteVisitStatus.ClosedWithoutDeal, "RCP-01")
            .Build();

    /// <inheritdoc />
    public SiteVisitState Initial => SiteVisitState.Initial;

    /// <inheritdoc />
    public Decision<SiteVisitEvent> Decide(SiteVisitCommand command, SiteVisitState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        var trigger = command switch
        {
            RegisterVisit => SiteVisitTrigger.Arrive,
            RecordCustomerInformation => SiteVisitTrigger.RecordInformation,
            IssueMemberCard => SiteVisitTrigger.IssueMemberCard,
            RecordDeal => SiteVisitTrigger.Convert,
            CloseVisitWithoutDeal => SiteVisitTrigger.CloseWithoutDeal,
            _ => throw new ArgumentException($"{command.GetType().Name} is not a visit command.", nameof(command)),
        };
        if (Lifecycle.Check(state.Status, trigger) is { } illegal)
        {
            return illegal;
        }

        switch (command)
        {
            case RegisterVisit c:
                return c.Specialist == default
                    ? SalesMessages.Violation("RCP-02", "sales.visit_specialist_required")
                    : Decision<SiteVisitEvent>.Accept(new VisitRegistered(c.Visit, c.Project, c.Specialist, c.Returning));

            case RecordCustomerInformation c:
                return Decision<SiteVisitEvent>.Accept(new CustomerInformationRecorded(Preconditions.CheckNotNull(c.Form)));

            case IssueMemberCard c:
            {
                if (state.CardNumber is not null)
                {
                    return SalesMessages.Violation("RCP-02", "sales.member_card_already_issued", new ErrorDetail("cardNumber", state.CardNumber));
                }

                // RCP-02: the card is exchanged for the completed form and the specialist's badge number.
                var missing = IncompleteForm(state.Form);
                if (string.IsNullOrWhiteSpace(c.BadgeNumber))
                {
                    missing.Add(SalesMessages.Requirement("sales.badge_number_missing"));
                }

                if (string.IsNullOrWhiteSpace(c.CardNumber))
                {
                    missing.Add(SalesMessages.Requirement("sales.card_number_missing"));
                }

                return missing.Count > 0
                    ? SalesMessages.Missing("RCP-02", "sales.member_card_requirements", missing)
                    : Decision<SiteVisitEvent>.Accept(new MemberCardIssued(c.CardNumber.Trim(), c.BadgeNumber.Trim()));
            }

            case RecordDeal c:
                return Decision<SiteVisitEvent>.Accept(new VisitConverted(c.Subscription));

            case CloseVisitWithoutDeal c:
            {
                // RCP-01: the site sums up why the visitor did not buy and completes the customer's information.
                var missing = IncompleteForm(state.Form);
                if (string.IsNullOrWhiteSpace(c.Reason))
                {
                    missing.Insert(0, SalesMessages.Requirement("sales.non_conversion_reason_missing"));
                }

                return missing.Count > 0
                    ? SalesMessages.Missing("RCP-01", "sales.visit_close_requirements", missing)
                    : Decision<SiteVisitEvent>.Accept(new VisitClosedWithoutDeal(c.Reason.Trim()));
            }

            default:
                throw new ArgumentException($"{command.GetType().Name} is not a visit command.", nameof(command));
        }
    }

    /// <inheritdoc />
    public SiteVisitState Evolve(SiteVisitState state, SiteVisitEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        return @event switch
        {
            VisitRegistered e => state with { Status = SiteVisitStatus.InProgress, Visit = e.Visit, Project = e.Project, Specialist = e.Specialist, Returning = e.Returning },
            CustomerInformationRecorded e => state with { Form = e.Form },
            MemberCardIssued e => state with { CardNumber = e.CardNumber },
            VisitConverted => state with { Status = SiteVisitStatus.Converted },
            VisitClosedWithoutDeal => state with { Status = SiteVisitStatus.ClosedWithoutDeal },
            _ => throw new ArgumentException($"{@event?.GetType().Name} is not a visit event.", nameof(@event)),
        };
    }

    private static List<MissingRequirement> IncompleteForm(CustomerInformationForm? form) =>
        form is null
            ? [SalesMessages.Requirement("sales.information_form_missing")]
            : [.. System.Linq.Enumerable.Select(form.BlankFields, f => SalesMessages.Requirement("sales.information_field_blank", new ErrorDetail("field", f)))];
}
