using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Site;
using NodaTime;

namespace KeyAccount.Domain.Testing.Generators.Reconciliation;

/// <summary>
/// FsCheck generators for the sales day (销售日): its commands given a state, valid histories, and the values the
/// commands carry (entries, discrepancies, references to entries of other days).
/// </summary>
public static class SalesDayGenerators
{

    /// <summary>Gets every kind of discrepancy the reconciler reports.</summary>
    public static Gen<DiscrepancyKind> DiscrepancyKinds { get; } = Gen.Elements(Enum.GetValues<DiscrepancyKind>());

    /// <summary>Gets notice numbers from 1 to 12, few enough that payments, copies and discrepancies share them.</summary>
    public static Gen<RemittanceNoticeNumber> NoticeNumbers { get; } = Gen.Choose(1, 12).Select(n => RemittanceNoticeNumber.From(n));

    /// <summary>Gets discrepancies as a sales day records them: any kind, a notice number from <see cref="NoticeNumbers"/>.</summary>
    public static Gen<ReportedDiscrepancy> Discrepancies { get; } =
        from kind in DiscrepancyKinds
        from reference in NoticeNumbers
        select new ReportedDiscrepancy(kind, reference);

    /// <summary>Gets site managers (案场经理), e.g. <c>M042</c>.</summary>
    public static Gen<ActorId> SiteManagers { get; } = Gen.Choose(1, 99).Select(n => new ActorId($"M{n:D3}"));

    /// <summary>Gets explanations of a discrepancy, never blank.</summary>
    public static Gen<string> Explanations { get; } = Gen.Elements(
        "Found the cashier's copy in the next day's file.",
        "The clerk keyed the amount twice; corrected with the customer present.",
        "Paid at the neighbouring site by mistake; transferred back.",
        "客户重复刷卡，已退款。");

    /// <summary>Returns references to entries of another day than <paramref name="day"/>, as a late or corrected
    /// entry carries them (REC-04).</summary>
    /// <param name="day">The day the correcting entry is posted to.</param>
    /// <returns>The generator.</returns>
    public static Gen<EntryReference> CorrectionOf(SalesDayId day) =>
        from other in KernelGenerators.Identifier<SalesDayId>().Where(d => d != day)
        from reference in NoticeNumbers
        select new EntryReference(other, reference);

    /// <summary>Gets commands that open a sales day: a fresh day and site, a date in 2025, a site manager, a sales mode.</summary>
    public static Gen<OpenSalesDay> Open { get; } =
        from day in KernelGenerators.Identifier<SalesDayId>()
        from site in KernelGenerators.Identifier<ProjectId>()
        from date in KernelGenerators.DateIn(2025)
        from manager in SiteManagers
        from mode in Gen.Elements(Enum.GetValues<SalesMode>())
        select new OpenSalesDay(day, site, date, manager, mode);

    /// <summary>
    /// Returns candidate commands for a state, covering every sales-day command: mostly ones the day accepts (payments
    /// and notice copies that mostly agree with the entries already posted, so that reconciliations find both matches
    /// and discrepancies; a reconciliation; explanations of its unexplained discrepancies signed off by its site
    /// manager, closing once everything is explained), and some it refuses (a second opening, a correction of the
    /// same day, a blank explanation, a sign-off by someone else, an unknown discrepancy).
    /// </summary>
    /// <param name="state">The state so far.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<SalesDayCommand> Commands(SalesDayState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsOpened)
        {
            return Gen.Frequency(
                (8, Open.Select(c => (SalesDayCommand)c)),
                (1, Post(state)),
                (1, Close(state)));
        }

        var unexplained = state.Unexplained;
        var closing = state.Status == SalesDayStatus.Reconciled && unexplained.IsEmpty ? 3 : 1;
        return Gen.Frequency(
            (1, Open.Select(c => (SalesDayCommand)c)),
            (state.Status == SalesDayStatus.Open ? 6 : 2, Post(state)),
            (state.Status == SalesDayStatus.Open ? 4 : 1, Reconcile()),
            (state.Status == SalesDayStatus.Reconciled ? 6 : 1, Explain(state)),
            (closing, Close(state)));
    }

    /// <summary>Returns valid histories of a sales day: every command accepted in turn by <see cref="SalesDayAggregate"/>.</summary>
    /// <param name="context">The decision context; <see cref="Fixtures.TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<SalesDayCommand, SalesDayEvent, SalesDayState>> Histories(DecisionContext? context = null) =>
        Generators.Histories.OverTime(SalesDayAggregate.Definition.Decider, Commands, context ?? Fixtures.TestContexts.Default, maxAttempts: 80);

    private static Gen<SalesDayCommand> Post(SalesDayState state) =>
        from number in NoticeNumbers
        from amount in Gen.Frequency(
            (6, Gen.Constant(AmountOf(state, number))),
            (1, KernelGenerators.PositiveCny))
        from correction in Gen.Frequency(
            (6, Gen.Constant<EntryReference?>(null)),
            (2, CorrectionOf(state.Day).Select(r => (EntryReference?)r)),
            (1, NoticeNumbers.Select(n => (EntryReference?)new EntryReference(state.Day, n))))
        from entry in Gen.Frequency(
            (2, from channel in Gen.Elements(Enum.GetValues<PaymentChannel>())
                from collector in Gen.Frequency((8, Gen.Constant(CollectorFor(state.Mode))), (1, Gen.Elements(Enum.GetValues<Collector>())))
                select (SalesDayCommand)new PostPayment(number, amount, channel, collector, correction)),
            (3, from copy in Gen.Elements(Enum.GetValues<NoticeCopy>())
                from date in Gen.Frequency((8, Gen.Constant(state.Date)), (1, Gen.Constant(state.Date.PlusDays(-1))))
                select (SalesDayCommand)new PostNoticeCopy(number, copy, date, amount, correction)))
        select entry;

    private static Gen<SalesDayCommand> Reconcile() => Gen.Constant<SalesDayCommand>(new ReconcileSalesDay());

    /// <summary>The amount already posted for a notice number, so that entries mostly agree; 1,000 yuan for a new one.</summary>
    private static Money AmountOf(SalesDayState state, RemittanceNoticeNumber number) =>
        state.Payments.Where(p => p.Notice == number).Select(p => p.Amount)
            .Concat(state.Copies.Where(c => c.Notice == number).Select(c => c.Amount))
            .DefaultIfEmpty(Money.Cny(1_000m))
            .First();

    private static Collector CollectorFor(SalesMode mode) => mode == SalesMode.Agency ? Collector.Developer : Collector.CompanyCashier;

    private static Gen<SalesDayCommand> Explain(SalesDayState state)
    {
        var known = state.Unexplained.IsEmpty ? state.Discrepancies : state.Unexplained;
        var discrepancy = known.IsEmpty ? Discrepancies : Gen.Frequency((8, Gen.Elements(known.ToArray())), (1, Discrepancies));
        return from d in discrepancy
               from explanation in Gen.Frequency((10, Explanations), (1, Gen.Elements("", "  ")))
               from signer in Gen.Frequency((8, Gen.Constant(state.SiteManager)), (1, SiteManagers))
               select (SalesDayCommand)new ExplainDiscrepancy(d, explanation, signer);
    }

    private static Gen<SalesDayCommand> Close(SalesDayState state) =>
        Gen.Frequency((6, Gen.Constant(state.SiteManager)), (1, SiteManagers))
            .Select(by => (SalesDayCommand)new CloseSalesDay(by));
}
