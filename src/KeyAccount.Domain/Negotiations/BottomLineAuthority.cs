using System.Collections.Immutable;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Negotiations;

/// <summary>
/// Who may approve a revision of a bottom line (NEG-05, policy): the people the host names, and, unless the host
/// says otherwise, the plan's team lead.
/// </summary>
/// <param name="Approvers">The people who may approve any plan's revisions, e.g. the sales director.</param>
/// <param name="TeamLeadMayApprove">Whether the plan's own team lead may approve.</param>
public sealed record BottomLineAuthority(ImmutableHashSet<ActorId> Approvers, bool TeamLeadMayApprove) : IPolicy<BottomLineAuthority>
{
    /// <summary>Gets the default: no named approvers; the team lead approves.</summary>
    public static BottomLineAuthority Default { get; } = new([], TeamLeadMayApprove: true);

    /// <summary>Returns whether a person may approve a revision of a plan's bottom line.</summary>
    /// <param name="approver">The person.</param>
    /// <param name="plan">The plan.</param>
    /// <returns>Whether they hold the authority.</returns>
    public bool MayApprove(ActorId approver, NegotiationPlan plan)
    {
        Preconditions.CheckNotNull(plan);
        return Approvers.Contains(approver) || (TeamLeadMayApprove && plan.Lead is { } lead && lead.Person == approver);
    }
}
