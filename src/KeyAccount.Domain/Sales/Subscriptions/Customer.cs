namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// A customer named on a subscription (认购书) or pre-sale contract (预出售合同). The identity document number is
/// what the site checks when the customer must appear in person (CAN-01, RET-01).
/// </summary>
/// <param name="Name">The customer's name as written on the subscription.</param>
/// <param name="IdDocumentNumber">The number of the customer's identity document (身份证).</param>
public sealed record Customer(string Name, string IdDocumentNumber)
{
    /// <summary>Gets the customer's name, trimmed.</summary>
    /// <exception cref="System.ArgumentException">The name is blank.</exception>
    public string Name { get; } = Preconditions.CheckNotBlank(Name).Trim();

    /// <summary>Gets the identity document number, trimmed.</summary>
    /// <exception cref="System.ArgumentException">The number is blank.</exception>
    public string IdDocumentNumber { get; } = Preconditions.CheckNotBlank(IdDocumentNumber).Trim();
}
