using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>
/// The contract register (合同登记簿, 按流水号编号方法编目保存) as a decider: it issues gap-free serial numbers that are
/// never reused (CR-01).
/// </summary>
/// <remarks>
/// <para>The register is its own aggregate, one event stream per register (<see cref="ContractRegisterAggregate.StreamOf"/>). Every registration
/// reads the stream, takes the last number plus one and appends with the version it read. Two registrations that
/// race read the same version; the event store accepts only the first append and reports a
/// <see cref="EventSourcing.ConcurrencyConflict"/> to the second, which reloads and decides again (the same command ID
/// makes the retry safe, GEN-03). Serial numbers therefore follow the stream's own contiguous versions: no gap, no
/// repeat, under any interleaving.</para>
/// <para>A number is never taken back: a review that is later rejected keeps its number, so the register shows the
/// rejected contract rather than a hole.</para>
/// </remarks>
internal sealed class ContractRegisterDecider
    : LifecycleDecider<ContractRegisterCommand, ContractRegisterEvent, ContractRegisterState, ContractRegisterStatus, ContractRegisterTrigger>
{
    private ContractRegisterDecider()
        : base(ContractRegisterState.Empty, ContractRegisterLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static ContractRegisterDecider Instance { get; } = new();

    /// <inheritdoc />
    public override ContractRegisterTrigger? TriggerOf(ContractRegisterEvent @event) => @event switch
    {
        ContractRegistered => ContractRegisterTrigger.Register,
        _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not a contract register event.", nameof(@event)),
    };

    /// <inheritdoc />
    public override ContractRegisterTrigger? TriggerOf(ContractRegisterCommand command, ContractRegisterState state) => command switch
    {
        RegisterContract => ContractRegisterTrigger.Register,
        _ => throw new ArgumentException($"{command?.GetType().Name ?? "null"} is not a contract register command.", nameof(command)),
    };

    /// <inheritdoc />
    private protected override Decision<ContractRegisterEvent> DecideData(ContractRegisterCommand command, ContractRegisterState state, DecisionContext context)
    {
        switch (command)
        {
            case RegisterContract register:
                if (string.IsNullOrWhiteSpace(register.Title))
                {
                    // 6.2.1: every contract is a written one; the register lists it by what is written on it.
                    return ContractReviewsMessages.Violation("CR-01", "contract_register.title_required");
                }

                if (state.SerialNumbers.TryGetValue(register.Review, out var existing))
                {
                    return ContractReviewsMessages.Violation("CR-01", "contract_register.already_registered", new ErrorDetail("review", register.Review), new ErrorDetail("serialNumber", existing));
                }

                return Decision<ContractRegisterEvent>.Accept(
                    new ContractRegistered(register.Review, register.Account, register.Title.Trim(), checked(state.LastSerialNumber + 1), context.Today));
            default:
                throw new ArgumentException($"{command.GetType().Name} is not a contract register command.", nameof(command));
        }
    }

    /// <inheritdoc />
    private protected override ContractRegisterState Fold(ContractRegisterState state, ContractRegisterEvent @event) => @event switch
    {
        ContractRegistered r => state with { LastSerialNumber = r.SerialNumber, SerialNumbers = state.SerialNumbers.SetItem(r.Review, r.SerialNumber) },
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a contract register event.", nameof(@event)),
    };
}
