using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.StateMachines;
using KeyAccount.Domain.Tests.Accounts;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using Xunit.Abstractions;
using static KeyAccount.Domain.Tests.Accounts.AccountScenario;

namespace KeyAccount.Domain.Tests.Reliability;

/// <summary>
/// ACC-09 across every rendering of the account family: accounts whose decision makers have distinctive personal
/// details, then every ToString, summary, export, error message (English and Chinese), "what next" answer and
/// lifecycle diagram is searched for those details. They appear only where the caller asked for personal data, and in
/// the event log itself, which must keep them to replay the account.
/// </summary>
[Trait("Rule", "ACC-09")]
public sealed class PersonalDataRenderingTests(ITestOutputHelper output)
{
    private static readonly ContactId Stranger = ContactId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c0000ff"));
    private static readonly VisitId SecondVisit = VisitId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c000022"));

    private static readonly PersonalDetails EngineerDetails = new()
    {
        Birthplace = "PLUGH-town",
        Age = 93,
        Birthday = new AnnualDate(12, 29),
        Interests = "FROBOZZ-chess",
        Hobbies = "XYZZY-tea",
        Tenure = "GRUE-years",
        Personality = "ZORKMID-calm",
        WorkingStyle = "QUUX-method",
        Family = "BLORB-twins",
    };

    private static readonly PersonalDetails BossDetails = new() { Birthplace = "FIZMO-village", Hobbies = "YOMIN-golf", Family = "MUMBLE-son" };

    private static readonly string[] Secrets =
        ["PLUGH", "FROBOZZ", "XYZZY", "GRUE-years", "ZORKMID", "QUUX", "BLORB", "FIZMO", "YOMIN", "MUMBLE", "\"age\"", "\"birthday\"", "\"hobbies\""];

    /// <summary>Accounts at three points of the pipeline, each with profiled decision makers.</summary>
    private static IEnumerable<(string Name, AccountScenario Scenario)> Accounts()
    {
        yield return ("won", Profiled(In(AccountStage.Won)).Given(
            new RecordNeedsChange(Engineer, LastWeek, "Titanium too"),
            new RecordInteraction(Boss, LastWeek, "Dinner")));

        yield return ("visiting", Profiled(In(AccountStage.SamplesAndIntelligence).Given(IntelligenceDone)).Given(
            new RecordCompetitor(ProfileTests.Incumbent),
            new RecordMaterials(["304 stainless"]),
            new PlanVisit(FirstVisit, new LocalDate(2025, 3, 3), [Engineer, Boss], "Present the samples"),
            new PackVisitKitItem(FirstVisit, VisitKitItem.Brochures),
            new PackVisitKitItem(FirstVisit, VisitKitItem.BusinessCards),
            new PackVisitKitItem(FirstVisit, VisitKitItem.Notebook),
            new MarkVisitReady(FirstVisit),
            new CompleteVisit(FirstVisit, new VisitRecord(["Titanium"], ["ISO 9001"], ["Good samples"], ["Ningbo?"])),
            new PlanVisit(SecondVisit, new LocalDate(2025, 3, 20), [Boss], "Follow up")));

        yield return ("terminated", Profiled(In(AccountStage.SamplesAndIntelligence)).Given(new TerminateAccount("Budget frozen")));
    }

    private static AccountScenario Profiled(AccountScenario s)
    {
        if (s.State.FindContact(Engineer) is null)
        {
            s.Given(new RecordContact(Engineer, "Zhang Min", ContactFunction.Technical));
        }

        return s.Given(
            new RecordContact(Boss, "Wang Jun", ContactFunction.Owner),
            new AssignAuthority(Boss, DecisionArea.SupplierChoice, Authority.Decision),
            new RecordDecisionMakerProfile(Engineer, EngineerDetails),
            new RecordDecisionMakerProfile(Boss, BossDetails));
    }

    /// <summary>Commands that an account refuses in one state or another, several of them about the profiled contacts.</summary>
    private static IEnumerable<AccountCommand> Provocations() =>
    [
        new OpenAccount(Account, "Huaxin", "Fair", Manager),
        new RecordDecisionMakerProfile(Stranger, EngineerDetails),
        new RecordDecisionMakerProfile(Engineer, new PersonalDetails()),
        new RecordContact(Engineer, "Zhang Min", ContactFunction.Technical),
        new RecordContact(Stranger, " ", ContactFunction.Technical),
        new AssignAuthority(Stranger, DecisionArea.TechnicalApproval, Authority.Decision),
        new AssignAuthority(Engineer, DecisionArea.SupplierChoice, Authority.Decision),
        new RecordInteraction(Stranger, LastWeek, "Call"),
        new RecordInteraction(Engineer, new LocalDate(2030, 1, 1), "Future call"),
        new RecordNeedsChange(Stranger, LastWeek, "More"),
        new AdvanceStage(AccountStage.Closing),
        new AdvanceStage(AccountStage.ValueAssessment),
        new WinAccount(null),
        new WinAccount(ApprovedReview),
        new TerminateAccount(" "),
        new ReactivateAccount("Budget back"),
        new ReviewTier(Money.Cny(-1m), -1),
        new PlanVisit(FirstVisit, LastWeek, [Stranger], "Again", new Gift("Wine", Money.Cny(5_000m))),
        new PlanVisit(SecondVisit, LastWeek, [Engineer], "Again"),
        new MarkVisitReady(SecondVisit),
        new CompleteVisit(SecondVisit, new VisitRecord([], [], [], [])),
        new CancelVisit(FirstVisit, "Travelling"),
        new PackVisitKitItem(VisitId.From(Guid.Empty), VisitKitItem.Notebook),
        new RequestSample(" "),
        new RecordSampleDelivered("Unknown sample", LastWeek),
    ];

