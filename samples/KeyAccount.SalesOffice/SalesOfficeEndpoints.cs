using System;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Hosting;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Rules;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using Microsoft.AspNetCore.Mvc;

namespace KeyAccount.SalesOffice;

/// <summary>The sales office's endpoints: projects, units, subscriptions, cancellations, refunds, what next, the rules;
/// the sales days (<see cref="SalesDayEndpoints"/>) and the contract register (<see cref="ContractRegisterEndpoints"/>).</summary>
internal static class SalesOfficeEndpoints
{
    private const string ActorHeader = "X-Actor";
    private const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>The outcome of a committed command: the stream, its version, whether the command had been handled
    /// before (a retry), the ID of what it created, and what the command decided where the endpoint reports it.</summary>
    public sealed record CommandResult(string Stream, long Version, bool AlreadyProcessed, Guid? Id = null, object? Detail = null);

    public static void MapSalesOffice(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/projects").WithTags("Projects");
        projects.MapPost("/", async (RegisterProjectRequest body, HttpRequest request, Projects handler, DecisionContexts contexts) =>
        {
            Input.Checked(body);
            var project = ProjectId.From(NewIdOf(request));
            var stream = SalesProjectAggregate.StreamOf(project);
            var context = contexts.Now();
            var registered = await Send(handler, stream, new RegisterProject(project, body.Name, body.LaunchDate), context, request, project.Value);
            return registered is IStatusCodeHttpResult { StatusCode: >= 300 }
                ? registered
                : await Send(handler, stream, new SetSalesMode(body.Mode), context, request, project.Value, CommandId.From(Guid.NewGuid()));
        });
        projects.MapPost("/{projectId:guid}/preparation", (Guid projectId, CompletePreparationRequest body, HttpRequest request, Projects handler, DecisionContexts contexts) =>
            Send(handler, SalesProjectAggregate.StreamOf(ProjectId.From(projectId)), new CompleteLaunchPreparation(new ActorId(Input.Checked(body).ConfirmedBy)), contexts.Now(), request));
        projects.MapPost("/{projectId:guid}/open", (Guid projectId, HttpRequest request, Projects handler, DecisionContexts contexts) =>
            Send(handler, SalesProjectAggregate.StreamOf(ProjectId.From(projectId)), new OpenSales(), contexts.Now(), request));
        projects.MapPost("/{projectId:guid}/units", (Guid projectId, ListUnitRequest body, HttpRequest request, Units handler, DecisionContexts contexts) =>
        {
            var unit = UnitId.From(NewIdOf(request));
            return Send(handler, UnitAggregate.StreamOf(unit), new ListUnit(unit, ProjectId.From(projectId), Input.Checked(body).Code), contexts.Now(), request, unit.Value);
        });

        app.MapGet("/units/{unitId:guid}", async (Guid unitId, Units handler) =>
        {
            var (state, version) = await handler.LoadAsync(UnitAggregate.StreamOf(UnitId.From(unitId)));
            return version == 0 ? Results.NotFound() : Results.Ok(new { status = state.Status.ToString(), heldBy = state.HeldBy?.Value, version });
        }).WithTags("Units");

        var subscriptions = app.MapGroup("/subscriptions").WithTags("Subscriptions");
        subscriptions.MapPost("/", async (DraftSubscriptionRequest body, HttpRequest request, Subscriptions handler, Projects projectHandler, DecisionContexts contexts) =>
        {
            Input.Checked(body);
            var subscription = SubscriptionId.From(NewIdOf(request));
            var project = ProjectId.From(body.ProjectId);
            var projectStream = SalesProjectAggregate.StreamOf(project);
            var (state, version) = await projectHandler.LoadAsync(projectStream);
            var context = version == 0 ? contexts.Now() : contexts.Now().WithSource(projectStream, version, state);
            var command = new DraftSubscription(
                ActorOf(request), subscription, project, UnitId.From(body.UnitId), body.Customers.Select(c => new Customer(c.Name, c.IdDocumentNumber)).ToList(), Money.Cny(body.Price));
            return await Send(handler, SubscriptionAggregate.StreamOf(subscription), command, context, request, subscription.Value);
        });
        subscriptions.MapGet("/{subscriptionId:guid}", async (Guid subscriptionId, Subscriptions handler) =>
        {
            var (state, version) = await handler.LoadAsync(StreamOf(subscriptionId));
            return version == 0
                ? Results.NotFound()
                : Results.Ok(new { status = state.Status.ToString(), unit = state.Unit.Value, price = state.Price.Amount, paidIn = state.PaidIn.Amount, version });
        });
        subscriptions.MapPost("/{subscriptionId:guid}/payments", (Guid subscriptionId, RecordPaymentRequest body, HttpRequest request, Subscriptions handler, DecisionContexts contexts) =>
        {
            Input.Checked(body);
            var command = new RecordPayment(ActorOf(request), RemittanceNoticeNumber.Parse(body.NoticeNumber), Money.Cny(body.Amount), body.Method, body.Collector, new ActorId(body.CollectedBy));
            return Send(handler, StreamOf(subscriptionId), command, contexts.Now(), request);
        });
        subscriptions.MapPost("/{subscriptionId:guid}/stamp", (Guid subscriptionId, StampRequest body, HttpRequest request, Subscriptions handler, DecisionContexts contexts) =>
            Send(handler, StreamOf(subscriptionId), new StampCopies(ActorOf(request), Input.Checked(body).Copies.ToHashSet()), contexts.Now(), request));
        subscriptions.MapPost("/{subscriptionId:guid}/cancellation", (Guid subscriptionId, RequestCancellationRequest body, HttpRequest request, Subscriptions handler, DecisionContexts contexts) =>
            Send(handler, StreamOf(subscriptionId), new RequestCancellation(ActorOf(request), CancellationRequest.Cancellation, Input.Checked(body).PresentWithId.ToList()), contexts.Now(), request));
        subscriptions.MapPost("/{subscriptionId:guid}/cancellation/retention", (Guid subscriptionId, RetentionRequest body, HttpRequest request, Subscriptions handler, DecisionContexts contexts) =>
        {
            Input.Checked(body);
            return Send(handler, StreamOf(subscriptionId), new RecordRetentionAttempt(ActorOf(request), new ActorId(body.SiteManager), new ActorId(body.CertificateOfficer), body.Retained), contexts.Now(), request);
        });
        subscriptions.MapPost("/{subscriptionId:guid}/cancellation/approval", (Guid subscriptionId, ApproveCancellationRequest body, HttpRequest request, Subscriptions handler, DecisionContexts contexts) =>
        {
            Input.Checked(body);
            var confirmation = body.DeveloperAgent is null ? null : DeveloperConfirmation.SignedAndStamped(new ActorId(body.DeveloperAgent));
            return Send(handler, StreamOf(subscriptionId), new ApproveCancellation(ActorOf(request), confirmation, body.StatutoryException), contexts.Now(), request);
        });
        subscriptions.MapPost("/{subscriptionId:guid}/documents", (Guid subscriptionId, HandBackRequest body, HttpRequest request, Subscriptions handler, DecisionContexts contexts) =>
            Send(handler, StreamOf(subscriptionId), new HandBackDocument(ActorOf(request), body.Document), contexts.Now(), request));
        subscriptions.MapPost("/{subscriptionId:guid}/cancellation/completion", (Guid subscriptionId, HttpRequest request, Subscriptions handler, DecisionContexts contexts) =>
            Send(handler, StreamOf(subscriptionId), new CompleteCancellation(ActorOf(request)), contexts.Now(), request));
        subscriptions.MapPost("/{subscriptionId:guid}/refund", (Guid subscriptionId, PayRefundRequest body, HttpRequest request, Subscriptions handler, DecisionContexts contexts) =>
        {
            Input.Checked(body);
            var notice = body.DeveloperAgent is null ? null : DeveloperConfirmation.SignedAndStamped(new ActorId(body.DeveloperAgent));
            return Send(handler, StreamOf(subscriptionId), new PayRefund(ActorOf(request), body.Place, notice), contexts.Now(), request);
        });
        subscriptions.MapGet("/{subscriptionId:guid}/next", async (Guid subscriptionId, HttpRequest request, Subscriptions handler, DecisionContexts contexts) =>
        {
            var (state, version) = await handler.LoadAsync(StreamOf(subscriptionId));
            if (version == 0)
            {
                return Results.NotFound();
            }

            var context = contexts.Now();
            var culture = Problems.CultureOf(request);
            var next = SubscriptionAggregate.Definition.WhatNext(state, context);
            return Results.Ok(new
            {
                status = state.Status.ToString(),
                accepted = next.Accepted.Select(c => c.GetType().Name),
                blocked = next.Blocked.Select(b => new { command = b.Command.GetType().Name, ruleId = b.Reason.RuleId.Value, code = b.Reason.Code, message = b.Reason.GetMessage(culture) }),
            });
        });

        app.MapSalesDays();
        app.MapContractRegisters();

        app.MapGet("/rules", (HttpRequest request) =>
        {
            var culture = Problems.CultureOf(request);
            return RuleCatalogue.All.Select(r => new { id = r.Id.Value, area = r.Area.ToString(), aggregate = r.Aggregate, isPolicy = r.IsPolicy, title = r.GetTitle(culture), statement = r.GetStatement(culture) });
        }).WithTags("Rules");
    }

