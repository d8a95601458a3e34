using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>
/// A visit to the sales site (销售流程): member card against a complete customer-information form and the
/// specialist's badge number (RCP-02); a visitor leaving without a deal gets a reason and complete information (RCP-01).
/// </summary>
internal sealed class SiteVisitDecider : LifecycleDecider<SiteVisitCommand, SiteVisitEvent, SiteVisitState, SiteVisitStatus, SiteVisitTrigger>
{
    private SiteVisitDecider()
        : base(SiteVisitState.Initial, SiteVisitLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static SiteVisitDecider Instance { get; } = new();

    /// <inheritdoc />
    public override SiteVisitTrigger? TriggerOf(SiteVisitEvent @event) => @event switch
    {
        VisitRegistered => SiteVisitTrigger.Arrive,
        CustomerInformationRecorded => SiteVisitTrigger.RecordInformation,
        MemberCardIssued => SiteVisitTrigger.IssueMemberCard,
        VisitConverted => SiteVisitTrigger.Convert,
        VisitClosedWithoutDeal => SiteVisitTrigger.CloseWithoutDeal,
        _ => throw new ArgumentException($"{@event?.GetType().Name} is not a visit event.", nameof(@event)),
    };

    /// <inheritdoc />
    public override SiteVisitTrigger? TriggerOf(SiteVisitCommand command, SiteVisitState state) => command switch
    {
        RegisterVisit => SiteVisitTrigger.Arrive,
        RecordCustomerInformation => SiteVisitTrigger.RecordInformation,
        IssueMemberCard => SiteVisitTrigger.IssueMemberCard,
        RecordDeal => SiteVisitTrigger.Convert,
        CloseVisitWithoutDeal => SiteVisitTrigger.CloseWithoutDeal,
        _ => throw new ArgumentException($"{command?.GetType().Name} is not a visit command.", nameof(command)),
    };

    /// <inheritdoc />
    private protected override Decision<SiteVisitEvent> DecideData(SiteVisitCommand command, SiteVisitState state, DecisionContext context)
    {
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
    private protected override SiteVisitState Fold(SiteVisitState state, SiteVisitEvent @event) => @event switch
    {
        VisitRegistered e => state with { Visit = e.Visit, Project = e.Project, Specialist = e.Specialist, Returning = e.Returning },
        CustomerInformationRecorded e => state with { Form = e.Form },
        MemberCardIssued e => state with { CardNumber = e.CardNumber },
        VisitConverted => state,
        VisitClosedWithoutDeal => state,
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a visit event.", nameof(@event)),
    };

    private static List<MissingRequirement> IncompleteForm(CustomerInformationForm? form) =>
        form is null
            ? [SalesMessages.Requirement("sales.information_form_missing")]
            : [.. form.BlankFields.Select(f => SalesMessages.Requirement("sales.information_field_blank", new ErrorDetail("field", f)))];
}
