using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Quality;
using NodaTime;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>
/// The evaluation of one account plan over its period (绩效评估, KAM-06): each target beside the actual derived from
/// recorded facts — the plan's transactions, the satisfaction index of the period's surveys (SAT-01), the account's
/// contact compliance at the period's end (ACC-14) and its complaints still open then (CMP-01). Nothing is typed in:
/// the same facts give the same evaluation, in whatever order they are supplied.
/// </summary>
/// <param name="Plan">The plan.</param>
/// <param name="Account">The account.</param>
/// <param name="Manager">The account manager.</param>
/// <param name="Period">The period, both ends included.</param>
/// <param name="TargetAmount">The target transaction amount.</param>
/// <param name="ActualAmount">The amount of the recorded transactions.</param>
/// <param name="TargetFrequency">The target number of transactions.</param>
/// <param name="ActualFrequency">The number of recorded transactions.</param>
/// <param name="TargetSatisfaction">The target satisfaction index.</param>
/// <param name="ActualSatisfaction">The period's satisfaction index (SAT-01); null when no survey falls in it.</param>
/// <param name="KeyContacts">The account's key contacts (ACC-08).</param>
/// <param name="OverdueContacts">The key contacts overdue for an interaction at the period's end (ACC-14).</param>
/// <param name="OpenComplaints">The account's complaints received by the period's end and not closed by then.</param>
public sealed record AccountPlanEvaluation(
    AccountPlanId Plan,
    AccountId Account,
    ActorId Manager,
    DateInterval Period,
    Money TargetAmount,
    Money ActualAmount,
    int TargetFrequency,
    int ActualFrequency,
    decimal TargetSatisfaction,
    decimal? ActualSatisfaction,
    int KeyContacts,
    int OverdueContacts,
    int OpenComplaints)
{
    /// <summary>Gets whether the transaction amount reached its target.</summary>
    public bool AmountMet => ActualAmount >= TargetAmount;

    /// <summary>Gets whether the number of transactions reached its target.</summary>
    public bool FrequencyMet => ActualFrequency >= TargetFrequency;

    /// <summary>Gets whether the satisfaction index reached its target; false without a survey in the period.</summary>
    public bool SatisfactionMet => ActualSatisfaction is { } actual && actual >= TargetSatisfaction;

    /// <summary>Gets whether every key contact was kept within the contact interval (ACC-14).</summary>
    public bool ContactsCompliant => OverdueContacts == 0;

    /// <summary>Gets whether every target is met, every key contact kept and no complaint left open.</summary>
    public bool AllMet => AmountMet && FrequencyMet && SatisfactionMet && ContactsCompliant && OpenComplaints == 0;

    /// <summary>Evaluates a plan from the recorded facts. Pure.</summary>
    /// <param name="plan">The plan, with its recorded transactions.</param>
    /// <param name="account">The account's state (its buying centre and interactions, ACC-14).</param>
    /// <param name="surveys">Satisfaction surveys of any accounts and days; those of this account in the period count (SAT-01).</param>
    /// <param name="complaints">Complaints of any accounts; this account's received by the period's end and not closed by then count.</param>
    /// <param name="contactInterval">The contact interval (ACC-14).</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The plan is not set, or the account is not the plan's.</exception>
    public static AccountPlanEvaluation Of(
        AccountPlanState plan, AccountState account, IEnumerable<SatisfactionSurveyState> surveys, IEnumerable<ComplaintState> complaints, ContactIntervalPolicy contactInterval)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(surveys);
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(contactInterval);
        Preconditions.CheckArgument(plan.Period is not null, nameof(plan), "The plan is not set.");
        Preconditions.CheckArgument(account.Account == plan.Account, nameof(account), "The account is not the plan's.");
        var period = plan.Period!;
        var end = period.End;
        var satisfaction = SatisfactionIndex.Of(surveys, plan.Account, period);
        var open = complaints.Count(c => c.IsReceived && c.Account == plan.Account && c.ReceivedOn <= end && !(c.ClosedOn is { } closed && closed <= end));
        return new AccountPlanEvaluation(
            plan.Plan, plan.Account, plan.Manager, period,
            plan.TargetAmount, plan.TransactionAmount, plan.TargetFrequency, plan.TransactionCount,
            plan.TargetSatisfaction, satisfaction.Value,
            account.BuyingCentre.KeyContacts.Count, account.OverdueContacts(end, contactInterval).Count, open);
    }
}
