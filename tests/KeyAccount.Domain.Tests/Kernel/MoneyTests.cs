using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Primitives;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

[Trait("Rule", "GEN-04")]
public sealed class MoneyTests
{
    [Fact]
    public void Amounts_of_one_currency_add_exactly()
    {
        Assert.Equal(Money.Cny(0.3m), Money.Cny(0.1m) + Money.Cny(0.2m));
    }

    [Fact]
    public void Adding_across_currencies_is_refused()
    {
        var e = Assert.Throws<CurrencyMismatchException>(() => Money.Cny(1m) + new Money(1m, Currency.USD));
        Assert.Equal(Currency.CNY, e.Left);
        Assert.Equal(Currency.USD, e.Right);
    }

    [Fact]
    public void Comparing_across_currencies_is_refused()
    {
        Assert.Throws<CurrencyMismatchException>(() => Money.Cny(1m) < new Money(2m, Currency.EUR));
    }

    [Fact]
    public void Overflow_is_an_error_not_a_wrap()
    {
        Assert.Throws<OverflowException>(() => Money.Cny(decimal.MaxValue) + Money.Cny(1m));
        Assert.Throws<OverflowException>(() => Money.Cny(decimal.MinValue) - Money.Cny(1m));
        Assert.Throws<OverflowException>(() => Money.Cny(decimal.MaxValue).Times(2m));
    }

    [Theory]
    [InlineData("2.345", "2.35")]
    [InlineData("-2.345", "-2.35")]
    [InlineData("2.344", "2.34")]
    [InlineData("0.005", "0.01")]
    public void Default_rounding_is_half_away_from_zero_to_the_cent(string amount, string expected)
    {
        Assert.Equal(Money.Cny(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)),
            Money.Cny(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)).Round());
    }

    [Fact]
    public void Rounding_policies_are_named_and_differ_on_ties()
    {
        Assert.Equal("half-away-from-zero/0.01", RoundingPolicy.HalfAwayFromZeroToCent.Name);
        Assert.Equal(Money.Cny(2.34m), Money.Cny(2.345m).Round(RoundingPolicy.HalfToEvenToCent));
        Assert.Equal(Money.Cny(3m), Money.Cny(2.5m).Round(RoundingPolicy.HalfAwayFromZeroToUnit));
    }

    [Fact]
    public void Currency_codes_are_three_letters_normalised_to_upper_case()
    {
        Assert.Equal(Currency.CNY, Currency.Of("cny"));
        Assert.False(Currency.TryParse("CN", out _));
        Assert.False(Currency.TryParse("C1Y", out _));
        Assert.Throws<ArgumentException>(() => Currency.Of("yuan"));
        Assert.Throws<ArgumentException>(() => new Money(1m, default));
    }

    [Property]
    public bool Addition_is_commutative_and_associative(decimal a, decimal b, decimal c)
    {
        // Keep within a range where no sum overflows; overflow has its own test.
        var (x, y, z) = (Money.Cny(a / 4), Money.Cny(b / 4), Money.Cny(c / 4));
        return x + y == y + x && (x + y) + z == x + (y + z);
    }

    [Property]
    public bool Subtraction_undoes_addition(decimal a, decimal b)
    {
        var (x, y) = (Money.Cny(a / 2), Money.Cny(b / 2));
        return (x + y) - y == x;
    }

    [Property]
    public bool Rounding_is_idempotent_and_moves_less_than_half_a_cent(decimal a)
    {
        var once = Money.Cny(a).Round();
        return once.Round() == once && Math.Abs(once.Amount - a) <= 0.005m;
    }

    [Property]
    public bool Sum_equals_repeated_addition(decimal[] amounts)
    {
        var values = Array.ConvertAll(amounts, a => Money.Cny(a / Math.Max(1, amounts.Length) / 2));
        var expected = Money.Zero(Currency.CNY);
        foreach (var v in values)
        {
            expected += v;
        }

        return Money.Sum(values, Currency.CNY) == expected;
    }
}
