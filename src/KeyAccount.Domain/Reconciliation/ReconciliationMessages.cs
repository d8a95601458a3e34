using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>The message templates of the reconciliation family.</summary>
internal static class ReconciliationMessages
{
    internal static MessageSource Source { get; } = new("KeyAccount.Domain.Resources.Reconciliation");
}
