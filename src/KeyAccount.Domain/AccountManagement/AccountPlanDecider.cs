using System;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>
/// The plan of a key account for a period (管理目标, KAM-06): targets for transaction amount, transaction frequency and
/// satisfaction index, and the transactions of the period as recorded facts. The period's actuals are derived from
/// those facts by <see cref="AccountPlanEvaluation"/>, never typed in.
/// </summary>
internal sealed class AccountPlanDecider
    : LifecycleDecider<AccountPlanCommand, AccountPlanEvent, AccountPlanState, AccountPlanStatus, AccountPlanTrigger>
{
    private AccountPlanDecider()
        : base(AccountPlanState.NotSet, AccountPlanLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static AccountPlanDecider Instance { get; } = new();

    /// <inheritdoc />
    public override AccountPlanTrigger? TriggerOf(AccountPlanEvent @event) => @event switch
    {
        AccountPlanSet => AccountPlanTrigger.Set,
        TransactionRecorded => AccountPlanTrigger.RecordTransaction,
        AccountPlanClosed => AccountPlanTrigger.Close,
        _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not an account plan event.", nameof(@event)),
    };

    /// <inheritdoc />
    public override AccountPlanTrigger? TriggerOf(AccountPlanCommand command, AccountPlanState state) => command switch
    {
        SetAccountPlan => AccountPlanTrigger.Set,

        // The same transaction recorded again is accepted without an event (a retry of the host's import).
        RecordTransaction c when state.Transactions.TryGetValue(c.Transaction?.Reference?.Trim() ?? string.Empty, out var known) && known == Normalized(c.Transaction!) => null,
        RecordTransaction => AccountPlanTrigger.RecordTransaction,
        CloseAccountPlan => AccountPlanTrigger.Close,
        _ => throw new ArgumentException($"{command?.GetType().Name ?? "null"} is not an account plan command.", nameof(command)),
    };

    /// <inheritdoc />
    private protected override Decision<AccountPlanEvent> DecideData(AccountPlanCommand command, AccountPlanState state, DecisionContext context)
    {
        switch (command)
        {
            case SetAccountPlan c:
                if (c.To < c.From)
                {
                    return Violation("account_plan.period_reversed", new ErrorDetail("from", c.From), new ErrorDetail("to", c.To));
                }

                if (c.TargetAmount.IsNegative || c.TargetFrequency < 0)
                {
                    return Violation("account_plan.target_negative", new ErrorDetail("field", c.TargetFrequency < 0 ? "targetFrequency" : "targetAmount"));
                }

                return c.TargetSatisfaction is < 0m or > 100m
                    ? Violation("account_plan.satisfaction_out_of_range", new ErrorDetail("target", c.TargetSatisfaction))
                    : Decision<AccountPlanEvent>.Accept(new AccountPlanSet(c.Plan, c.Account, c.Manager, c.From, c.To, c.TargetAmount, c.TargetFrequency, c.TargetSatisfaction, context.Today));
            case RecordTransaction { Transaction: var t }:
                if (t is null || string.IsNullOrWhiteSpace(t.Reference))
                {
                    return Violation("account_plan.reference_required");
                }

                if (state.Transactions.TryGetValue(t.Reference.Trim(), out var known))
                {
                    return known == Normalized(t)
                        ? Decision<AccountPlanEvent>.Accept()
                        : Violation("account_plan.transaction_known", new ErrorDetail("reference", known.Reference));
                }

                if (t.On < state.From || t.On > state.To)
                {
                    return Violation("account_plan.outside_period", new ErrorDetail("on", t.On), new ErrorDetail("from", state.From), new ErrorDetail("to", state.To));
                }

                if (t.Amount.Currency != state.TargetAmount.Currency || !t.Amount.IsPositive)
                {
                    return Violation("account_plan.amount_invalid", new ErrorDetail("amount", t.Amount), new ErrorDetail("currency", state.TargetAmount.Currency));
                }

                return Decision<AccountPlanEvent>.Accept(new TransactionRecorded(Normalized(t)));
            case CloseAccountPlan:
                return context.Today <= state.To
                    ? Violation("account_plan.period_not_ended", new ErrorDetail("to", state.To), new ErrorDetail("today", context.Today))
                    : Decision<AccountPlanEvent>.Accept(new AccountPlanClosed(context.Today));
            default:
                throw new ArgumentException($"{command.GetType().Name} is not an account plan command.", nameof(command));
        }
    }

    /// <inheritdoc />
    private protected override AccountPlanState Fold(AccountPlanState state, AccountPlanEvent @event) => @event switch
    {
        AccountPlanSet s => state with
        {
            Plan = s.Plan, Account = s.Account, Manager = s.Manager, From = s.From, To = s.To,
            TargetAmount = s.TargetAmount, TargetFrequency = s.TargetFrequency, TargetSatisfaction = s.TargetSatisfaction,
        },
        TransactionRecorded r => state with { Transactions = state.Transactions.SetItem(r.Transaction.Reference, r.Transaction) },
        AccountPlanClosed => state,
        _ => throw new ArgumentException($"{@event.GetType().Name} is not an account plan event.", nameof(@event)),
    };

    private static Transaction Normalized(Transaction t) => t with { Reference = t.Reference.Trim() };

    private static RuleViolation Violation(string code, params ErrorDetail[] details) => AccountManagementMessages.Violation("KAM-06", code, details);
}
