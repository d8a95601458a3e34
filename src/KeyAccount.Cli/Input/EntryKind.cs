namespace KeyAccount.Cli.Input;

/// <summary>What a line of a sales day's input files records.</summary>
internal enum EntryKind
{
    /// <summary>A payment taken.</summary>
    Payment = 0,

    /// <summary>The project clerk's copy of a remittance notice.</summary>
    ClerkCopy = 1,

    /// <summary>The cashier's copy of a remittance notice.</summary>
    CashierCopy = 2,
}
