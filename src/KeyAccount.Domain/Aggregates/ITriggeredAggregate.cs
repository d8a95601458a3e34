namespace KeyAccount.Domain.Aggregates;

/// <summary>A definition that hands its typed core, trigger enumeration included, to a <see cref="ITriggeredAggregateVisitor{TResult}"/>.</summary>
internal interface ITriggeredAggregate
{
    /// <summary>Calls the visitor with the typed core.</summary>
    /// <typeparam name="TResult">What the visitor returns.</typeparam>
    /// <param name="visitor">The visitor.</param>
    /// <returns>What the visitor returned.</returns>
    TResult Accept<TResult>(ITriggeredAggregateVisitor<TResult> visitor);
}
