using System;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Quality;

internal static class ComplaintSteps
{
    public static readonly ComplaintId Complaint = ComplaintId.From(Guid.Parse("5d6e7f80-9a1b-4c2d-8e3f-405162738495"));
    public static readonly AccountId Account = AccountId.From(Guid.Parse("3a4b5c6d-7e8f-4a1b-8c2d-e3f4a5b6c7d8"));

    public static ComplaintDecider Complaints => ComplaintDecider.Instance;

    public static LocalDate Today => TestContexts.Default.Today;

    public static ReceiveComplaint Receive() => new(Complaint, Account, "Batch 2503 pumps leak at the shaft seal", Department.Sales);

    public static RecordInvestigation Investigate() => new(ComplaintCause.ProductQuality, "Seal seat machined 0.05 mm oversize", Department.Quality);

    public static RequestCorrectiveAction Request(int days = 10) => new(Department.Production, "Re-check seat bore gauge; 100% inspect open orders", Today.PlusDays(days), Department.Quality);

    public static ReportActionImplemented Implemented() => new("Gauge recalibrated, 340 pumps inspected", Department.Production);

    public static VerifyEffectiveness Verify(bool effective = true) => new(effective, "Three following batches without leak", Department.Quality);

    public static ComplaintState Given(params ComplaintCommand[] commands)
    {
        var state = Complaints.Initial;
        foreach (var command in commands)
        {
            var (decision, next) = Complaints.Apply(command, state, TestContexts.Default);
            Assert.True(decision.IsAccepted, $"Given {command}: {(decision.IsRejected ? decision.Error.ToString() : "")}");
            state = next;
        }

        return state;
    }

    public static Decision<ComplaintEvent> When(ComplaintState state, ComplaintCommand command) => Complaints.Decide(command, state, TestContexts.Default);
}