    [Fact]
    public void No_rendering_of_an_account_carries_personal_data_unless_asked()
    {
        var texts = new List<(string Where, string Text)>();
        var rejections = 0;
        foreach (var (name, s) in Accounts())
        {
            var state = s.State;
            texts.Add(($"{name}: state", state.ToString()));
            texts.Add(($"{name}: buying centre", state.BuyingCentre.ToString()));
            texts.AddRange(state.Contacts.Select(c => ($"{name}: contact", c.ToString())));
            texts.AddRange(state.Contacts.Select(c => ($"{name}: details", c.Details.ToString())));
            texts.AddRange(state.Visits.Select(v => ($"{name}: visit", v.ToString())));
            texts.AddRange(state.Interactions.Select(i => ($"{name}: interaction", i.ToString())));
            texts.AddRange(state.CustomerFile.Select(f => ($"{name}: customer file", f.ToString())));
            texts.AddRange(state.OverdueContacts(new LocalDate(2026, 1, 1), ContactIntervalPolicy.Default).Select(o => ($"{name}: overdue", o.ToString())));
            texts.AddRange(s.History.Select(e => ($"{name}: event", e.ToString())));

            var summary = state.Summarize();
            Assert.False(summary.IncludesPersonalData);
            Assert.All(summary.Contacts, c => Assert.Null(c.Details));
            texts.Add(($"{name}: summary", summary.ToString()));
            texts.Add(($"{name}: summary json", summary.ToJson()));
            texts.AddRange(summary.Contacts.Select(c => ($"{name}: contact summary", c.ToString())));

            // Even a summary asked for personal data keeps it out of its log-friendly ToString.
            texts.Add(($"{name}: personal summary ToString", state.Summarize(includePersonalData: true).ToString()));

            foreach (var command in Provocations())
            {
                texts.Add(($"{name}: command", command.ToString()!));
                var decision = AccountDecider.Instance.Decide(command, state, s.Context);
                if (decision.IsRejected)
                {
                    rejections++;
                    texts.AddRange(ErrorRenderings.Of($"{name}: {command.GetType().Name} refused", decision.Error));
                }
            }

            var next = AccountDecider.Instance.WhatNext(state, s.Context, AccountDecider.Instance.ProposeCommands(state, s.Context));
            texts.Add(($"{name}: what next", next.ToString()));
            texts.AddRange(next.Accepted.Select(c => ($"{name}: proposed", c.ToString()!)));
            texts.AddRange(next.Blocked.SelectMany(b => ErrorRenderings.Of($"{name}: blocked {b.Command}", b.Reason)));
        }

        texts.Add(("account-pipeline mermaid", LifecycleDiagram.ToMermaid(AccountLifecycle.Table)));
        texts.Add(("account-pipeline dot", LifecycleDiagram.ToDot(AccountLifecycle.Table)));
        texts.Add(("account-visit mermaid", LifecycleDiagram.ToMermaid(VisitLifecycle.Table)));
        texts.Add(("account-visit dot", LifecycleDiagram.ToDot(VisitLifecycle.Table)));

        foreach (var (where, text) in texts)
        {
            foreach (var secret in Secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{where} shows '{secret}': {text}");
            }
        }

        Assert.True(rejections >= 40, $"only {rejections} rejections were rendered");
        Assert.Contains(texts, t => t.Text.Contains("Zhang Min", StringComparison.Ordinal));
        output.WriteLine($"{texts.Count} renderings searched, {rejections} rejections among them, for {Secrets.Length} marked values");
    }

    [Fact]
    public void Asked_for_personal_data_the_summary_and_its_export_carry_every_marked_value()
    {
        foreach (var (_, s) in Accounts())
        {
            var summary = s.State.Summarize(includePersonalData: true);
            var json = summary.ToJson();

            Assert.True(summary.IncludesPersonalData);
            Assert.Equal(EngineerDetails, summary.Contacts.Single(c => c.Id == Engineer).Details);
            Assert.Equal(BossDetails, summary.Contacts.Single(c => c.Id == Boss).Details);
            foreach (var secret in Secrets)
            {
                Assert.Contains(secret, json, StringComparison.Ordinal);
            }

            Assert.Contains("\"age\":93", json, StringComparison.Ordinal);
            Assert.Contains("12-29", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_event_log_keeps_the_personal_details_it_needs_to_replay_the_account()
    {
        var (_, s) = Accounts().First();
        var profile = s.History.OfType<DecisionMakerProfileRecorded>().Last(e => e.Contact == Engineer);
        var json = AccountAggregate.Definition.Serializer.Serialize(new EventEnvelope<AccountEvent>(new StreamId("account-1"), 1, CommandId.From(Guid.Empty), Manager, Instant.FromUtc(2025, 3, 3, 2, 0), profile));

        Assert.Contains("XYZZY-tea", json, StringComparison.Ordinal);
        Assert.DoesNotContain("XYZZY-tea", profile.ToString(), StringComparison.Ordinal);
    }
}
