using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using NodaTime;

namespace KeyAccount.Domain.Testing.Generators.Accounts;

/// <summary>
/// FsCheck generators for the key account (<see cref="AccountAggregate"/>): its value types, candidate commands for a
/// state, and valid histories that walk the pipeline from targeting to won, with contacts, samples and visits on the way.
/// </summary>
/// <remarks>
/// Days are drawn from the first two months of 2025, on or before the business date of <see cref="TestContexts.Default"/>
/// (3 March 2025), so that interactions, deliveries, meetings and completed visits lie in the past.
/// </remarks>
public static class KeyAccountGenerators
{
    private static readonly LocalDate LastDay = new(2025, 3, 3);

    /// <summary>Gets short non-blank texts, sometimes with surrounding white space the decider trims.</summary>
    public static Gen<string> Text { get; } =
        from subject in Gen.Elements("Supplier", "Lead time", "Price", "Quality", "Delivery", "Tooling", "Plating", "Packaging", "供货期", "质量")
        from remark in Gen.Elements("misses dates", "too high", "improving", "under review", "agreed", "needs samples", "需要改进")
        from padded in Gen.Elements(false, false, false, true)
        select padded ? $"  {subject} {remark} " : $"{subject} {remark}";

    /// <summary>Gets texts that are empty or white space, which every required field rejects.</summary>
    public static Gen<string> BlankText { get; } = Gen.Elements(string.Empty, " ", "   ", "\t");

    /// <summary>Gets days from 2 January to 3 March 2025, never after the default business date.</summary>
    public static Gen<LocalDate> PastDay { get; } = PastDays(LastDay);

    /// <summary>Gets days after the default business date, which records of what happened reject.</summary>
    public static Gen<LocalDate> FutureDay { get; } = FutureDays(LastDay);

    /// <summary>Gets the customer company's business profile, with a non-negative operating time.</summary>
    public static Gen<CompanyProfile> CompanyProfile { get; } =
        from years in Gen.Choose(0, 60)
        from scale in Gen.Elements("30 staff", "300 staff", "2,000 staff", "CNY 50 million a year")
        from situation in Text
        select new CompanyProfile(years, scale, situation);

    /// <summary>Gets decision areas: the three well-known ones and a few company-specific ones.</summary>
    public static Gen<DecisionArea> DecisionArea { get; } = Gen.OneOf(
        Gen.Elements(Domain.Accounts.DecisionArea.SupplierChoice, Domain.Accounts.DecisionArea.TechnicalApproval, Domain.Accounts.DecisionArea.Price),
        Gen.Elements("quality sign-off", "Payment Terms").Select(n => new DecisionArea(n)));

    /// <summary>Gets personal details with at least one value, so that they count as a decision maker's profile (ACC-04).</summary>
    public static Gen<PersonalDetails> PersonalDetails { get; } =
        from age in Gen.Choose(25, 65)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        from hobbies in Gen.Elements("tea", "golf", "calligraphy", "fishing")
        from which in Gen.Choose(0, 2)
        select which switch
        {
            0 => new PersonalDetails { Age = age },
            1 => new PersonalDetails { Hobbies = hobbies, Birthday = new AnnualDate(month, day) },
            _ => new PersonalDetails { Age = age, Hobbies = hobbies, Birthplace = "Ningbo", Personality = "careful", Tenure = "ten years" },
        };

    /// <summary>Returns potential-demand assessments with a given verdict and a non-blank reason (ACC-03).</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The generator.</returns>
    public static Gen<DemandAssessment> DemandAssessment(OpportunityVerdict verdict) =>
        from reason in Text
        from urgency in Gen.Elements(Enum.GetValues<DemandUrgency>())
        select new DemandAssessment(reason, urgency, verdict);

    /// <summary>Gets complete value assessments (ACC-05): a probability of 0 to 100, at least one obstacle, a non-negative CNY cost.</summary>
    public static Gen<ValueAssessment> ValueAssessment { get; } =
        from probability in Gen.Choose(0, 100)
        from obstacles in Gen.NonEmptyListOf(Text)
        from cost in KernelGenerators.PositiveCny
        from plan in Text
        select new ValueAssessment(probability, obstacles.Take(3).ToList(), cost, plan);

    /// <summary>Gets complete analyses of an incumbent supplier (ACC-10), with at least one weakness.</summary>
    public static Gen<CompetitorAnalysis> CompetitorAnalysis { get; } =
        from supplier in Gen.Elements("Ningbo Fasteners", "Wenzhou Bolt Works", "Jiaxing Metal", "ningbo fasteners")
        from facts in Gen.ArrayOf(Text, 7)
        from weaknesses in Gen.NonEmptyListOf(Text)
        select new CompetitorAnalysis(supplier, facts[0], facts[1], facts[2], facts[3], facts[4], facts[5], facts[6], weaknesses.Take(3).ToList());

