namespace KeyAccount.Domain.Negotiations;

/// <summary>An item of the agenda proposed at the opening (提出议程), NEG-04.</summary>
/// <param name="Id">The item's identifier.</param>
/// <param name="Title">What is discussed.</param>
/// <param name="Topic">The topic of the theme it covers.</param>
public sealed record AgendaItem(AgendaItemId Id, string Title, NegotiationTopic Topic);
