using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Processes;

/// <summary>One command a process runner sent, and what became of it.</summary>
/// <param name="Command">The command.</param>
/// <param name="Status">What became of it.</param>
/// <param name="Refusal">The target's rejection when it was refused, naming the target's rule; otherwise <see langword="null"/>.</param>
/// <param name="IsCompensation">Whether it follows a refused command: a compensation sent back to the source, or the command redirected to another stream of its target.</param>
public sealed record ProcessDispatch(ProcessCommand Command, ProcessDispatchStatus Status, DomainError? Refusal, bool IsCompensation);
