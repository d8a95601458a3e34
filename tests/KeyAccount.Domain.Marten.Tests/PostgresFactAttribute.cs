using System;
using Xunit;

namespace KeyAccount.Domain.Marten.Tests;

/// <summary>
/// A test that needs the PostgreSQL server named by <c>KEYACCOUNT_POSTGRES</c>. Without one it is skipped on a
/// developer's machine and fails under CI (<c>CI=true</c>): the integration tests never skip silently there.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresDatabase.SkipReason;
    }
}

/// <summary>A theory that needs PostgreSQL; see <see cref="PostgresFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        Skip = PostgresDatabase.SkipReason;
    }
}
