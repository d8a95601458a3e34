using System.Collections.Generic;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using NodaTime;

namespace KeyAccount.Domain.Quality;

/// <summary>A command to a satisfaction survey.</summary>
public abstract record SurveyCommand
{
    private protected SurveyCommand()
    {
    }
}

/// <summary>Records a completed survey; sales conducts surveys (5.1, SAT-01).</summary>
/// <param name="Survey">The survey.</param>
/// <param name="Account">The surveyed customer's account.</param>
/// <param name="ConductedOn">The day the customer answered; not in the future.</param>
/// <param name="Scores">One score per fixed dimension.</param>
/// <param name="By">The recording department: <see cref="Department.Sales"/>.</param>
public sealed record RecordSurvey(SurveyId Survey, AccountId Account, LocalDate ConductedOn, IReadOnlyList<DimensionScore> Scores, Department By) : SurveyCommand;
