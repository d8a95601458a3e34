using NodaTime;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>The production order that sends a contract to a workshop when stock does not cover it (DLV-02, 5.2).</summary>
/// <param name="Workshop">The workshop (车间) that produces it.</param>
/// <param name="PromisedOn">The completion date the workshop promised.</param>
/// <param name="IssuedOn">The day the order was issued.</param>
/// <param name="CompletedOn">The day production was reported complete; null before.</param>
public sealed record ProductionOrder(string Workshop, LocalDate PromisedOn, LocalDate IssuedOn, LocalDate? CompletedOn);
