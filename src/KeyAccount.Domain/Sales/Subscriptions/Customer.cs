using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// A customer named on a subscription (认购书) or pre-sale contract (预出售合同). The identity document number is
/// what the site checks when the customer must appear in person (CAN-01, RET-01). The name and the number are
/// personal data (GEN-10): <see cref="ToString"/> withholds the name and masks the number, and rejections name the
/// customer by position and masked number.
/// </summary>
/// <param name="Name">The customer's name as written on the subscription.</param>
/// <param name="IdDocumentNumber">The number of the customer's identity document (身份证).</param>
public sealed record Customer(string Name, string IdDocumentNumber)
{
    /// <summary>Gets the customer's name, trimmed.</summary>
    /// <exception cref="System.ArgumentException">The name is blank.</exception>
    [PersonalData]
    public string Name { get; } = Preconditions.CheckNotBlank(Name).Trim();

    /// <summary>Gets the identity document number, trimmed.</summary>
    /// <exception cref="System.ArgumentException">The number is blank.</exception>
    [PersonalData]
    public string IdDocumentNumber { get; } = Preconditions.CheckNotBlank(IdDocumentNumber).Trim();

    /// <summary>Gets the identity document number with all but its first and last four characters masked
    /// (<c>1101**********1234</c>), as rejections show it (GEN-10).</summary>
    internal string MaskedIdDocumentNumber => PersonalDataMask.Mask(IdDocumentNumber);

    /// <summary>Returns a text safe for logs: the name withheld, the ID document number masked (GEN-10).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Customer {{ Name = (withheld), IdDocumentNumber = {MaskedIdDocumentNumber} }}";
}
