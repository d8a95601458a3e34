namespace KeyAccount.Domain.Accounts;

/// <summary>The moves of the account pipeline, as named in its lifecycle table (<see cref="AccountAggregate.Definition"/>).</summary>
public enum AccountTrigger
{
    /// <summary>Not opened → targeting, when the account is opened (ACC-01).</summary>
    Open,

    /// <summary>Targeting → samples and intelligence, once an opportunity is confirmed (ACC-03).</summary>
    EnterSamplesAndIntelligence,

    /// <summary>Samples and intelligence → value assessment (ACC-04).</summary>
    EnterValueAssessment,

    /// <summary>Value assessment → relationship building (ACC-05).</summary>
    EnterRelationshipBuilding,

    /// <summary>Relationship building → closing (ACC-06).</summary>
    EnterClosing,

    /// <summary>Closing → won (ACC-07).</summary>
    Win,

    /// <summary>Any open stage → terminated.</summary>
    Terminate,

    /// <summary>Terminated → targeting (ACC-12).</summary>
    Reactivate,
}
