using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Accounts;

/// <summary>Runs the example of <c>docs/accounts.md</c>, and keeps the guide's code block identical to it.</summary>
public sealed class GuideTests
{
    [Fact]
    [Trait("Rule", "ACC-07")]
    public async Task The_guide_runs_an_account_from_first_contact_to_won()
    {
        // guide:begin
        var store = new InMemoryEventStore<AccountEvent>();
        var accounts = new CommandHandler<AccountCommand, AccountEvent, AccountState>(AccountAggregate.Definition.Decider, store);
        var context = DecisionContext.ChinaMainland(Instant.FromUtc(2025, 3, 3, 2, 0), BusinessCalendar.WeekendsOnly);
        var manager = new ActorId("E001");
        var accountId = AccountId.From(Guid.NewGuid());
        var stream = AccountAggregate.StreamOf(accountId);

        Task<CommandOutcome<AccountEvent, AccountState>> Send(AccountCommand command) =>
            accounts.HandleAsync(stream, CommandId.From(Guid.NewGuid()), manager, command, context).AsTask();

        // 1. Targeting: first contact, company profile, potential demand (ACC-01, ACC-03).
        await Send(new OpenAccount(accountId, "Huaxin Precision Parts", "Canton Fair", manager));
        await Send(new RecordCompanyProfile(new CompanyProfile(12, "300 staff", "Exports growing")));
        await Send(new AssessPotentialDemand(new DemandAssessment(
            "The current supplier misses delivery dates", DemandUrgency.High, OpportunityVerdict.OpportunityExists)));
        await Send(new AdvanceStage(AccountStage.SamplesAndIntelligence));

        // 2. Asking too early: the gate names everything still missing (ACC-04).
        var early = await Send(new AdvanceStage(AccountStage.ValueAssessment));
        var refusal = (RequirementsMissing)early.AsT1;
        Console.WriteLine(refusal.GetMessage(CultureInfo.GetCultureInfo("en")));

        // 3. Samples and intelligence: insider, buying centre, decision maker's profile, needs, samples (ACC-04, ACC-08).
        var buyer = ContactId.From(Guid.NewGuid());
        var engineer = ContactId.From(Guid.NewGuid());
        await Send(new RecordContact(buyer, "Li Wei", ContactFunction.Purchasing, IsInsider: true));
        await Send(new RecordContact(engineer, "Zhang Min", ContactFunction.Technical));
        await Send(new AssignAuthority(engineer, DecisionArea.TechnicalApproval, Authority.Decision));
        await Send(new AssignAuthority(buyer, DecisionArea.TechnicalApproval, Authority.Advisory));
        await Send(new RecordDecisionMakerProfile(engineer, new PersonalDetails { Hobbies = "tea", Age = 45 }));
        await Send(new StateNeeds("Stainless fasteners with a two-week lead time"));
        await Send(new RequestSample("M8 bolts"));
        await Send(new RecordSampleDelivered("M8 bolts", new LocalDate(2025, 2, 27)));

        // 4. A visit: five preparations, a modest gift, the record goes into the customer file (VIS-01 … VIS-04).
        var visit = VisitId.From(Guid.NewGuid());
        await Send(new RecordCompetitor(new CompetitorAnalysis(
            "Dongfang Fasteners", "3 % below us", "good", "slow to answer", "4 weeks", "60 days", "regional leader",
            "reliable but slow", ["Long lead time"])));
        await Send(new RecordMaterials(["304 stainless", "brass"]));
        await Send(new PlanVisit(visit, new LocalDate(2025, 3, 3), [engineer], "Present the samples", new Gift("Tea", Money.Cny(300m))));
        foreach (var item in Enum.GetValues<VisitKitItem>())
        {
            await Send(new PackVisitKitItem(visit, item));
        }

        await Send(new MarkVisitReady(visit));
        await Send(new CompleteVisit(visit, new VisitRecord(
            Needs: ["Titanium bolts for a new line"], Requirements: ["ISO 9001 certificate"], Opinions: [], Questions: ["Ship from Ningbo?"])));
        await Send(new AdvanceStage(AccountStage.ValueAssessment));

        // 5. Value assessment and relationship building (ACC-05, ACC-06); the visit counts as an interaction.
        await Send(new RecordValueAssessment(new ValueAssessment(
            60, ["Three-year contract with the incumbent"], Money.Cny(20_000m), "Trial order, then a frame agreement")));
        await Send(new AdvanceStage(AccountStage.RelationshipBuilding));
        await Send(new AdvanceStage(AccountStage.Closing));

        // 6. Closing: executive meeting, site audit, approved contract review (ACC-07). The review is its own aggregate
        //    (docs/quality.md): here a standard order, numbered by the register (CR-01) and signed by the salesperson.
        await Send(new RecordExecutiveMeeting(new LocalDate(2025, 3, 1), "Our general manager met theirs"));
        await Send(new RequireSiteAudit());
        await Send(new RecordSiteAudit(new LocalDate(2025, 3, 2), Passed: true));
        var registers = new CommandHandler<ContractRegisterCommand, ContractRegisterEvent, ContractRegisterState>(
            ContractRegisterAggregate.Definition.Decider, new InMemoryEventStore<ContractRegisterEvent>());
        var reviews = new CommandHandler<ContractReviewCommand, ContractReviewEvent, ContractReviewState>(
            ContractReviewAggregate.Definition.Decider, new InMemoryEventStore<ContractReviewEvent>());
        var register = ContractRegisterId.From(Guid.NewGuid());
        var reviewId = ContractReviewId.From(Guid.NewGuid());
        var registered = (await registers.HandleAsync(ContractRegisterAggregate.StreamOf(register), CommandId.From(Guid.NewGuid()),
            manager, new RegisterContract(reviewId, accountId, "PO-2025-0042"), context)).AsT0;
        var withRegister = context.WithSource(ContractRegisterAggregate.StreamOf(register), registered.Version, registered.State);
        var order = new ContractRequirements("M8 bolts, stainless", 5_000, "Ex works Ningbo", "12-month warranty", true, []);
        ContractReviewCommand[] steps =
            [new OpenContractReview(reviewId, register, 1, accountId), new DetermineRequirements(order), new StartReview(), new ApproveContractReview(Department.Sales)];
        foreach (var step in steps)
        {
            await reviews.HandleAsync(ContractReviewAggregate.StreamOf(reviewId), CommandId.From(Guid.NewGuid()), manager, step, withRegister);
        }

        // The host loads the review and hands its state to the decision, which checks the reference against it (GEN-11).
        var (review, reviewVersion) = await reviews.LoadAsync(ContractReviewAggregate.StreamOf(reviewId));
        context = context.WithSource(ContractReviewAggregate.StreamOf(reviewId), reviewVersion, review);
        var won = await Send(new WinAccount(review.Reference));

        // 7. After won: who is due for a call (ACC-14), and a summary without personal data (ACC-09).
        var account = won.AsT0.State;
        var overdue = account.OverdueContacts(new LocalDate(2025, 4, 10), context.Policy<ContactIntervalPolicy>());
        Console.WriteLine(account.Summarize().ToJson());
        // guide:end

        Assert.Equal(
            "The account cannot leave samples and intelligence yet (3 item(s) missing): no insider identified; "
            + "no contact with decision authority identified; the customer's needs are not stated",
            refusal.GetMessage(CultureInfo.GetCultureInfo("en")));
        Assert.Equal(AccountStage.Won, account.Stage);
        Assert.Equal(3, account.CustomerFile.Count);
        Assert.Equal([engineer, buyer], overdue.Select(o => o.Contact));
        Assert.Equal(28, (await store.ReadAsync(stream)).Count);
    }

    [Fact]
    public void The_guide_shows_the_code_the_test_runs()
    {
        var test = Region(File.ReadAllLines(ThisFile()), "// guide:begin", "// guide:end");
        var guide = Region(File.ReadAllLines(Path.Combine(DiagramFiles.RepositoryRoot(), "docs", "accounts.md")), "```csharp", "```");

        Assert.Equal(test, guide);
    }

    private static string[] Region(string[] lines, string begin, string end)
    {
        var start = Array.FindIndex(lines, l => l.Trim() == begin) + 1;
        var stop = Array.FindIndex(lines, start, l => l.Trim() == end);
        var region = lines[start..stop];
        var indent = region.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return region.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()).ToArray();
    }

    // Not [CallerFilePath]: deterministic CI builds map source paths to "/_/".
    private static string ThisFile() => Path.Combine(DiagramFiles.RepositoryRoot(), "tests", "KeyAccount.Domain.Tests", "Accounts", "GuideTests.cs");
}
