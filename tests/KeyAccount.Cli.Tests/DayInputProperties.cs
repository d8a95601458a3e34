using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Cli.Input;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using Xunit;

namespace KeyAccount.Cli.Tests;

/// <summary>Laws of finding a day's records in memory: whatever the files, the lines that gave no record and the mix of
/// payments and both copies, once the day is reconciled (which swaps the copies into two runs) the records of the
/// numbers wanted are found with the file and line each was added with, in the order of the files and lines.</summary>
public sealed class DayInputProperties
{
    private static readonly Gen<Step> Steps =
        from side in Gen.Elements(EntryKind.Payment, EntryKind.ClerkCopy, EntryKind.CashierCopy)
        from number in Gen.Choose(1, 12)
        from newFile in Gen.Frequency((1, Gen.Constant(true)), (6, Gen.Constant(false)))
        from skipped in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        select new Step(side, number, newFile, skipped);

    [Property(MaxTest = 300)]
    [Trait("Rule", "REC-02")]
    public Property The_records_found_are_those_added_with_their_files_and_lines() =>
        Prop.ForAll(
            (from steps in Gen.NonEmptyListOf(Steps)
             from wanted in Gen.SubListOf(Enumerable.Range(1, 12).Select(n => (long)n).ToArray())
             select (steps, wanted)).ToArbitrary(),
            c =>
            {
                var (steps, wanted) = c;
                Vocabulary.TryDate("2025-03-03", out var date);
                Vocabulary.TryCurrency("CNY", out var cny);
                var day = new DayInput();
                day.AddSite("S01", SalesMode.Agency);
                var added = new List<SourceRecord>();
                var files = 0;
                long line = 0;
                for (var i = 0; i < steps.Count; i++)
                {
                    var step = steps[i];
                    if (i == 0 || step.NewFile)
                    {
                        day.StartFile($"file{++files}.csv");
                        line = 1;
                    }

                    line += 1 + step.Skipped;
                    var amount = 100L * (i + 1);
                    if (step.Side == EntryKind.Payment)
                    {
                        day.Add(new PaymentRecord(step.Number, 0, date, amount, cny, PaymentChannel.Cash, Collector.Developer), line);
                    }
                    else
                    {
                        day.Add(step.Side, new RemittanceNoticeRecord(step.Number, 0, date, amount, cny), line);
                    }

                    added.Add(new SourceRecord(step.Side, step.Number, $"file{files}.csv", line, amount, cny));
                }

                day.Reconcile();
                var found = day.Find([.. wanted]);

                var expected = added.Where(r => wanted.Contains(r.NoticeNo)).ToList();
                return found.SequenceEqual(expected).Label($"found {string.Join("; ", found)}\nexpected {string.Join("; ", expected)}");
            });

    private sealed record Step(EntryKind Side, int Number, bool NewFile, int Skipped);
}
