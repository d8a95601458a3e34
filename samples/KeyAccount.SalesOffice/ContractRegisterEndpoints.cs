using System;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Hosting;

namespace KeyAccount.SalesOffice;

/// <summary>
/// The contract register (合同登记簿) under <c>/contract-registers/{registerId}</c>: registering a written contract
/// gives it the register's next serial number (流水号), with no gap and no repeat however many offices register at once
/// (CR-01); a registration that lost a race is a 409 the client retries with the same Idempotency-Key.
/// </summary>
internal static class ContractRegisterEndpoints
{
    /// <summary>The register: the last serial number issued.</summary>
    public sealed record RegisterSummary(long LastSerialNumber, int Contracts);

    public static void MapContractRegisters(this IEndpointRouteBuilder app)
    {
        var registers = app.MapGroup("/contract-registers/{registerId:guid}").WithTags("Contract register");
        registers.MapPost("/contracts", (Guid registerId, RegisterContractRequest body, HttpRequest request, ContractRegisters handler, DecisionContexts contexts) =>
        {
            Input.Checked(body);
            var command = new RegisterContract(ContractReviewId.From(body.Review), AccountId.From(body.Account), body.Title);
            return SalesOfficeEndpoints.Send(handler, StreamOf(registerId), command, contexts.Now(), request, detail: s => s.SerialNumbers[command.Review]);
        });
        registers.MapGet("/", async (Guid registerId, ContractRegisters handler) =>
        {
            var (state, version) = await handler.LoadAsync(StreamOf(registerId));
            return version == 0 ? Results.NotFound() : Results.Ok(new RegisterSummary(state.LastSerialNumber, state.SerialNumbers.Count));
        });
    }

    private static KeyAccount.Domain.Identifiers.StreamId StreamOf(Guid register) => ContractRegisterAggregate.StreamOf(ContractRegisterId.From(register));
}
