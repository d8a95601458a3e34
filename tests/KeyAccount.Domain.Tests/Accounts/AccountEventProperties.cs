using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Accounts;

/// <summary>Events with arbitrary payloads (any text, amounts, days, identifiers) survive a JSON round trip unchanged.</summary>
[Properties(Arbitrary = [typeof(AccountEventProperties)], MaxTest = 300)]
[Trait("Rule", "GEN-02")]
public sealed class AccountEventProperties
{
    private static Gen<string> Text => ArbMap.Default.GeneratorFor<string>().Where(s => s is not null);

    private static Gen<string> Name => Text.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim());

    private static Gen<LocalDate> Day => Gen.Choose(-20_000, 20_000).Select(d => new LocalDate(2025, 1, 1).PlusDays(d));

    private static Gen<Money> Amount => KernelGenerators.AnyMoney;

    private static Gen<ContactId> Contact => KernelGenerators.Identifier<ContactId>();

    private static Gen<T> Enum<T>()
        where T : struct, Enum => Gen.Elements(System.Enum.GetValues<T>());

    public static Arbitrary<AccountEvent> Events() => Gen.OneOf(
        from a in ArbMap.Default.GeneratorFor<Guid>() from n in Name from s in Text from o in Name from d in Day
        select (AccountEvent)new AccountOpened(AccountId.From(a), n, s, new ActorId(o), d),
        from y in Gen.Choose(0, 200) from s in Text from b in Text
        select (AccountEvent)new CompanyProfileRecorded(new CompanyProfile(y, s, b)),
        from r in Text from u in Enum<DemandUrgency>() from v in Enum<OpportunityVerdict>()
        select (AccountEvent)new PotentialDemandAssessed(new DemandAssessment(r, u, v)),
        from f in Enum<AccountStage>() from t in Enum<AccountStage>()
        select (AccountEvent)new StageAdvanced(f, t),
        from r in ArbMap.Default.GeneratorFor<Guid>() from n in Gen.Choose(1, int.MaxValue) from d in Day
        select (AccountEvent)new AccountWon(new ContractReviewReference(ContractReviewId.From(r), n, d, 1), d),
        from c in Contact from a in Name from au in Enum<Authority>()
        select (AccountEvent)new AuthorityAssigned(c, new DecisionArea(a), au),
        from c in Contact from h in Text from age in Gen.Choose(0, 120) from m in Gen.Choose(1, 12) from day in Gen.Choose(1, 28)
        select (AccountEvent)new DecisionMakerProfileRecorded(c, new PersonalDetails { Hobbies = h, Age = age, Birthday = new AnnualDate(m, day) }),
        from c in Contact from d in Day from s in Text
        select (AccountEvent)new InteractionRecorded(c, d, s),
        from p in Gen.Choose(0, 100) from o in Gen.ListOf(Text) from m in Amount from plan in Text
        select (AccountEvent)new ValueAssessed(new ValueAssessment(p, o.ToList(), m, plan)),
        from f in Enum<AccountTier>() from t in Enum<AccountTier>() from m in Amount from n in Gen.Choose(0, 10_000) from first in ArbMap.Default.GeneratorFor<bool>()
        select (AccountEvent)new TierChanged(first ? null : f, t, m, n),
        from materials in Gen.ListOf(Text)
        select (AccountEvent)new MaterialsRecorded(materials.ToList()),
        from v in ArbMap.Default.GeneratorFor<Guid>() from d in Day from cs in Gen.ListOf(Contact) from p in Text from g in Text from m in Amount from fest in ArbMap.Default.GeneratorFor<bool>()
        select (AccountEvent)new VisitPlanned(VisitId.From(v), d, cs.ToList(), p, fest ? null : new Gift(g, m, fest)),
        from v in ArbMap.Default.GeneratorFor<Guid>() from d in Day from n in Gen.ListOf(Text) from q in Gen.ListOf(Text)
        select (AccountEvent)new VisitCompleted(VisitId.From(v), d, new VisitRecord(n.ToList(), [], q.ToList(), [])))
        .ToArbitrary();

    [Property]
    public bool Any_event_survives_a_JSON_round_trip(AccountEvent e)
    {
        var read = EventRoundTrip.Of(AccountAggregate.Definition.Serializer, e);
        return read.GetType() == e.GetType();
    }
}
