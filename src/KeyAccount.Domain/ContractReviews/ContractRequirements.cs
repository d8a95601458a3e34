using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>
/// The customer's requirements for a contract as the salesperson determined them (与产品有关的要求的确定, 6.1): what
/// product and how many, delivery, post-delivery activities, and confirmation that the product meets applicable laws
/// and regulations (CR-02). Special requirements route the review to production, technical and quality (CR-03).
/// </summary>
/// <remarks>Any part may still be unknown while requirements are being determined; a review starts only when every
/// part is known (CR-02).</remarks>
/// <param name="Product">The product as the order names it (产品要求).</param>
/// <param name="Quantity">The ordered quantity in the product's unit; positive once known.</param>
/// <param name="Delivery">The delivery requirements: date, place, packing, transport (交付要求).</param>
/// <param name="PostDelivery">The post-delivery requirements: warranty, service, returns (交付后活动的要求).</param>
/// <param name="LegalAndRegulatoryConfirmed">Whether the salesperson confirmed that the product meets the applicable
/// laws and regulations (符合国家法律、法规的要求, 6.1.2).</param>
/// <param name="SpecialRequirements">The requirements beyond the standard product (特殊要求); empty for a standard product (常规产品).</param>
public sealed record ContractRequirements(
    string? Product,
    int? Quantity,
    string? Delivery,
    string? PostDelivery,
    bool LegalAndRegulatoryConfirmed,
    IReadOnlyList<string> SpecialRequirements)
{
    /// <inheritdoc />
    public bool Equals(ContractRequirements? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    private readonly IReadOnlyList<string> specialRequirements = [.. Preconditions.CheckNotNull(SpecialRequirements)];

    /// <summary>Gets the requirements beyond the standard product: a copy of the list given, never null.</summary>
    public IReadOnlyList<string> SpecialRequirements
    {
        get => specialRequirements;
        init => specialRequirements = [.. Preconditions.CheckNotNull(value)];
    }

    /// <summary>Gets requirements of which nothing is known yet.</summary>
    public static ContractRequirements None { get; } = new(null, null, null, null, false, []);

    /// <summary>Gets whether the order has special requirements, which route its review to the departments (CR-03).</summary>
    public bool IsSpecial => SpecialRequirements.Any(r => !string.IsNullOrWhiteSpace(r));

    /// <summary>Gets the route of the review these requirements call for (CR-03).</summary>
    public ReviewRoute Route => IsSpecial ? ReviewRoute.SpecialRequirements : ReviewRoute.Standard;

    /// <summary>Lists what is not yet determined, in a stable order (CR-02).</summary>
    internal IReadOnlyList<MissingRequirement> Missing()
    {
        var missing = new List<MissingRequirement>();
        if (string.IsNullOrWhiteSpace(Product))
        {
            missing.Add(ContractReviewsMessages.Missing("contract_review.product_missing"));
        }

        if (Quantity is not > 0)
        {
            missing.Add(ContractReviewsMessages.Missing("contract_review.quantity_missing"));
        }

        if (string.IsNullOrWhiteSpace(Delivery))
        {
            missing.Add(ContractReviewsMessages.Missing("contract_review.delivery_missing"));
        }

        if (string.IsNullOrWhiteSpace(PostDelivery))
        {
            missing.Add(ContractReviewsMessages.Missing("contract_review.post_delivery_missing"));
        }

        if (!LegalAndRegulatoryConfirmed)
        {
            missing.Add(ContractReviewsMessages.Missing("contract_review.legal_confirmation_missing"));
        }

        return missing;
    }
}
