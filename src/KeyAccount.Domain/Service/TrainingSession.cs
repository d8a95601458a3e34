using NodaTime;

namespace KeyAccount.Domain.Service;

/// <summary>A training session held for a won account (KAM-04).</summary>
/// <param name="Number">Its number within the account.</param>
/// <param name="Topic">The topic.</param>
/// <param name="HeldOn">The day it was held.</param>
/// <param name="Attendees">How many of the customer's people attended.</param>
public sealed record TrainingSession(int Number, string Topic, LocalDate HeldOn, int Attendees);
