using System;
using System.Collections.Generic;
using KeyAccount.Domain.Accounts;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>
/// 客户资料征询单 — the customer-information form the specialist fills in while receiving a visitor. A member card is
/// issued only against a complete form (RCP-02), and a visitor who leaves without a deal needs one too (RCP-01).
/// The name and the phone number are personal data (GEN-10): <see cref="ToString"/> withholds them.
/// </summary>
/// <param name="Name">The visitor's name.</param>
/// <param name="Phone">A phone number.</param>
/// <param name="Interest">What the visitor is looking for (unit type, size, budget).</param>
/// <param name="Source">How the visitor heard of the project.</param>
public sealed record CustomerInformationForm([property: PersonalData] string Name, [property: PersonalData] string Phone, string Interest, string Source)
{
    /// <summary>Gets the names of the fields left blank, in form order; empty when the form is complete.</summary>
    public IReadOnlyList<string> BlankFields =>
        [
            .. string.IsNullOrWhiteSpace(Name) ? ["name"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(Phone) ? ["phone"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(Interest) ? ["interest"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(Source) ? ["source"] : Array.Empty<string>(),
        ];

    /// <summary>Returns a text safe for logs: the name and the phone number withheld (GEN-10).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"CustomerInformationForm {{ Name = (withheld), Phone = (withheld), Interest = {Interest}, Source = {Source} }}";
}
