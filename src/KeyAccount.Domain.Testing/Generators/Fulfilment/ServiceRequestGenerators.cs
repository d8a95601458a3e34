using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Fulfilment;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using NodaTime;

namespace KeyAccount.Domain.Testing.Generators.Fulfilment;

/// <summary>
/// FsCheck generators for after-sales service requests (<see cref="ServiceRequestAggregate"/>, DLV-05): requests received
/// and acknowledged on days the clock of histories over time reaches (some of them late), escalated to a complaint of
/// the same account (the complaint's state supplied as the host would) or closed with the customer's confirmation, mixed
/// with refusals (an empty subject or resolution, no confirmation, a complaint of another account).
/// </summary>
public static class ServiceRequestGenerators
{
    /// <summary>Returns candidate commands for a state: mostly the next step of the lifecycle, mixed with refusals.</summary>
    /// <param name="state">The request so far.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<ServiceRequestCommand> Commands(ServiceRequestState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsReceived)
        {
            return from request in KernelGenerators.Identifier<ServiceRequestId>()
                   from account in KernelGenerators.Identifier<AccountId>()
                   from subject in Gen.Frequency((8, Gen.Elements("Pump noise after installation", "培训操作人员", "更换密封件")), (1, Gen.Constant(" ")))
                   select (ServiceRequestCommand)new ReceiveServiceRequest(request, account, subject);
        }

        var next = new List<(int, Gen<ServiceRequestCommand>)>
        {
            (1, Gen.Constant((ServiceRequestCommand)new ReceiveServiceRequest(state.Request, state.Account, "again"))),
            (1, Gen.Elements("", "客服 王").Select(by => (ServiceRequestCommand)new AcknowledgeServiceRequest(by))),
            (1, from resolution in Gen.Elements("", "Seal replaced") from who in Gen.Elements("", "Mr Li") select (ServiceRequestCommand)new CloseServiceRequest(resolution, who)),
            (1, from complaint in KernelGenerators.Identifier<ComplaintId>() select (ServiceRequestCommand)new EscalateServiceRequest(complaint, "Seal leaks")),
        };
        switch (state.Status)
        {
            case ServiceRequestStatus.Received:
                next.Add((6, Gen.Elements("客服 王", "Service desk").Select(by => (ServiceRequestCommand)new AcknowledgeServiceRequest(by))));
                break;
            case ServiceRequestStatus.Acknowledged:
                next.Add((3, from complaint in KernelGenerators.Identifier<ComplaintId>() select (ServiceRequestCommand)new EscalateServiceRequest(complaint, "轴封漏油")));
                next.Add((3, Gen.Constant((ServiceRequestCommand)new CloseServiceRequest("Seal replaced", "Mr Li"))));
                break;
            case ServiceRequestStatus.Escalated:
                next.Add((6, Gen.Constant((ServiceRequestCommand)new CloseServiceRequest("Replaced under complaint action", "Mr Li"))));
                break;
        }

        return Gen.Frequency(next.ToArray());
    }

    /// <summary>Returns valid histories of a service request (see <see cref="Generators.Histories"/>).</summary>
    /// <param name="context">The decision context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<ServiceRequestCommand, ServiceRequestEvent, ServiceRequestState>> Histories(DecisionContext? context = null) =>
        Generators.Histories.OverTime(
            ServiceRequestAggregate.Definition.Decider,
            (state, _) => Commands(state),
            (today, state, command) => ContextFor(state, command, today),
            context ?? TestContexts.Default);

    /// <summary>Returns the context a host decides a request's command in: the context of the day itself, and for an
    /// escalation with the complaint's state, received that day for the request's account unless the complaint's ID is
    /// a multiple of four in its last byte (then for another account).</summary>
    /// <param name="state">The request so far.</param>
    /// <param name="command">The command.</param>
    /// <param name="context">The context to start from.</param>
    /// <returns>The context.</returns>
    public static DecisionContext ContextFor(ServiceRequestState state, ServiceRequestCommand command, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        if (!state.IsReceived || command is not EscalateServiceRequest escalate)
        {
            return context;
        }

        var account = escalate.Complaint.Value.ToByteArray()[15] % 4 == 0 ? AccountId.From(Guid.Empty) : state.Account;
        return ComplaintFor(context, escalate.Complaint, account);
    }

    /// <summary>Returns a context carrying the state of a complaint received for an account today, as the host supplies it
    /// for an escalation (GEN-11).</summary>
    /// <param name="context">The context.</param>
    /// <param name="complaint">The complaint.</param>
    /// <param name="account">The complaining account.</param>
    /// <returns>The context.</returns>
    public static DecisionContext ComplaintFor(DecisionContext context, ComplaintId complaint, AccountId account)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = ComplaintAggregate.Definition.Decider.Replay([new ComplaintReceived(complaint, account, "轴封漏油", context.Today)]);
        return context.WithSource(ComplaintAggregate.StreamOf(complaint), 1, state);
    }
}
