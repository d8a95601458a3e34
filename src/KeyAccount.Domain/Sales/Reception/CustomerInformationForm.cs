using System;
using System.Collections.Generic;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>
/// 客户资料征询单 — the customer-information form the specialist fills in while receiving a visitor. A member card is
/// issued only against a complete form (RCP-02), and a visitor who leaves without a deal needs one too (RCP-01).
/// </summary>
/// <param name="Name">The visitor's name.</param>
/// <param name="Phone">A phone number.</param>
/// <param name="Interest">What the visitor is looking for (unit type, size, budget).</param>
/// <param name="Source">How the visitor heard of the project.</param>
public sealed record CustomerInformationForm(string Name, string Phone, string Interest, string Source)
{
    /// <summary>Gets the names of the fields left blank, in form order; empty when the form is complete.</summary>
    public IReadOnlyList<string> BlankFields =>
        [
            .. string.IsNullOrWhiteSpace(Name) ? ["name"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(Phone) ? ["phone"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(Interest) ? ["interest"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(Source) ? ["source"] : Array.Empty<string>(),
        ];
}
