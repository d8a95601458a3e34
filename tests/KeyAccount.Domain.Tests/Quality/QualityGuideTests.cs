using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Quality;

/// <summary>Runs the examples of docs/quality.md; the code between the markers is the code printed in the guide.</summary>
public sealed class QualityGuideTests
{
    [Fact]
    [Trait("Rule", "CR-01")]
    [Trait("Rule", "CR-03")]
    [Trait("Rule", "CR-06")]
    public async Task From_order_to_shipment()
    {
        var context = TestContexts.Default;

        // begin: order-to-shipment
        var registers = new CommandHandler<ContractRegisterCommand, ContractRegisterEvent, ContractRegisterState>(
            ContractRegisterAggregate.Definition.Decider, new InMemoryEventStore<ContractRegisterEvent>());
        var reviews = new CommandHandler<ContractReviewCommand, ContractReviewEvent, ContractReviewState>(
            ContractReviewAggregate.Definition.Decider, new InMemoryEventStore<ContractReviewEvent>());
        var register = ContractRegisterId.From(Guid.NewGuid());
        var review = ContractReviewId.From(Guid.NewGuid());
        var account = AccountId.From(Guid.NewGuid());
        var salesperson = new ActorId("S017");

        // 1. The written contract is registered and gets the register's next serial number (CR-01).
        var registered = await registers.HandleAsync(ContractRegisterAggregate.StreamOf(register), CommandId.From(Guid.NewGuid()),
            salesperson, new RegisterContract(review, account, "PO-2025-0042"), context);
        var serialNumber = ((ContractRegistered)registered.AsT0.Events[0].Event).SerialNumber;
        // The review reads the register's state from the context: it opens only with a number the register issued to it (GEN-11).
        context = context.WithSource(ContractRegisterAggregate.StreamOf(register), registered.AsT0.Version, registered.AsT0.State);

        // 2. Its review is opened, the requirements determined completely (CR-02) and the review started.
        var special = new ContractRequirements("Gear pump GP-20", 100, "Ex works Ningbo by 2025-04-15",
            "12-month warranty", LegalAndRegulatoryConfirmed: true, SpecialRequirements: ["Stainless steel housing"]);
        async Task<CommandOutcome<ContractReviewEvent, ContractReviewState>> Review(ContractReviewCommand command, string actor) =>
            await reviews.HandleAsync(ContractReviewAggregate.StreamOf(review), CommandId.From(Guid.NewGuid()), new ActorId(actor), command, context);
        await Review(new OpenContractReview(review, register, serialNumber, account), "S017");
        await Review(new DetermineRequirements(special), "S017");
        await Review(new StartReview(), "S017");

        // 3. Special requirements: the general manager cannot approve before production, technical and quality (CR-03).
        var early = await Review(new ApproveContractReview(Department.GeneralManagement), "G001");
        var refusal = (RequirementsMissing)early.AsT1;          // CR-03, one MissingRequirement per department
        await Review(new RecordVerdict(Department.Production, true, "Capacity in week 14"), "P003");
        await Review(new RecordVerdict(Department.Technical, true, "Drawing 20-114 rev B"), "T002");
        await Review(new RecordVerdict(Department.Quality, true, "Material certificate 3.1"), "Q005");
        var approved = await Review(new ApproveContractReview(Department.GeneralManagement), "G001");
        var reference = approved.AsT0.State.Reference!;       // what ACC-07 and NEG-09 ask for

        // 4. Qualified stock of 120 covers the order of 100: ship directly (CR-06).
        var fulfilment = await Review(new DecideFulfilment(QualifiedStockOnHand: 120), "S017");
        var route = ((FulfilmentDecided)fulfilment.AsT0.Events[0].Event).Route;   // FulfilmentRoute.ShipFromStock
        // end: order-to-shipment

        Assert.Equal(1, serialNumber);
        Assert.Equal("CR-03", refusal.RuleId.Value);
        Assert.Equal(3, refusal.Missing.Count);
        Assert.Equal(new ContractReviewReference(review, 1, context.Today, 1), reference);
        Assert.Equal(FulfilmentRoute.ShipFromStock, route);
    }

    [Fact]
    [Trait("Rule", "CMP-01")]
    [Trait("Rule", "CMP-02")]
    public void From_complaint_to_closure()
    {
        var context = TestContexts.Default;

        // begin: complaint-to-closure
        var complaints = ComplaintAggregate.Definition.Decider;
        var complaint = ComplaintId.From(Guid.NewGuid());
        var account = AccountId.From(Guid.NewGuid());
        var state = complaints.Initial;

        // Sales receives; quality control investigates and issues the corrective action request.
        (_, state) = complaints.Apply(new ReceiveComplaint(complaint, account, "Pumps of batch 2503 leak at the seal", Department.Sales), state, context);
        (_, state) = complaints.Apply(new RecordInvestigation(ComplaintCause.ProductQuality, "Seal seat 0.05 mm oversize", Department.Quality), state, context);
        (_, state) = complaints.Apply(new RequestCorrectiveAction(Department.Production, "Recalibrate the bore gauge",
            context.Today.PlusDays(10), Department.Quality), state, context);

        // Closing now is refused by CMP-01: the action is neither implemented nor verified.
        var tooEarly = complaints.Decide(new CloseComplaint(Department.Quality), state, context);

        // The management review, two weeks on, sees the overdue action (CMP-02).
        var summary = ManagementReviewSummary.Create([state], [], new NodaTime.DateInterval(context.Today, context.Today.PlusDays(30)),
            context.Today.PlusDays(14));

        (_, state) = complaints.Apply(new ReportActionImplemented("Gauge recalibrated, 340 pumps re-inspected", Department.Production), state, context);
        (_, state) = complaints.Apply(new VerifyEffectiveness(true, "Next three batches without a leak", Department.Quality), state, context);
        (_, state) = complaints.Apply(new CloseComplaint(Department.Quality), state, context);
        // end: complaint-to-closure

        Assert.Equal("CMP-01", tooEarly.Error.RuleId.Value);
        Assert.Equal(4, Assert.Single(summary.OverdueActions).DaysOverdue);
        Assert.Equal(ComplaintStatus.Closed, state.Status);
    }

    [Theory]
    [InlineData("order-to-shipment")]
    [InlineData("complaint-to-closure")]
    public void The_guide_prints_the_code_these_tests_run(string example)
    {
        var root = DiagramFiles.RepositoryRoot();
        var test = GuideExamples.Extract(File.ReadAllLines(Path.Combine(root, "tests", "KeyAccount.Domain.Tests", "Quality", "QualityGuideTests.cs")), $"// begin: {example}", $"// end: {example}");
        var guide = GuideExamples.Extract(File.ReadAllLines(Path.Combine(root, "docs", "quality.md")), $"<!-- example: {example} -->", "```", skip: 2);

        Assert.Equal(test, guide);
    }
}
