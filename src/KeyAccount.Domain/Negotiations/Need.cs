namespace KeyAccount.Domain.Negotiations;

/// <summary>A need (诉求) of a party, recorded during the information exchange (交流需求和意愿), NEG-13; solutions are
/// discussed against it.</summary>
/// <param name="Id">The need's identifier.</param>
/// <param name="Description">What the party needs, e.g. "delivery within 10 days of the order".</param>
public sealed record Need(NeedId Id, string Description);
