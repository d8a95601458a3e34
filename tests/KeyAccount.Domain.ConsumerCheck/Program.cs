// A host's first use of the package, as the README shows it, in an empty folder. Exits non-zero when the package misbehaves.
using System.Globalization;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Quality;
using NodaTime;

var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

// ---- README quick start: the C# block of README.md, unchanged (ReadmeQuickStartTests keeps the two in step) ----
// The host supplies time, calendar and policies; the domain never reads a clock.
// The package ships mainland China's official calendars of 2025 and 2026; add later years with calendar.With(...).
var calendar = BusinessCalendar.ChinaMainland;
var context = DecisionContext.ChinaMainland(SystemClock.Instance.GetCurrentInstant(), calendar);

// Open an aggregate through the command handler (any IEventStore; here the in-memory one).
var accounts = new CommandHandler<AccountCommand, AccountEvent, AccountState>(
    AccountAggregate.Definition.Decider, new InMemoryEventStore<AccountEvent>());
var manager = new ActorId("E001");
var id = AccountId.From(Guid.NewGuid());
var stream = AccountAggregate.StreamOf(id);
await accounts.HandleAsync(stream, CommandId.From(Guid.NewGuid()), manager,
    new OpenAccount(id, "Huaxin Precision Parts", "Canton Fair", manager), context);

// Run a command the rules refuse, and read the rejection.
var outcome = await accounts.HandleAsync(stream, CommandId.From(Guid.NewGuid()), manager,
    new AdvanceStage(AccountStage.SamplesAndIntelligence), context);
var rejection = outcome.AsT1;
Console.WriteLine($"{rejection.RuleId} {rejection.Code}");   // ACC-03 account.gate.targeting
Console.WriteLine(rejection.GetMessage(new System.Globalization.CultureInfo("zh-CN")));
// ---- end of the README quick start ----

Check(rejection.RuleId.Value == "ACC-03" && rejection.Code == "account.gate.targeting", "the README quick start runs: leaving Targeting too early is refused by ACC-03");
Check(rejection.GetMessage(new CultureInfo("zh-CN")) != rejection.GetMessage(new CultureInfo("en")), "the rejection reads in Chinese and English (GEN-07)");

// The calendars ship inside the package (GEN-08): both official years, and nothing guessed beyond them.
Check(calendar.AddWorkingDays(new LocalDate(2025, 9, 26), 5) == new LocalDate(2025, 10, 10), "refund payable from 2025-10-10 after approval on 2025-09-26 (CAN-05)");
Check(calendar.AddWorkingDays(new LocalDate(2025, 12, 30), 5) == new LocalDate(2026, 1, 7), "refund payable from 2026-01-07 after approval on 2025-12-30 (CAN-05, 2026 calendar)");
Check(!calendar.CoversYear(2027) && calendar.Years.SequenceEqual([2025, 2026]), "the shipped calendar covers 2025 and 2026 only (GEN-08)");

var total = Money.Cny(1999.995m).Round();
Check(total == Money.Cny(2000.00m), "rounding half away from zero to the cent (GEN-04)");

var fixedContext = DecisionContext.ChinaMainland(Instant.FromUtc(2025, 3, 3, 2, 0), calendar);
Check(fixedContext.Today == new LocalDate(2025, 3, 3), "business date in Asia/Shanghai");

// The Chinese satellite assembly travels with the package.
var assembly = typeof(Money).Assembly;
var zh = new System.Resources.ResourceManager("KeyAccount.Domain.Resources.Messages", assembly)
    .GetString("lifecycle.transition_not_allowed", CultureInfo.GetCultureInfo("zh-CN"));
Check(zh is not null && zh.Contains("流程", StringComparison.Ordinal), "Chinese messages available from the package (GEN-07)");

// The test kit package: fixtures and generators a host's test suite uses.
var kitContext = KeyAccount.Domain.Testing.Fixtures.TestContexts.Default;
Check(kitContext.Calendar.IsWorkingDay(new LocalDate(2025, 9, 28)) && kitContext.Calendar.IsWorkingDay(new LocalDate(2026, 2, 14)), "test kit contexts use the shipped calendars with their make-up days");
var sample = FsCheck.Fluent.Gen.Sample(KeyAccount.Domain.Testing.Generators.KernelGenerators.PositiveCny, 10, 20);
Check(sample.All(m => m.IsPositive && m.Currency == Currency.CNY), "test kit generators produce valid money");

// The PostgreSQL package: a contract register event stored and read back through Marten, when a server is given.
if (Environment.GetEnvironmentVariable("KEYACCOUNT_POSTGRES") is { Length: > 0 } postgres)
{
    await using var martenStore = Marten.DocumentStore.For(o => KeyAccount.Domain.Marten.KeyAccountMarten.Configure(o, postgres, "keyaccount_consumer"));
    var registers = new KeyAccount.Domain.Marten.MartenEventStore<KeyAccount.Domain.ContractReviews.ContractRegisterEvent>(martenStore);
    var register = new StreamId($"contract-register-{Guid.NewGuid():N}");
    var registered = new EventEnvelope<KeyAccount.Domain.ContractReviews.ContractRegisterEvent>(
        register, 1, CommandId.From(Guid.NewGuid()), new ActorId("E0001"), Instant.FromUtc(2026, 3, 2, 2, 0),
        new KeyAccount.Domain.ContractReviews.ContractRegistered(
            KeyAccount.Domain.ContractReviews.ContractReviewId.From(Guid.NewGuid()), AccountId.From(Guid.NewGuid()), "Contract", 1, new LocalDate(2026, 3, 2)));
    var appended = await registers.AppendAsync(register, 0, [registered]);
    var again = await registers.AppendAsync(register, 0, [registered]);
    var readBack = await registers.ReadAsync(register);
    Check(appended.Succeeded && !again.Succeeded && readBack.SequenceEqual([registered]), "PostgreSQL store: append, conflict at a stale version, read back (KeyAccount.Domain.Marten)");
}
else
{
    Console.WriteLine("skip PostgreSQL store (KEYACCOUNT_POSTGRES not set)");
    Check(!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "CI runs the PostgreSQL consumer check");
}

Console.WriteLine(failures.Count == 0 ? "consumer check passed" : $"consumer check failed: {failures.Count}");
return failures.Count == 0 ? 0 : 1;
