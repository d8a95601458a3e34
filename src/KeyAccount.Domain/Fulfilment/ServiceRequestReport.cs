using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>Reports over after-sales service requests (DLV-05).</summary>
public static class ServiceRequestReport
{
    /// <summary>Returns the requests overdue as of a day: their window ended before it and they were not acknowledged
    /// within it (still unacknowledged, or acknowledged late). A later day never reports fewer requests.</summary>
    /// <param name="requests">The requests' states.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The overdue requests, by due day then request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> is null.</exception>
    public static ImmutableList<OverdueServiceRequest> OverdueAsOf(IEnumerable<ServiceRequestState> requests, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(requests);
        return requests.Where(r => r.IsOverdueAsOf(asOf))
            .OrderBy(r => r.AcknowledgeBy).ThenBy(r => r.Request.Value)
            .Select(r => new OverdueServiceRequest(r.Request, r.Account, r.AcknowledgeBy, r.AcknowledgedOn))
            .ToImmutableList();
    }
}