    private static StreamId StreamOf(Guid subscription) => SubscriptionAggregate.StreamOf(SubscriptionId.From(subscription));

    /// <summary>The ID of a resource a POST creates: the Idempotency-Key when the client sent one, so a retried
    /// creation finds the stream it created the first time (GEN-03) instead of creating a second one.</summary>
    internal static Guid NewIdOf(HttpRequest request) =>
        request.Headers.ContainsKey(IdempotencyHeader) ? CommandIdOf(request).Value : Guid.NewGuid();

    private static ActorId ActorOf(HttpRequest request) =>
        request.Headers[ActorHeader].FirstOrDefault() is { Length: > 0 and <= Input.MaxText } actor ? new ActorId(actor) : new ActorId("sales-office");

    private static CommandId CommandIdOf(HttpRequest request) =>
        request.Headers[IdempotencyHeader].FirstOrDefault() is { } key
            ? CommandId.From(Guid.TryParse(key, out var id) ? id : throw new BadInputException(IdempotencyHeader, "The Idempotency-Key header must be a GUID."))
            : CommandId.From(Guid.NewGuid());

    internal static async Task<IResult> Send<TCommand, TEvent, TState>(
        InstrumentedCommandHandler<TCommand, TEvent, TState> handler, StreamId stream, TCommand command, DecisionContext context, HttpRequest request, Guid? created = null, CommandId? commandId = null, Func<TState, object>? detail = null)
        where TCommand : class
    {
        var outcome = await handler.HandleAsync(stream, commandId ?? CommandIdOf(request), ActorOf(request), command, context, request.HttpContext.RequestAborted);
        return outcome.Match(
            committed => created is { } id
                ? Results.Created($"/{stream.Value}", new CommandResult(stream.Value, committed.Version, committed.AlreadyProcessed, id, detail?.Invoke(committed.State)))
                : Results.Ok(new CommandResult(stream.Value, committed.Version, committed.AlreadyProcessed, Detail: detail?.Invoke(committed.State))),
            rejected => Problems.Rejected(rejected, request),
            Problems.Conflict);
    }
}
