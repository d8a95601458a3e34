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

/// <summary>FsCheck generators for the contract register (<see cref="ContractRegisterAggregate"/>, CR-01).</summary>
public static class ContractRegisterGenerators
{
    /// <summary>Gets contract titles as written on orders, e.g. <c>PO-2025-0042</c>, some with surrounding blanks.</summary>
    public static Gen<string> Titles { get; } =
        from n in Gen.Choose(1, 9999)
        from padded in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select padded ? $"  PO-2025-{n:D4} " : $"PO-2025-{n:D4}";

    /// <summary>
    /// Returns candidate commands for a register: mostly registrations of a new review, some of a review already
    /// registered (refused, CR-01) and some with a blank title (refused, CR-01).
    /// </summary>
    /// <param name="state">The register so far.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<ContractRegisterCommand> Commands(ContractRegisterState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var fresh =
            from review in KernelGenerators.Identifier<ContractReviewId>()
            from account in KernelGenerators.Identifier<AccountId>()
            from title in Titles
            select (ContractRegisterCommand)new RegisterContract(review, account, title);
        var blank =
            from review in KernelGenerators.Identifier<ContractReviewId>()
            from account in KernelGenerators.Identifier<AccountId>()
            from title in Gen.Elements(string.Empty, " ", "\t")
            select (ContractRegisterCommand)new RegisterContract(review, account, title);
        if (state.SerialNumbers.IsEmpty)
        {
            return Gen.Frequency((8, fresh), (1, blank));
        }

        var again =
            from review in Gen.Elements(state.SerialNumbers.Keys.OrderBy(k => k.Value).ToArray())
            from account in KernelGenerators.Identifier<AccountId>()
            from title in Titles
            select (ContractRegisterCommand)new RegisterContract(review, account, title);
        return Gen.Frequency((8, fresh), (1, blank), (1, again));
    }

    /// <summary>Returns valid histories of a register (see <see cref="Generators.Histories"/>).</summary>
    /// <param name="context">The decision context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<ContractRegisterCommand, ContractRegisterEvent, ContractRegisterState>> Histories(DecisionContext? context = null) =>
        global::KeyAccount.Domain.Testing.Generators.Histories.OverTime(ContractRegisterAggregate.Definition.Decider, Commands, context ?? TestContexts.Default);
}
