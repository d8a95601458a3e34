namespace KeyAccount.Domain.Reconciliation;

/// <summary>The matched payments of one site, day, currency, channel and collector: the unit the report sums.</summary>
internal readonly record struct MatchedTotal(int Site, int Day, CurrencyCode Currency, PaymentChannel Channel, Collector Collector, int Count, long AmountMinor);
