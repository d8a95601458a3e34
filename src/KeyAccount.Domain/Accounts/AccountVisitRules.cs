using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using NodaTime;
using static KeyAccount.Domain.Accounts.AccountDecisions;
using static KeyAccount.Domain.Accounts.AccountRejections;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The rules of the visits inside an account (VIS-01 … VIS-04), and how their events change the account: each visit's
/// status follows its own table, <see cref="VisitLifecycle"/> (<c>account-visit</c>), in deciding and in replaying.
/// </summary>
internal static class AccountVisitRules
{
    // VIS-01 (a well-formed plan), VIS-02 (a modest gift), VIS-03 (no gift to the owner but a festival gift).
    internal static Decision<AccountEvent> Plan(PlanVisit c, AccountState state, DecisionContext context)
    {
        if (c.Gift is { Value: var giftValue } && MoneyEntry.Check("gift", giftValue) is { } value)
        {
            return value;
        }

        if (state.FindVisit(c.Visit) is not null)
        {
            return Violation("VIS-01", "visit.already_planned", new ErrorDetail("visit", c.Visit));
        }

        var meeting = (c.Meeting ?? []).Distinct().ToList();
        if (meeting.Count == 0)
        {
            return Required("VIS-01", "meeting");
        }

        foreach (var contact in meeting)
        {
            if (UnknownContact(state, contact) is { } unknown)
            {
                return unknown;
            }
        }

        if (!NonBlankText.TryCreate(c.Purpose, out var purpose))
        {
            return Required("VIS-01", "purpose");
        }

        Gift? gift = null;
        if (c.Gift is { } offered)
        {
            if (!NonBlankText.TryCreate(offered.Description, out var description))
            {
                return Required("VIS-02", "gift");
            }

            if (CheckGift(offered, c.On, meeting, state, context) is { } refused)
            {
                return refused;
            }

            gift = offered with { Description = description };
        }

        return Accept(new VisitPlanned(c.Visit, c.On, meeting, purpose, gift));
    }

    // VIS-01: the kit is packed while the visit is being prepared.
    internal static Decision<AccountEvent> PackKit(PackVisitKitItem c, AccountState state)
    {
        if (state.FindVisit(c.Visit) is not { } visit)
        {
            return UnknownVisit(c.Visit);
        }

        if (visit.Status != VisitStatus.Planned)
        {
            return Violation("VIS-01", "visit.not_in_preparation", new ErrorDetail("status", visit.Status));
        }

        return visit.PackedKit.Contains(c.Item) ? Accept() : Accept(new VisitKitItemPacked(c.Visit, c.Item));
    }

    // VIS-01
    internal static Decision<AccountEvent> MarkReady(MarkVisitReady c, AccountState state)
    {
        if (state.FindVisit(c.Visit) is not { } visit)
        {
            return UnknownVisit(c.Visit);
        }

        if (VisitLifecycle.Table.Check(visit.Status, VisitTrigger.MarkReady) is { } illegal)
        {
            return illegal;
        }

        var missing = AccountGates.VisitPreparations(state, visit);
        return missing.Count > 0 ? Gate("VIS-01", "visit.preparations_incomplete", missing) : Accept(new VisitMarkedReady(c.Visit));
    }

    // VIS-04
    internal static Decision<AccountEvent> Complete(CompleteVisit c, AccountState state, LocalDate today)
    {
        if (state.FindVisit(c.Visit) is not { } visit)
        {
            return UnknownVisit(c.Visit);
        }

        if (VisitLifecycle.Table.Check(visit.Status, VisitTrigger.Complete) is { } illegal)
        {
            return illegal;
        }

        if (today < visit.On)
        {
            return Violation("VIS-04", "visit.before_planned_day", new ErrorDetail("plannedOn", visit.On), new ErrorDetail("today", today));
        }

        var r = c.Record ?? throw new ArgumentException("A record is required.", nameof(c));
        var record = new VisitRecord(Clean(r.Needs), Clean(r.Requirements), Clean(r.Opinions), Clean(r.Questions));
        return record.IsEmpty ? Violation("VIS-04", "visit.record_empty") : Accept(new VisitCompleted(c.Visit, today, record));
    }

