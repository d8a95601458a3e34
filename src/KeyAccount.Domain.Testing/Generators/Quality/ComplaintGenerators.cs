using System;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using NodaTime;

namespace KeyAccount.Domain.Testing.Generators.Quality;

/// <summary>
/// FsCheck generators for the customer complaint (<see cref="ComplaintAggregate"/>, CMP-01): causes, departments, and
/// commands valid and invalid alike (wrong department, blank text, past due day, out-of-order steps).
/// </summary>
public static class ComplaintGenerators
{
    /// <summary>Gets every department.</summary>
    public static Gen<Department> Departments { get; } = Gen.Elements(Enum.GetValues<Department>());

    /// <summary>Gets every cause category.</summary>
    public static Gen<ComplaintCause> Causes { get; } = Gen.Elements(Enum.GetValues<ComplaintCause>());

    /// <summary>Gets the departments a corrective action request is usually issued to.</summary>
    public static Gen<Department> ResponsibleDepartments { get; } = Gen.Elements(Department.Production, Department.Warehouse, Department.Sales);

    /// <summary>Gets texts for descriptions, findings, actions and evidence; one in three is blank.</summary>
    public static Gen<string> Texts { get; } = Gen.Elements(string.Empty, "Seal seat oversize", "Gauge recalibrated");

    /// <summary>
    /// Returns candidate commands whatever the state, valid and invalid alike: every command type, mostly by the right
    /// department, with blank texts and due days from three days before <paramref name="today"/> to thirty after.
    /// </summary>
    /// <param name="complaint">The complaint that receptions name.</param>
    /// <param name="account">The account that receptions name.</param>
    /// <param name="today">The business day the commands will be decided on.</param>
    /// <returns>The generator.</returns>
    public static Gen<ComplaintCommand> Candidates(ComplaintId complaint, AccountId account, LocalDate today)
    {
        Gen<Department> Mostly(Department department) => Gen.Frequency((4, Gen.Constant(department)), (1, Departments));
        return Gen.Frequency(
            (1, from who in Mostly(Department.Sales)
                from t in Texts
                select (ComplaintCommand)new ReceiveComplaint(complaint, account, t, who)),
            (3, from who in Mostly(Department.Quality)
                from cause in Causes
                from t in Texts
                select (ComplaintCommand)new RecordInvestigation(cause, t, who)),
            (3, from who in Mostly(Department.Quality)
                from responsible in ResponsibleDepartments
                from days in Gen.Choose(-3, 30)
                from t in Texts
                select (ComplaintCommand)new RequestCorrectiveAction(responsible, t, today.PlusDays(days), who)),
            (3, from who in Gen.Elements(Department.Production, Department.Warehouse, Department.Sales, Department.Quality)
                from t in Texts
                select (ComplaintCommand)new ReportActionImplemented(t, who)),
            (3, from who in Mostly(Department.Quality)
                from effective in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
                from t in Texts
                select (ComplaintCommand)new VerifyEffectiveness(effective, t, who)),
            (3, from who in Mostly(Department.Quality)
                select (ComplaintCommand)new CloseComplaint(who)));
    }

    /// <summary>
    /// Returns candidate commands for a state (see <see cref="Commands(ComplaintState, LocalDate)"/>), due days counted
    /// from the day the complaint was received, so they suit a context on that day or before the due days.
    /// </summary>
    /// <param name="state">The complaint so far.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<ComplaintCommand> Commands(ComplaintState state) =>
        Commands(state, state is { IsReceived: true } ? state.ReceivedOn : TestContexts.Default.Today);

    /// <summary>
    /// Returns candidate commands for a state: mostly the next step of the lifecycle by the department CMP-01 names
    /// (the responsible department for implementation), mixed with <see cref="Candidates"/> for the refusals.
    /// </summary>
    /// <param name="state">The complaint so far.</param>
    /// <param name="today">The day the commands are decided on; corrective actions are due from it to thirty days after.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<ComplaintCommand> Commands(ComplaintState state, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsReceived)
        {
            var receive =
                from complaint in KernelGenerators.Identifier<ComplaintId>()
                from account in KernelGenerators.Identifier<AccountId>()
                from description in Gen.Elements("Batch 2503 pumps leak at the shaft seal", "Cartons crushed on arrival", "Certificate missing")
                select (ComplaintCommand)new ReceiveComplaint(complaint, account, description, Department.Sales);
            return Gen.Frequency((6, receive), (1, Candidates(default, default, today)));
        }

        Gen<ComplaintCommand> next = state.Status switch
        {
            ComplaintStatus.Received =>
                Causes.Select(c => (ComplaintCommand)new RecordInvestigation(c, "Seal seat machined 0.05 mm oversize", Department.Quality)),
            ComplaintStatus.Investigated =>
                from responsible in ResponsibleDepartments
                from days in Gen.Choose(0, 30)
                select (ComplaintCommand)new RequestCorrectiveAction(responsible, "Re-check seat bore gauge", today.PlusDays(days), Department.Quality),
            ComplaintStatus.ActionRequested =>
                Gen.Constant((ComplaintCommand)new ReportActionImplemented("Gauge recalibrated, 340 pumps inspected", state.CurrentAction!.Responsible)),
            ComplaintStatus.ActionImplemented =>
                Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
                    .Select(effective => (ComplaintCommand)new VerifyEffectiveness(effective, "Three following batches", Department.Quality)),
            ComplaintStatus.Verified => Gen.Constant((ComplaintCommand)new CloseComplaint(Department.Quality)),
            _ => Candidates(state.Complaint, state.Account, today),
        };
        return Gen.Frequency((4, next), (1, Candidates(state.Complaint, state.Account, today)));
    }

    /// <summary>Returns valid histories of a complaint (see <see cref="Generators.Histories"/>).</summary>
    /// <param name="context">The decision context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<ComplaintCommand, ComplaintEvent, ComplaintState>> Histories(DecisionContext? context = null) =>
        global::KeyAccount.Domain.Testing.Generators.Histories.OverTime(
            ComplaintAggregate.Definition.Decider, (state, today) => Commands(state, today.Today), (today, _, _) => today, context ?? TestContexts.Default);
}
