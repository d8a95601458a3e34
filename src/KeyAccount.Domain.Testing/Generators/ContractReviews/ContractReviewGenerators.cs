using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Testing.Fixtures;

namespace KeyAccount.Domain.Testing.Generators.ContractReviews;

/// <summary>
/// FsCheck generators for the contract review (<see cref="ContractReviewAggregate"/>): requirements, departments, and
/// commands valid and invalid alike, so that sequences reach every state and every refusal (CR-01 to CR-06).
/// </summary>
public static class ContractReviewGenerators
{
    private static readonly ContractRequirements StandardOrder =
        new("Gear pump GP-20", 100, "Ex works Ningbo by 2025-04-15", "12-month warranty, spare parts for 5 years", true, []);

    /// <summary>Gets every department.</summary>
    public static Gen<Department> Departments { get; } = Gen.Elements(Enum.GetValues<Department>());

    /// <summary>Gets the departments that record verdicts on special requirements: production, technical, quality (CR-03).</summary>
    public static Gen<Department> Reviewers { get; } = Gen.Elements(Department.Production, Department.Technical, Department.Quality);

    /// <summary>
    /// Gets complete requirements (CR-02): a standard order or one with special requirements (CR-03), of 1 to 300 units.
    /// </summary>
    public static Gen<ContractRequirements> CompleteRequirements { get; } =
        from quantity in Gen.Choose(1, 300)
        from special in Gen.Elements(Array.Empty<string>(), ["Stainless steel housing"], ["Stainless steel housing", "Material certificate 3.1"])
        select StandardOrder with { Quantity = quantity, SpecialRequirements = special };

    /// <summary>
    /// Gets requirements as they are being determined: complete ones, and ones with the product, the quantity or the
    /// legal confirmation still missing (CR-02). Special requirements, when present, are never blank.
    /// </summary>
    public static Gen<ContractRequirements> Requirements { get; } = Gen.OneOf(
        Gen.Constant(StandardOrder),
        Gen.Constant(StandardOrder with { SpecialRequirements = ["Stainless steel housing"] }),
        Gen.Constant(StandardOrder with { Product = null }),
        Gen.Constant(StandardOrder with { SpecialRequirements = ["Stainless steel housing"], LegalAndRegulatoryConfirmed = false }),
        Gen.Choose(-1, 300).Select(q => StandardOrder with { Quantity = q }));

    /// <summary>Gets texts for remarks, descriptions and reasons, blank ones included.</summary>
    public static Gen<string> Texts { get; } = Gen.Elements(string.Empty, " ", "Agreed in writing", "Cannot meet tolerance");

    /// <summary>
    /// Gets candidate commands whatever the state, valid and invalid alike (every command but the opening): verdicts
    /// of any reviewer, issues, resolutions of any number, approvals and rejections by any department, amendments and
    /// fulfilment decisions on any stock.
    /// </summary>
    public static Gen<ContractReviewCommand> Candidates { get; } = Gen.Frequency(
        (2, Requirements.Select(r => (ContractReviewCommand)new DetermineRequirements(r))),
        (2, Gen.Constant((ContractReviewCommand)new StartReview())),
        (6, from d in Gen.Elements(Department.Production, Department.Technical, Department.Quality, Department.Sales)
            from f in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
            from t in Texts
            select (ContractReviewCommand)new RecordVerdict(d, f, t)),
        (2, from k in Gen.Elements(ReviewIssueKind.CustomerObjection, ReviewIssueKind.DifferenceFromStatedRequirements)
            from t in Texts
            select (ContractReviewCommand)new RaiseReviewIssue(k, t)),
        (2, from n in Gen.Choose(0, 3)
            from t in Texts
            select (ContractReviewCommand)new ResolveReviewIssue(n, t)),
        (4, Gen.Elements(Department.Sales, Department.GeneralManagement, Department.Quality).Select(d => (ContractReviewCommand)new ApproveContractReview(d))),
        (1, from d in Departments
            from t in Texts
            select (ContractReviewCommand)new RejectContractReview(d, t)),
        (2, from r in Requirements
            from t in Texts
            select (ContractReviewCommand)new AmendContract(r, t)),
        (2, Gen.Choose(-5, 250).Select(s => (ContractReviewCommand)new DecideFulfilment(s))));

