namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>What a cancellation request (退定申请) asks for, as the events record it (<see cref="CancellationRequest.Kind"/>); all three follow the same procedure (CAN-07).</summary>
public enum CancellationKind
{
    /// <summary>退定 — the subscription is cancelled and the unit released.</summary>
    Cancellation = 1,

    /// <summary>更名 — the named customers are replaced; the paid amounts carry over.</summary>
    Rename = 2,

    /// <summary>换房 — the subscription moves to another available unit; the paid amounts carry over.</summary>
    UnitChange = 3,
}
