using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Testing.Generators.Reconciliation;
using Xunit;

namespace KeyAccount.Domain.Tests.Reconciliation;

/// <summary>Laws of the reconciler (REC-01, REC-02, REC-05).</summary>
public sealed class ReconcilerProperties
{
    [Property(MaxTest = 200)]
    [Trait("Rule", "REC-05")]
    public Property Shuffling_the_input_never_changes_the_report() =>
        Prop.ForAll(
            Gen.OneOf(ReconciliationGenerators.Noisy, ReconciliationGenerators.Planted)
                .SelectMany(input => ReconciliationGenerators.Shuffled(input), (input, shuffled) => (input, shuffled)).ToArbitrary(),
            pair => pair.input.Reconcile().Equals(pair.shuffled.Reconcile(maxDegreeOfParallelism: 1)));

    [Property(MaxTest = 100)]
    [Trait("Rule", "REC-01")]
    public Property A_balanced_day_reports_no_discrepancy_and_matches_every_payment() =>
        Prop.ForAll(ReconciliationGenerators.Balanced.ToArbitrary(), input =>
        {
            var report = input.Reconcile();
            return report.IsBalanced && report.DiscrepancyCount == 0 && report.MatchedCount == input.Payments.Length;
        });

    [Property(MaxTest = 100)]
    [Trait("Rule", "REC-02")]
    public Property Removing_one_record_gives_exactly_one_discrepancy_of_the_right_kind() =>
        Prop.ForAll(
            (from input in ReconciliationGenerators.Balanced.Where(i => i.Payments.Length > 0)
             from index in Gen.Choose(0, input.Payments.Length - 1)
             from which in Gen.Elements(0, 1, 2)
             select (input, index, which)).ToArbitrary(),
            c =>
            {
                var (input, index, which) = c;
                var (removed, expected) = which switch
                {
                    0 => (input with { ClerkCopies = Without(input.ClerkCopies, index) }, DiscrepancyKind.MissingClerkCopy),
                    1 => (input with { CashierCopies = Without(input.CashierCopies, index) }, DiscrepancyKind.MissingCashierCopy),
                    _ => (input with { Payments = Without(input.Payments, index) }, DiscrepancyKind.NoticeWithoutPayment),
                };
                var discrepancies = removed.Reconcile().Days.SelectMany(d => d.Discrepancies).ToList();
                return (discrepancies.Count == 1 && discrepancies[0].Kind == expected)
                    .Label($"removing {which} at {index}: {string.Join(", ", discrepancies)}");
            });

    [Property(MaxTest = 200)]
    [Trait("Rule", "REC-02")]
    public Property The_totals_are_the_sums_of_the_matched_payments() =>
        Prop.ForAll(Gen.OneOf(ReconciliationGenerators.Noisy, ReconciliationGenerators.Planted).ToArbitrary(), input =>
        {
            var report = input.Reconcile();
            var flagged = report.Days.SelectMany(d => d.Discrepancies)
                .Where(d => d.Kind is not (DiscrepancyKind.DuplicatePayment or DiscrepancyKind.DuplicateNotice or DiscrepancyKind.NoticeWithoutPayment))
                .Select(d => d.Reference).ToHashSet();

            // Each reference's reconciled payment is the smallest by content; the others are duplicates.
            var matched = input.Payments.GroupBy(p => p.Reference).Where(g => !flagged.Contains(g.Key))
                .Select(g => g.OrderBy(p => p.Site).ThenBy(p => p.Day).ThenBy(p => p.AmountMinor).ThenBy(p => p.Currency.Value)
                    .ThenBy(p => p.Channel).ThenBy(p => p.Collector).First())
                .ToList();
            return report.Days.All(d =>
                    d.ByChannel.Sum(t => t.AmountMinor) == matched.Where(p => p.Site == d.Site && p.Day == d.Day).Sum(p => p.AmountMinor)
                    && d.ByCollector.Sum(t => t.AmountMinor) == d.ByChannel.Sum(t => t.AmountMinor)
                    && d.ByChannel.Sum(t => t.Count) == d.MatchedCount)
                && report.MatchedCount == matched.Count;
        });

    private static T[] Without<T>(T[] items, int index) => [.. items[..index], .. items[(index + 1)..]];
}
