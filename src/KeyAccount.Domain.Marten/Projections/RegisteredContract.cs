using KeyAccount.Domain.ContractReviews;

namespace KeyAccount.Domain.Marten.Projections;

/// <summary>A contract in a <see cref="ContractRegisterView"/>: its review and the serial number it was given (CR-01).</summary>
public sealed class RegisteredContract
{
    /// <summary>Gets or sets the serial number.</summary>
    public long SerialNumber { get; set; }

    /// <summary>Gets or sets the contract review.</summary>
    public ContractReviewId Review { get; set; }
}
