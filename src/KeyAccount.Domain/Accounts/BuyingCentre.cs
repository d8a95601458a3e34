using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// 人员结构 — the buying centre as an authority matrix (ACC-08): per decision area, who decides and who advises.
/// Each area has at most one decision holder; the follow-up class of a contact is derived from it.
/// </summary>
/// <remarks>Immutable. Areas and grants keep the order in which they were first assigned.</remarks>
public sealed class BuyingCentre
{
    private readonly ImmutableList<AuthorityGrant> grants;

    private BuyingCentre(ImmutableList<AuthorityGrant> grants) => this.grants = grants;

    /// <summary>Gets the empty matrix.</summary>
    public static BuyingCentre Empty { get; } = new(ImmutableList<AuthorityGrant>.Empty);

    /// <summary>Compares by value: the same grants in the same order (GEN-02).</summary>
    /// <param name="obj">The other value.</param>
    /// <returns>Whether both are equal.</returns>
    public override bool Equals(object? obj) => obj is BuyingCentre other && ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    /// <summary>Gets the non-empty cells of the matrix.</summary>
    public IReadOnlyList<AuthorityGrant> Grants => grants;

    /// <summary>Gets the decision areas that have at least one advisory or decision holder, in order of first assignment.</summary>
    public IReadOnlyList<DecisionArea> Areas => Grants.Select(g => g.Area).Distinct().ToList();

    /// <summary>Gets the contacts holding decision authority in at least one area, in order of first assignment.</summary>
    public IReadOnlyList<ContactId> DecisionHolders =>
        Grants.Where(g => g.Authority == Authority.Decision).Select(g => g.Contact).Distinct().ToList();

    /// <summary>Gets the contacts to follow up closely: those with decision or advisory authority anywhere.</summary>
    public IReadOnlyList<ContactId> KeyContacts => Grants.Select(g => g.Contact).Distinct().ToList();

    /// <summary>Returns the contact who decides in an area, if any.</summary>
    /// <param name="area">The area.</param>
    /// <returns>The decision holder, or null.</returns>
    public ContactId? DecisionHolder(DecisionArea area) =>
        Grants.FirstOrDefault(g => g.Area == area && g.Authority == Authority.Decision)?.Contact;

    /// <summary>Returns a contact's authority in an area.</summary>
    /// <param name="contact">The contact.</param>
    /// <param name="area">The area.</param>
    /// <returns>The authority; <see cref="Authority.None"/> when none is recorded.</returns>
    public Authority AuthorityOf(ContactId contact, DecisionArea area) =>
        Grants.FirstOrDefault(g => g.Contact == contact && g.Area == area)?.Authority ?? Authority.None;

    /// <summary>Returns a contact's follow-up class, derived from the matrix (ACC-08).</summary>
    /// <param name="contact">The contact.</param>
    /// <returns><see cref="FollowUpClass.Key"/> when the contact holds any authority; otherwise <see cref="FollowUpClass.NonKey"/>.</returns>
    public FollowUpClass FollowUpOf(ContactId contact) =>
        Grants.Any(g => g.Contact == contact) ? FollowUpClass.Key : FollowUpClass.NonKey;

    /// <summary>Returns the areas in which a contact decides.</summary>
    /// <param name="contact">The contact.</param>
    /// <returns>The areas, in order of first assignment.</returns>
    public IReadOnlyList<DecisionArea> AreasDecidedBy(ContactId contact) =>
        Grants.Where(g => g.Contact == contact && g.Authority == Authority.Decision).Select(g => g.Area).ToList();

    /// <inheritdoc />
    public override string ToString() => $"BuyingCentre ({Areas.Count} area(s), {KeyContacts.Count} key contact(s))";

    internal BuyingCentre With(ContactId contact, DecisionArea area, Authority authority)
    {
        var index = grants.FindIndex(g => g.Contact == contact && g.Area == area);
        if (authority == Authority.None)
        {
            return index < 0 ? this : new BuyingCentre(grants.RemoveAt(index));
        }

        var grant = new AuthorityGrant(contact, area, authority);
        return new BuyingCentre(index < 0 ? grants.Add(grant) : grants.SetItem(index, grant));
    }
}
