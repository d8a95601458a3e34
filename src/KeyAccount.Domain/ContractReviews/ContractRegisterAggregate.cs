using System;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>The contract register (合同登记簿) aggregate, guardian of CR-01: its definition, event wire names, stream
/// naming and the ISO clause each event is evidence for.</summary>
public static class ContractRegisterAggregate
{
    /// <summary>Gets the definition: <c>contract_register.registered.v1</c>.</summary>
    public static AggregateDefinition<ContractRegisterCommand, ContractRegisterEvent, ContractRegisterState, ContractRegisterStatus> Definition { get; } = AggregateDefinition.Of(
        "contract-register",
        ContractRegisterDecider.Instance,
        EventCatalog<ContractRegisterEvent>.FromDerivedTypes(ContractReviewsJsonContext.Shared));

    /// <summary>Gets the stream a register's events are kept in.</summary>
    /// <param name="register">The register.</param>
    /// <returns>The stream <c>contract-register-{id}</c>.</returns>
    public static StreamId StreamOf(ContractRegisterId register) => Definition.StreamOf(register);

    /// <summary>Returns the ISO 9001:2015 clause an event is evidence for: the register is controlled documented information (7.5.3).</summary>
    /// <param name="event">The event.</param>
    /// <returns>The clause.</returns>
    /// <exception cref="ArgumentException">The event is not one of the register's.</exception>
    public static IsoClause ClauseOf(ContractRegisterEvent @event) => @event switch
    {
        ContractRegistered => IsoClause.ControlOfDocumentedInformation,
        _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not a contract register event.", nameof(@event)),
    };
}
