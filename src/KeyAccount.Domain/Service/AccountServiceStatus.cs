namespace KeyAccount.Domain.Service;

/// <summary>The states of the service of an account (<see cref="AccountServiceLifecycle"/>).</summary>
public enum AccountServiceStatus
{
    /// <summary>Not started.</summary>
    None,

    /// <summary>Started for a won account: requests, training sessions and feedback are recorded.</summary>
    Active,
}
