using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Quality;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>A command to an after-sales service request (DLV-05).</summary>
public abstract record ServiceRequestCommand
{
    private protected ServiceRequestCommand()
    {
    }
}

/// <summary>Receives a customer's service request; it is due for acknowledgement within the service window
/// (<see cref="ServiceWindowPolicy"/>, working days on the context's calendar).</summary>
/// <param name="Request">The request.</param>
/// <param name="Account">The customer's account.</param>
/// <param name="Subject">What the customer asks for; not empty.</param>
public sealed record ReceiveServiceRequest(ServiceRequestId Request, AccountId Account, string Subject) : ServiceRequestCommand;

/// <summary>Acknowledges the request to the customer; an acknowledgement after the due day is recorded as late.</summary>
/// <param name="By">Who acknowledged it; not empty.</param>
public sealed record AcknowledgeServiceRequest(string By) : ServiceRequestCommand;

/// <summary>Escalates a request that revealed a nonconformity to a complaint (CMP-01). The complaint's state is the
/// evidence (GEN-11): the host supplies it with <see cref="Decisions.DecisionContext.WithSource{TState}"/> for
/// <see cref="ComplaintAggregate.StreamOf"/>; it must be received and of the same account.</summary>
/// <param name="Complaint">The complaint received for it.</param>
/// <param name="Nonconformity">The nonconformity the request revealed; not empty.</param>
public sealed record EscalateServiceRequest(ComplaintId Complaint, string Nonconformity) : ServiceRequestCommand;

/// <summary>Closes the request with its resolution and the customer's confirmation.</summary>
/// <param name="Resolution">What was done; not empty.</param>
/// <param name="ConfirmedBy">The customer's person who confirmed it; not empty.</param>
public sealed record CloseServiceRequest(string Resolution, string ConfirmedBy) : ServiceRequestCommand;
