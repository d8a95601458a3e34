using System;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Quality;
using NodaTime;

namespace KeyAccount.Domain.Testing.Generators;

/// <summary>FsCheck generators for the package's values: money, currencies, identifiers, dates.</summary>
public static class KernelGenerators
{
    /// <summary>Gets currencies of the sample processes and a few others.</summary>
    public static Gen<Currency> Currency { get; } = Gen.Elements(Primitives.Currency.CNY, Primitives.Currency.USD, Primitives.Currency.EUR, Primitives.Currency.HKD);

    /// <summary>Gets amounts in CNY from 0.01 to 10,000,000.00 with at most two decimals, as a sales site sees them.</summary>
    public static Gen<Money> PositiveCny { get; } =
        Gen.Choose(1, 1_000_000_000).Select(cents => Money.Cny(cents / 100m));

    /// <summary>Gets amounts of any sign in any of <see cref="Currency"/>, away from the limits of decimal, with at most
    /// the currency's minor-unit digits: every amount that can enter the domain (GEN-09).</summary>
    public static Gen<Money> AnyMoney { get; } =
        from currency in Currency
        from units in Gen.Choose(-1_000_000, 1_000_000)
        from scale in Gen.Choose(0, currency.MinorUnitDigits)
        select new Money(units / (decimal)Math.Pow(10, scale), currency);

    /// <summary>Gets identifiers of employees, e.g. <c>E0042</c>.</summary>
    public static Gen<ActorId> Actor { get; } = Gen.Choose(1, 9999).Select(n => new ActorId($"E{n:D4}"));

    /// <summary>Gets fresh command identifiers (deterministic per seed).</summary>
    public static Gen<CommandId> Command { get; } = Guids.Select(CommandId.From);

    /// <summary>Gets GUIDs drawn from the generator's randomness, so a failing seed replays.</summary>
    public static Gen<Guid> Guids => Gen.Choose(int.MinValue, int.MaxValue).Two().Two()
        .Select(t => unchecked(new Guid(t.Item1.Item1, (short)t.Item1.Item2, (short)(t.Item1.Item2 >> 16), BitConverter.GetBytes(((long)t.Item2.Item1 << 32) | (uint)t.Item2.Item2))));

    /// <summary>Returns identifiers of a kind.</summary>
    /// <typeparam name="TId">The identifier type, e.g. <see cref="AccountId"/>.</typeparam>
    /// <returns>The generator.</returns>
    public static Gen<TId> Identifier<TId>()
        where TId : struct, IGuidIdentifier<TId> => Guids.Select(TId.From);

    /// <summary>Returns dates of a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> DateIn(int year)
    {
        var first = new LocalDate(year, 1, 1);
        var days = Period.Between(first, new LocalDate(year, 12, 31), PeriodUnits.Days).Days;
        return Gen.Choose(0, days).Select(first.PlusDays);
    }
}
