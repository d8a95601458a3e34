namespace KeyAccount.Domain.Fulfilment;

/// <summary>The states of a contract's fulfilment (<see cref="FulfilmentOrderLifecycle"/>).</summary>
public enum FulfilmentOrderStatus
{
    /// <summary>Not yet opened: the fulfilment does not exist.</summary>
    None,

    /// <summary>Opened against an approved contract review with its lines; the route is to be decided (DLV-01, DLV-02).</summary>
    Open,

    /// <summary>Stock does not cover the contract: a production order is to be issued to a workshop (DLV-02).</summary>
    AwaitingProduction,

    /// <summary>A workshop produces it by the promised date (DLV-02, 5.2).</summary>
    InProduction,

    /// <summary>Goods are available: shipments are recorded against the lines (DLV-03, 5.5).</summary>
    Shipping,

    /// <summary>Every line has shipped in full (DLV-03). Terminal.</summary>
    Fulfilled,
}