    /// <summary>Gets non-empty lists of materials the customer uses (ACC-11).</summary>
    public static Gen<IReadOnlyList<string>> Materials { get; } =
        Gen.NonEmptyListOf(Gen.Elements("304 stainless", "316 stainless", "brass", "titanium", "carbon steel", "Brass"))
            .Select(list => (IReadOnlyList<string>)list.Take(4).ToList());

    /// <summary>Gets modest, non-festival gifts in CNY, within the default ceiling of CNY 500 (VIS-02).</summary>
    public static Gen<Gift> Gift { get; } =
        from description in Gen.Elements("Tea", "Company notebook", "Local sweets")
        from value in Gen.Choose(1, 500)
        select new Gift(description, Money.Cny(value), IsFestivalGift: false);

    /// <summary>Gets visit records with at least one item (VIS-04).</summary>
    public static Gen<VisitRecord> VisitRecord { get; } =
        from needs in Gen.ListOf(Text)
        from requirements in Gen.ListOf(Text)
        from opinions in Gen.NonEmptyListOf(Text)
        from questions in Gen.ListOf(Text)
        select new VisitRecord(needs.Take(2).ToList(), requirements.Take(2).ToList(), opinions.Take(2).ToList(), questions.Take(2).ToList());

    /// <summary>Returns the context to decide an account command in (GEN-11): the context with the state of the
    /// account's review (<see cref="ContractReviewSources"/>) as winning, withdrawing or reconfirming relies on it: approved
    /// for <see cref="WinAccount"/>, amended for <see cref="WithdrawContractApproval"/>, approved again for
    /// <see cref="ReconfirmContractApproval"/>.</summary>
    /// <param name="state">The account so far.</param>
    /// <param name="command">The command.</param>
    /// <param name="context">The context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static DecisionContext ContextFor(AccountState state, AccountCommand command, DecisionContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var plain = context ?? TestContexts.Default;
        return command switch
        {
            WinAccount => ContractReviewSources.Supply(plain, state.Account),
            WithdrawContractApproval => ContractReviewSources.Supply(plain, state.Account, amended: true),
            ReconfirmContractApproval => ContractReviewSources.Supply(plain, state.Account, reapproved: true),
            _ => plain,
        };
    }

    /// <summary>Gets transaction figures for a tier review (ACC-13): a non-negative CNY amount and count.</summary>
    public static Gen<(Money Amount, int Count)> TierFigures { get; } =
        from amount in Gen.OneOf(Gen.Choose(0, 100_000).Select(n => Money.Cny(n)), KernelGenerators.PositiveCny)
        from count in Gen.Choose(0, 24)
        select (amount, count);

    /// <summary>Returns candidate commands for a state, with the days they record up to the default business date
    /// (<see cref="PastDay"/>).</summary>
    /// <param name="state">The state so far.</param>
    /// <returns>The generator (see <see cref="Commands(AccountState, LocalDate)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<AccountCommand> Commands(AccountState state) => Commands(state, LastDay);

    /// <summary>Returns candidate commands for a state: mostly valid ones aimed at what the state holds, a few invalid ones.</summary>
    /// <param name="state">The state so far.</param>
    /// <param name="today">The day the commands are decided on: the days they record (interactions, deliveries,
    /// meetings, audits, visits) fall in the 60 days up to it, the invalid ones in the 60 days after it.</param>
    /// <returns>
    /// The generator. Before opening it proposes mostly <see cref="OpenAccount"/>; afterwards every command type, with
    /// the facts the current stage's gate reads, and the advance into the next stage, more often than the rest.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<AccountCommand> Commands(AccountState state, LocalDate today)
    {
        var pastDay = PastDays(today);
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsOpened)
        {
            return Gen.Frequency((8, Open), (1, Invalid(state, today)));
        }

        var stage = state.Stage;
        int Gate(AccountStage s) => stage == s ? 6 : 1;
        var choices = new List<(int, Gen<AccountCommand>)>
        {
            (1, Open),
            (Gate(AccountStage.Targeting), CompanyProfile.Select(p => (AccountCommand)new RecordCompanyProfile(p))),
            (Gate(AccountStage.Targeting), DemandAssessment(OpportunityVerdict.OpportunityExists).Select(a => (AccountCommand)new AssessPotentialDemand(a))),
            (1, Gen.Frequency((1, DemandAssessment(OpportunityVerdict.NoOpportunity)), (3, DemandAssessment(OpportunityVerdict.OpportunityExists)))
                .Select(a => (AccountCommand)new AssessPotentialDemand(a))),
            (stage is AccountStage.Won or AccountStage.Terminated ? 1 : 8, Advance(state)),
            (stage == AccountStage.Closing ? 8 : 1, Gen.Frequency((8, Gen.Constant(ContractReviewSources.State(state.Account).Reference)), (1, Gen.Constant<ContractReviewReference?>(null)))
                .Select(r => (AccountCommand)new WinAccount(r))),
            // CR-05: a withdrawal once won (elsewhere it would only spend attempts the visits need); a reconfirmation
            // mostly after one, now and then elsewhere so that its "no" stays exercised.
            (stage == AccountStage.Won ? 3 : 0, Gen.Constant<AccountCommand>(new WithdrawContractApproval(ContractReviewSources.ReviewOf(state.Account)))),
            (state.ContractApprovalWithdrawnOn is not null ? 4 : 1,
                Gen.Constant<AccountCommand>(new ReconfirmContractApproval(ContractReviewSources.State(state.Account, reapproved: true).Reference!))),
            (1, Text.Select(r => (AccountCommand)new TerminateAccount(r))),
            (stage == AccountStage.Terminated ? 12 : 1, Text.Select(r => (AccountCommand)new ReactivateAccount(r))),
            (state.Contacts.Count < 2 ? 6 : 2, NewOrExistingContact(state)),
            (Gate(AccountStage.SamplesAndIntelligence) + Gate(AccountStage.RelationshipBuilding), AssignAuthority(state)),
            (Gate(AccountStage.SamplesAndIntelligence), from c in KnownContact(state) from d in PersonalDetails select (AccountCommand)new RecordDecisionMakerProfile(c, d)),
            (Gate(AccountStage.RelationshipBuilding) * 2, Interaction(state, pastDay)),
            (Gate(AccountStage.SamplesAndIntelligence) * (state.Needs is null ? 2 : 1), Text.Select(n => (AccountCommand)new StateNeeds(n))),
            (1, SampleItem.Select(i => (AccountCommand)new RequestSample(i))),
            (Gate(AccountStage.SamplesAndIntelligence) * 2, DeliverSample(state, pastDay)),
            (Gate(AccountStage.ValueAssessment), ValueAssessment.Select(a => (AccountCommand)new RecordValueAssessment(a))),
            (Gate(AccountStage.Closing), from d in pastDay from s in Text select (AccountCommand)new RecordExecutiveMeeting(d, s)),
            (1, Gen.Constant<AccountCommand>(new RequireSiteAudit())),
            (Gate(AccountStage.Closing), from d in pastDay from passed in Gen.Elements(true, true, false) select (AccountCommand)new RecordSiteAudit(d, passed)),
            (2, CompetitorAnalysis.Select(a => (AccountCommand)new RecordCompetitor(a))),
            (2, Materials.Select(m => (AccountCommand)new RecordMaterials(m))),
            (stage == AccountStage.Won ? 4 : 1, TierFigures.Select(f => (AccountCommand)new ReviewTier(f.Amount, f.Count))),
            (stage == AccountStage.Won ? 4 : 1, from c in KnownContact(state) from d in pastDay from t in Text select (AccountCommand)new RecordNeedsChange(c, d, t)),
            (3, PlanVisit(state, pastDay)),
            (2, Invalid(state, today)),
        };

        // The gates' facts still missing: an insider and a decision holder with a profile (ACC-04), an interaction with
        // each decision holder (ACC-06).
        if (!state.Contacts.Any(c => c.IsInsider))
        {
            choices.Add((Gate(AccountStage.SamplesAndIntelligence) * 2, from id in KernelGenerators.Identifier<ContactId>()
                                                                       from function in Gen.Elements(Enum.GetValues<ContactFunction>())
                                                                       select (AccountCommand)new RecordContact(id, "Zhou Lan", function, true)));
        }

        var holders = state.BuyingCentre.DecisionHolders;
        if (holders.Count == 0 && state.Contacts.Count > 0)
        {
            choices.Add((Gate(AccountStage.SamplesAndIntelligence) * 2, from c in KnownContact(state)
                                                                       from area in DecisionArea
                                                                       select (AccountCommand)new AssignAuthority(c, area, Authority.Decision)));
        }

        var unprofiled = holders.Where(h => state.FindContact(h) is { HasProfile: false }).ToArray();
        if (unprofiled.Length > 0)
        {
            choices.Add((Gate(AccountStage.SamplesAndIntelligence) * 2, from c in Gen.Elements(unprofiled) from d in PersonalDetails select (AccountCommand)new RecordDecisionMakerProfile(c, d)));
        }

        var unmet = holders.Where(h => state.LastInteractionWith(h) is null).ToArray();
        if (unmet.Length > 0)
        {
            choices.Add((Gate(AccountStage.RelationshipBuilding) * 2, from c in Gen.Elements(unmet) from d in pastDay from s in Text select (AccountCommand)new RecordInteraction(c, d, s)));
        }

        var visits = state.Visits;
        if (visits.Count > 0)
        {
            // Each step aims at the visits it can move on: packing at a missing item, marking ready at a visit fully packed,
            // completing at a ready one; so visits are done within a history, and the other visits still draw a few "no"s.
            var visit = Gen.Elements(visits.Select(v => v.Id).ToArray());
            var unpacked = visits.Where(v => v.Status == VisitStatus.Planned && v.MissingKit.Count > 0).ToArray();
            var packed = visits.Where(v => v.Status == VisitStatus.Planned && v.MissingKit.Count == 0).Select(v => v.Id).ToArray();
            var ready = visits.Where(v => v.Status == VisitStatus.Ready).Select(v => v.Id).ToArray();
            var open = visits.Where(v => v.Status is VisitStatus.Planned or VisitStatus.Ready).Select(v => v.Id).ToArray();
            choices.Add(unpacked.Length > 0
                ? (6, from v in Gen.Elements(unpacked) from i in Gen.Elements(v.MissingKit.ToArray()) select (AccountCommand)new PackVisitKitItem(v.Id, i))
                : (1, from v in visit from i in Gen.Elements(Enum.GetValues<VisitKitItem>()) select (AccountCommand)new PackVisitKitItem(v, i)));
            choices.Add((packed.Length > 0 ? 6 : 1, (packed.Length > 0 ? Gen.Elements(packed) : visit).Select(v => (AccountCommand)new MarkVisitReady(v))));
            choices.Add((ready.Length > 0 ? 6 : 1, from v in ready.Length > 0 ? Gen.Elements(ready) : visit from r in VisitRecord select (AccountCommand)new CompleteVisit(v, r)));
            choices.Add((1, from v in open.Length > 0 ? Gen.Elements(open) : visit from r in Text select (AccountCommand)new CancelVisit(v, r)));
        }
        else
        {
            // Commands about a visit nobody planned: the decider rejects them (VIS-01).
            choices.Add((1, from v in KernelGenerators.Identifier<VisitId>()
                            from pick in Gen.Choose(0, 3)
                            from r in VisitRecord
                            select pick switch
                            {
                                0 => (AccountCommand)new PackVisitKitItem(v, VisitKitItem.Notebook),
                                1 => new MarkVisitReady(v),
                                2 => new CompleteVisit(v, r),
                                _ => new CancelVisit(v, "Customer travelling"),
                            }));
        }

        return Gen.Frequency(choices.ToArray());
    }

    /// <summary>Returns valid histories of the key account: accepted commands, their events and the state reached.</summary>
    /// <param name="context">The decision context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator over time; histories try 100 candidate commands, more at sizes above 100 (up to 300).</returns>
    public static Gen<History<AccountCommand, AccountEvent, AccountState>> Histories(DecisionContext? context = null) =>
        Generators.Histories.OverTime(
            AccountAggregate.Definition.Decider,
            (state, today) => Commands(state, today.Today),
            (today, state, command) => ContextFor(state, command, today),
            context ?? TestContexts.Default,
            maxAttempts: 300);

    private static Gen<string> SampleItem { get; } = Gen.Elements("M8 bolts", "M10 nuts", "Spring washers", "m8 bolts");

    private static Gen<AccountCommand> Open =>
        from account in KernelGenerators.Identifier<AccountId>()
        from name in Gen.Elements("Huaxin Precision Parts", "  Dongfang Valves  ", "宁波精密机械")
        from source in Gen.Elements("Canton Fair", "Referral", "Website")
        from owner in KernelGenerators.Actor
        select (AccountCommand)new OpenAccount(account, name, source, owner);

    private static Gen<AccountCommand> Advance(AccountState state) =>
        AccountPipeline.Next(state.Stage) is { } next && AdvanceableStages.Contains(next)
            ? Gen.Frequency((6, Gen.Constant(next)), (1, AdvanceTargets))
                .Select(t => (AccountCommand)new AdvanceStage(t))
            : AdvanceTargets.Select(t => (AccountCommand)new AdvanceStage(t));

    // The stages entered by AdvanceStage: those between targeting and won.
    private static readonly AccountStage[] AdvanceableStages =
        [AccountStage.SamplesAndIntelligence, AccountStage.ValueAssessment, AccountStage.RelationshipBuilding, AccountStage.Closing];

    private static Gen<AccountStage> AdvanceTargets { get; } = Gen.Elements(AdvanceableStages);

    private static Gen<ContactId> KnownContact(AccountState state) =>
        state.Contacts.Count == 0
            ? KernelGenerators.Identifier<ContactId>()
            : Gen.Frequency((9, Gen.Elements(state.Contacts.Select(c => c.Id).ToArray())), (1, KernelGenerators.Identifier<ContactId>()));

    private static Gen<AccountCommand> NewOrExistingContact(AccountState state) =>
        from id in state.Contacts.Count == 0 ? KernelGenerators.Identifier<ContactId>() : Gen.Frequency((2, KernelGenerators.Identifier<ContactId>()), (1, KnownContact(state)))
        from name in Gen.Elements("Li Wei", "Zhang Min", "Wang Jun", "陈静")
        from function in Gen.Elements(Enum.GetValues<ContactFunction>())
        from insider in Gen.Elements(true, false, false)
        select (AccountCommand)new RecordContact(id, name, function, insider);

    private static Gen<AccountCommand> AssignAuthority(AccountState state) =>
        from contact in KnownContact(state)
        from area in DecisionArea
        from authority in Gen.Frequency((3, Gen.Constant(Authority.Decision)), (2, Gen.Constant(Authority.Advisory)), (1, Gen.Constant(Authority.None)))
        select (AccountCommand)new AssignAuthority(contact, area, authority);

    private static Gen<LocalDate> PastDays(LocalDate today) => Gen.Choose(-60, 0).Select(today.PlusDays);

    private static Gen<LocalDate> FutureDays(LocalDate today) => Gen.Choose(1, 60).Select(today.PlusDays);

    private static Gen<AccountCommand> Interaction(AccountState state, Gen<LocalDate> pastDay)
    {
        var holders = state.BuyingCentre.DecisionHolders;
        var contact = holders.Count > 0 ? Gen.Frequency((3, Gen.Elements(holders.ToArray())), (1, KnownContact(state))) : KnownContact(state);
        return from c in contact from d in pastDay from s in Text select (AccountCommand)new RecordInteraction(c, d, s);
    }

    private static Gen<AccountCommand> DeliverSample(AccountState state, Gen<LocalDate> pastDay)
    {
        var pending = state.Samples.Where(s => !s.IsDelivered).Select(s => s.Item).ToArray();
        var item = pending.Length > 0 ? Gen.Elements(pending) : SampleItem;
        return from i in item from d in pastDay select (AccountCommand)new RecordSampleDelivered(i, d);
    }

    private static Gen<AccountCommand> PlanVisit(AccountState state, Gen<LocalDate> pastDay) =>
        from visit in KernelGenerators.Identifier<VisitId>()
        from day in pastDay
        from meeting in Gen.NonEmptyListOf(KnownContact(state))
        from purpose in Text
        from gift in Gen.Frequency((2, Gen.Constant<Gift?>(null)), (1, Gift.Select(g => (Gift?)g)))
        select (AccountCommand)new PlanVisit(visit, day, meeting.Take(2).ToList(), purpose, gift);

    // Commands no state accepts: blank texts, unknown contacts, future days, empty records, gifts over the ceiling.
    private static Gen<AccountCommand> Invalid(AccountState state, LocalDate today) =>
        from blank in BlankText
        from future in FutureDays(today)
        from stranger in KernelGenerators.Identifier<ContactId>()
        from pick in Gen.Choose(0, 9)
        select pick switch
        {
            0 => (AccountCommand)new OpenAccount(AccountId.From(Guid.Empty), blank, "Referral", new ActorId("E0001")),
            1 => new RecordCompanyProfile(new CompanyProfile(-1, blank, blank)),
            2 => new StateNeeds(blank),
            3 => new RequestSample(blank),
            4 => new RecordInteraction(state.Contacts.Count > 0 ? state.Contacts[0].Id : stranger, future, "Call next week"),
            5 => new RecordExecutiveMeeting(future, "Planned meeting"),
            6 => new RecordMaterials([blank]),
            7 => new AssignAuthority(stranger, Domain.Accounts.DecisionArea.Price, Authority.Decision),
            8 => new PlanVisit(VisitId.From(Guid.Empty), future, [stranger], "Visit", new Gift("Watch", Money.Cny(5_000m))),
            _ => new TerminateAccount(blank),
        };
}