    /// <summary>Gets openings of a review with a generated review, register and account; some with serial number 0 (refused, CR-01).
    /// <see cref="ContextFor"/> supplies a register that issued the number to the review.</summary>
    public static Gen<OpenContractReview> Openings { get; } =
        from review in KernelGenerators.Identifier<ContractReviewId>()
        from register in KernelGenerators.Identifier<ContractRegisterId>()
        from serial in Gen.Frequency((6, Gen.Choose(1, 20)), (1, Gen.Constant(0)))
        from account in KernelGenerators.Identifier<AccountId>()
        select new OpenContractReview(review, register, serial, account);

    /// <summary>
    /// Returns candidate commands for a state: mostly the moves the state allows, aimed at what exists (the required
    /// verdicts, the open issues, the route's approver), mixed with <see cref="Candidates"/> for the refusals.
    /// </summary>
    /// <param name="state">The review so far.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<ContractReviewCommand> Commands(ContractReviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsOpened)
        {
            return Gen.Frequency((6, Openings.Select(o => (ContractReviewCommand)o)), (1, Candidates));
        }

        var approver = ContractReviewAggregate.ApproverFor(state.Route);
        Gen<ContractReviewCommand> aimed = state.Status switch
        {
            ContractReviewStatus.Registered => Gen.Frequency(
                (3, CompleteRequirements.Select(r => (ContractReviewCommand)new DetermineRequirements(r))),
                (3, Gen.Constant((ContractReviewCommand)new StartReview()))),
            ContractReviewStatus.UnderReview => UnderReview(state, approver),
            ContractReviewStatus.Approved => Gen.Frequency(
                (3, Gen.Choose(0, 2 * Math.Max(1, state.Requirements.Quantity ?? 1)).Select(s => (ContractReviewCommand)new DecideFulfilment(s))),
                (2, CompleteRequirements.Select(r => (ContractReviewCommand)new AmendContract(r, "Quantity changed")))),
            _ => Candidates,
        };
        return Gen.Frequency((4, aimed), (1, Candidates), (1, Openings.Select(o => (ContractReviewCommand)o)));
    }

    /// <summary>Returns the context to decide a review's command in (GEN-11): for an opening with a serial number of at
    /// least 1, the context with the state of a register that issued that number to the review
    /// (<see cref="ContractReviewSources.SupplyRegister"/>).</summary>
    /// <param name="state">The review so far (unused: only the opening relies on another aggregate).</param>
    /// <param name="command">The command.</param>
    /// <param name="context">The context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The context.</returns>
    public static DecisionContext ContextFor(ContractReviewState state, ContractReviewCommand command, DecisionContext? context = null)
    {
        var plain = context ?? TestContexts.Default;
        return command is OpenContractReview { SerialNumber: >= 1 } open
            ? ContractReviewSources.SupplyRegister(plain, open.Register, open.Review, open.Account, open.SerialNumber)
            : plain;
    }

    /// <summary>Returns valid histories of a contract review (see <see cref="Generators.Histories"/>).</summary>
    /// <param name="context">The decision context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<ContractReviewCommand, ContractReviewEvent, ContractReviewState>> Histories(DecisionContext? context = null) =>
        global::KeyAccount.Domain.Testing.Generators.Histories.OverTime(
            ContractReviewAggregate.Definition.Decider,
            (state, _) => Commands(state),
            (today, state, command) => ContextFor(state, command, today),
            context ?? TestContexts.Default,
            maxAttempts: 80);

    private static Gen<ContractReviewCommand> UnderReview(ContractReviewState state, Department approver)
    {
        var moves = new System.Collections.Generic.List<(int, Gen<ContractReviewCommand>)>
        {
            (1, from k in Gen.Elements(ReviewIssueKind.CustomerObjection, ReviewIssueKind.DifferenceFromStatedRequirements)
                select (ContractReviewCommand)new RaiseReviewIssue(k, "Advance payment of 30%")),
            (4, Gen.Constant((ContractReviewCommand)new ApproveContractReview(approver))),
            (1, Gen.Elements("Credit limit exceeded", "Lead time cannot be met").Select(r => (ContractReviewCommand)new RejectContractReview(approver, r))),
        };
        if (!state.RequiredVerdicts.IsEmpty)
        {
            moves.Add((5, from d in Gen.Elements(state.RequiredVerdicts.ToArray())
                          from f in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
                          select (ContractReviewCommand)new RecordVerdict(d, f, f ? "Can be met" : "Tolerance cannot be met")));
        }

        if (!state.OpenIssues.IsEmpty)
        {
            moves.Add((4, Gen.Elements(state.OpenIssues.Select(i => i.Number).ToArray()).Select(n => (ContractReviewCommand)new ResolveReviewIssue(n, "Agreed in writing"))));
        }

        return Gen.Frequency(moves.ToArray());
    }
}
