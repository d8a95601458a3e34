using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Negotiations;

/// <summary>Where a follow-up action stands (NEG-10).</summary>
public enum FollowUpStatus
{
    /// <summary>Not done yet.</summary>
    Pending,

    /// <summary>Done.</summary>
    Done,

    /// <summary>Cancelled with a reason.</summary>
    Cancelled,
}
