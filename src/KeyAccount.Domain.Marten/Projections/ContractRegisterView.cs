using System.Collections.Generic;
using KeyAccount.Domain.ContractReviews;

namespace KeyAccount.Domain.Marten.Projections;

/// <summary>The contract register projection's document, one per register stream: the serial numbers issued, in order (CR-01).</summary>
public sealed class ContractRegisterView
{
    /// <summary>Gets or sets the register's stream ID, the document's identity.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the version of the stream the view was made at.</summary>
    public long Version { get; set; }

    /// <summary>Gets or sets the register's status.</summary>
    public ContractRegisterStatus Status { get; set; }

    /// <summary>Gets or sets the last serial number issued.</summary>
    public long LastSerialNumber { get; set; }

    /// <summary>Gets or sets the registered contracts, by serial number.</summary>
    public IReadOnlyList<RegisteredContract> Contracts { get; set; } = [];
}
