using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.AccountManagement;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Testing.Fixtures;

namespace KeyAccount.Domain.Testing.Generators.AccountManagement;

/// <summary>
/// FsCheck generators for the screening of prospects (<see cref="ProspectScreeningAggregate"/>, KAM-01): strategic
/// criteria, findings that cover them (or not), and screening commands valid and invalid alike.
/// </summary>
public static class ProspectScreeningGenerators
{
    /// <summary>Gets the criteria the kit screens against: two mandatory, one not.</summary>
    public static StrategicCriteriaPolicy Criteria { get; } = new([
        new StrategicCriterion("Industry we serve", Mandatory: true),
        new StrategicCriterion("Annual volume over CNY 1m", Mandatory: true),
        new StrategicCriterion("Listed company", Mandatory: false),
    ]);

    /// <summary>Gets the kit's default context for screenings: <see cref="TestContexts.Default"/> with <see cref="Criteria"/>.</summary>
    public static DecisionContext Context { get; } = TestContexts.Default.With(Criteria);

    /// <summary>Returns findings on every criterion of a policy, each met or not, in a random order.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Gen<IReadOnlyList<CriterionFinding>> Findings(StrategicCriteriaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Gen.CollectToArray(policy.Criteria, c => Gen.Elements(true, true, false).Select(met => new CriterionFinding(c.Name, met, met ? "Confirmed by market research" : string.Empty)))
            .SelectMany(Gen.Shuffle)
            .Select(array => (IReadOnlyList<CriterionFinding>)array);
    }

    /// <summary>Returns findings that may not cover the policy: one missing, one repeated or one unknown, mostly complete.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Gen<IReadOnlyList<CriterionFinding>> AnyFindings(StrategicCriteriaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Gen.Frequency(
            (4, Findings(policy)),
            (1, Findings(policy).Select(f => (IReadOnlyList<CriterionFinding>)f.Skip(1).ToArray())),
            (1, Findings(policy).Select(f => (IReadOnlyList<CriterionFinding>)f.Concat(f.Take(1)).ToArray())),
            (1, Findings(policy).Select(f => (IReadOnlyList<CriterionFinding>)f.Append(new CriterionFinding("Golf partner", true, string.Empty)).ToArray())));
    }

    /// <summary>Returns screening commands for a screening: valid ones (the screening's own ID and company) mixed with
    /// a blank company, negative estimates, incomplete findings and another screening's ID.</summary>
    /// <param name="screening">The screening.</param>
    /// <param name="policy">The criteria the commands are decided against.</param>
    /// <returns>The generator.</returns>
    public static Gen<ProspectScreeningCommand> Candidates(ScreeningId screening, StrategicCriteriaPolicy policy) =>
        from id in Gen.Frequency((6, Gen.Constant(screening)), (1, KernelGenerators.Identifier<ScreeningId>()))
        from company in Gen.Frequency((6, Gen.Constant("Hangzhou Jinlong Valves Co.")), (1, Gen.Elements(string.Empty, "  ")))
        from amount in Gen.Choose(-1, 500).Select(n => Money.Cny(n * 10_000m))
        from frequency in Gen.Choose(-1, 40)
        from findings in AnyFindings(policy)
        select (ProspectScreeningCommand)new ScreenProspect(id, company, amount, frequency, findings);

    /// <summary>Returns candidate commands for a state against <see cref="Criteria"/> (see <see cref="CommandsFor"/>).</summary>
    /// <param name="state">The screening so far.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<ProspectScreeningCommand> Commands(ProspectScreeningState state) => CommandsFor(state, Criteria);

    /// <summary>Returns candidate commands for a state: a screening of the same prospect (see <see cref="Candidates"/>).</summary>
    /// <param name="state">The screening so far.</param>
    /// <param name="criteria">The criteria the commands are decided against.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Gen<ProspectScreeningCommand> CommandsFor(ProspectScreeningState state, StrategicCriteriaPolicy criteria)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(criteria);
        return state.IsScreened
            ? Candidates(state.Screening, criteria)
            : KernelGenerators.Identifier<ScreeningId>().SelectMany(id => Candidates(id, criteria));
    }

    /// <summary>Returns valid histories of a screening (see <see cref="Generators.Histories"/>): screened out some
    /// times, then perhaps qualified.</summary>
    /// <param name="context">The decision context; <see cref="Context"/> when null. Findings cover the criteria of its
    /// <see cref="StrategicCriteriaPolicy"/>.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<ProspectScreeningCommand, ProspectScreeningEvent, ProspectScreeningState>> Histories(DecisionContext? context = null)
    {
        var decided = context ?? Context;
        var policy = decided.Policy<StrategicCriteriaPolicy>();
        return global::KeyAccount.Domain.Testing.Generators.Histories.OverTime(ProspectScreeningAggregate.Definition.Decider, state => CommandsFor(state, policy), decided);
    }
}