    internal static Decision<AccountEvent> Cancel(CancelVisit c, AccountState state)
    {
        if (state.FindVisit(c.Visit) is not { } visit)
        {
            return UnknownVisit(c.Visit);
        }

        if (VisitLifecycle.Table.Check(visit.Status, VisitTrigger.Cancel) is { } illegal)
        {
            return illegal;
        }

        return NonBlankText.TryCreate(c.Reason, out var reason) ? Accept(new VisitCancelled(c.Visit, reason)) : Required("VIS-01", "reason");
    }

    /// <summary>Adds a planned visit, in the table's initial status.</summary>
    internal static AccountState Planned(AccountState state, VisitPlanned e) => state with
    {
        Visits = state.Visits.Add(new Visit(e.Visit, e.On, [.. e.Meeting], e.Purpose, e.Gift, VisitLifecycle.Table.Initial, [])),
    };

    /// <summary>Moves a visit along its table.</summary>
    /// <exception cref="ArgumentException">The account has no such visit, or its table does not allow the move from
    /// the visit's status: the event cannot follow the state.</exception>
    internal static AccountState Moved(AccountState state, VisitId id, VisitTrigger trigger) =>
        WithVisit(state, id, v => v with
        {
            Status = VisitLifecycle.Table.Find(v.Status, trigger)?.To
                ?? throw new EventDoesNotFollowException(VisitLifecycle.Table.RuleFor(trigger), $"the {VisitLifecycle.Table.Name} lifecycle does not allow {trigger} from {v.Status}"),
        });

    /// <summary>Completes a visit: its findings go into the customer file (VIS-04), and it counts as an interaction
    /// with everyone met (ACC-06, ACC-14).</summary>
    internal static AccountState Completed(AccountState state, VisitCompleted e)
    {
        var visited = Moved(state, e.Visit, VisitTrigger.Complete);
        var visit = visited.FindVisit(e.Visit)!;
        var file = visited.CustomerFile.AddRange(
            e.Record.Needs.Select(t => (CustomerFileEntryKind.Need, t))
                .Concat(e.Record.Requirements.Select(t => (CustomerFileEntryKind.Requirement, t)))
                .Concat(e.Record.Opinions.Select(t => (CustomerFileEntryKind.Opinion, t)))
                .Concat(e.Record.Questions.Select(t => (CustomerFileEntryKind.Question, t)))
                .Select(x => new CustomerFileEntry(e.On, x.Item1, x.t, e.Visit, null)));
        var interactions = visited.Interactions.AddRange(visit.Meeting.Select(id => new Interaction(id, e.On, "Visit: " + visit.Purpose)));
        return visited with { CustomerFile = file, Interactions = interactions };
    }

    /// <summary>Changes a visit the account has.</summary>
    /// <exception cref="ArgumentException">The account has no such visit: the event cannot follow the state.</exception>
    internal static AccountState WithVisit(AccountState state, VisitId id, Func<Visit, Visit> change)
    {
        var visit = state.FindVisit(id) ?? throw new ArgumentException($"Visit {id} is not in the account.", nameof(id));
        return state with { Visits = state.Visits.Replace(visit, change(visit)) };
    }

    private static RuleViolation? CheckGift(Gift gift, LocalDate on, List<ContactId> meeting, AccountState state, DecisionContext context)
    {
        var policy = context.Policy<GiftPolicy>();
        if (gift.Value.Currency != policy.Ceiling.Currency)
        {
            return Violation("VIS-02", "visit.gift_currency_mismatch", new ErrorDetail("currency", gift.Value.Currency), new ErrorDetail("ceilingCurrency", policy.Ceiling.Currency));
        }

        if (gift.Value > policy.Ceiling)
        {
            return Violation("VIS-02", "visit.gift_over_ceiling", new ErrorDetail("value", gift.Value), new ErrorDetail("ceiling", policy.Ceiling));
        }

        if (gift.IsFestivalGift)
        {
            // A festival gift marks an important holiday: the visit falls on a public holiday or shortly before one.
            var festival = Enumerable.Range(0, Math.Max(0, policy.FestivalLeadDays) + 1).Any(d => context.Calendar.IsHoliday(on.PlusDays(d)));
            return festival ? null : Violation("VIS-03", "visit.no_festival", new ErrorDetail("date", on), new ErrorDetail("leadDays", policy.FestivalLeadDays));
        }

        var owner = meeting.Select(state.FindContact).FirstOrDefault(c => c?.Function == ContactFunction.Owner);
        return owner is null ? null : Violation("VIS-03", "visit.gift_for_owner", new ErrorDetail("contact", owner.Name));
    }
}
